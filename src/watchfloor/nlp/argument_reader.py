"""Who an argument phrase names: the entity, the unnamed group, or the coordinated names in it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from watchfloor.kb import load_kb
from watchfloor.nlp.arguments import clause_verb, conjuncts, reporting_subject
from watchfloor.nlp.event_rules import is_group, object_core
from watchfloor.nlp.outlets import inquires_as_press, reports_to_or_for
from watchfloor.nlp.party_senses import names_a_site
from watchfloor.nlp.types import Entity, Mention

# a document or a report of no one named is no source: "according to a statement", "reports said"
UNNAMED_SOURCES = frozenset(
    {"statement", "report", "readout", "release", "communique", "document", "video", "footage", "post",
     "image", "account", "reporting", "media", "source"}
)  # fmt: skip

NOT_NAMING_PREPS = frozenset({"in", "at", "near", "during", "on"})
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "within", "across", "around"})
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
SPONSORED = frozenset(
    {
        "backed",
        "sponsored",
        "aligned",
        "affiliated",
        "linked",
        "supported",
        "funded",
        "allied",
        "brokered",
        "mediated",
    }
)


def is_sponsor_word(token: Token) -> bool:
    """A word that says someone stands behind a party or a deal: "backed", "Iran-backed",
    "China-brokered"."""
    return token.lower_.split("-")[-1] in SPONSORED


# "Iranian-made", "Liberian-flagged": a demonym that says where a thing comes from, not who acts
ORIGIN = frozenset(
    {"made", "built", "designed", "produced", "manufactured", "supplied", "provided", "origin", "flagged",
     "registered"}
)  # fmt: skip
ORIGIN_AFTER = re.compile(r"-(?:" + "|".join(sorted(ORIGIN)) + r")\b")
# "Iran-backed groups", "the Iranian-backed militia": the sponsor, not who acts or speaks
SPONSOR_AFTER = re.compile(r"-(?:" + "|".join(sorted(SPONSORED)) + r")\b")
PRONOUNS = frozenset({"they", "he", "she", "it", "their", "its", "his", "her", "them", "both"})


def names_a_region(mention: Mention, entity: Entity | None) -> bool:
    """A sea or a region ("the Red Sea", "the Gulf"): where something happens, never who does it."""
    return mention.label == "LOC" or (entity is not None and entity.type == "LOC")


def is_place(label: str, kb_key: str | None) -> bool:
    """A town, a province or a site: it stands for the state that holds it, never for itself."""
    return label in {"GPE", "FAC"} and not (kb_key or "").startswith("state:")


@dataclass
class Argument:
    name: str
    country: str | None
    key: str | None


class ArgumentReader:
    """Resolves argument phrases of one paragraph Doc (text at `offset`) to the document's entities;
    remembers the last actors so that "they" can refer back."""

    def __init__(self, doc: Doc, offset: int, mentions: list[Mention], entities: dict[str, Entity]) -> None:
        self.doc, self.offset = doc, offset
        self.text = doc.text  # (spaCy joins the tokens anew at every `doc.text`)
        self.mentions = [m for m in mentions if m.entity]
        self.starts = [m.start for m in self.mentions]
        self.entities = entities
        self.last_actors: list[Argument] = []

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def argument(self, token: Token) -> Argument | None:
        found = self.argument_list(token)
        return found[0] if found else None

    def source_name(self, token: Token | None) -> str | None:
        """Who an event is attributed to: the name the phrase resolves to, else the phrase
        itself without its article ("the air force said" → "air force")."""
        if token is None:
            return None
        found = self.argument(token)
        if found is not None:
            return found.name
        if token.lemma_.lower() in UNNAMED_SOURCES:
            return None  # "according to a statement read on television": no one named
        words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det" or t.i == token.i]
        return "".join(t.text_with_ws for t in words).strip() if words else token.text

    def argument_list(self, token: Token) -> list[Argument]:
        """The actor(s) a phrase headed by `token` names: its own name, else the most specific
        name inside it, with the names coordinated with that one ("Cuba, Indonesia and Syria")."""
        if token.lower_ in PRONOUNS and self.last_actors:
            return self.last_actors[:1]
        start = self.offset + token.idx
        direct = self.mentions_in(start, start + len(token.text))
        candidates = direct or self.mentions_in(
            self.offset + token.left_edge.idx, self.offset + token.idx + len(token.text)
        )
        if not direct:
            for child in token.children:  # appositions and name-bearing modifiers after the head
                if child.dep_ in {"appos", "prep"} and child.lower_ not in NOT_NAMING_PREPS:
                    candidates = candidates or self.mentions_in(
                        self.offset + child.left_edge.idx,
                        self.offset + child.right_edge.idx + len(child.right_edge.text),
                    )
        candidates = [m for m in candidates if m.preposition not in WHERE_PREPS and not self.no_party(m)]
        candidates = [m for m in candidates if not (m.label == "NORP" and self._origin_after(m))]
        candidates = [m for m in candidates if not self._sponsor(m)]
        if reports_to_or_for(token) or inquires_as_press(token):  # "told Reuters", "VOA asked": the press
            candidates = [
                m for m in candidates if not load_kb().is_media(self.entities[m.entity or ""].kb_key)
            ]
        if not candidates:
            return self._speakers_own(token)
        best = min(candidates, key=lambda m: ACTOR_LABELS.index(m.label) if m.label in ACTOR_LABELS else 9)
        first = self._named(best, token, bool(direct))
        return [first, *self.coordinated(best, first)]

    def no_party(self, mention: Mention) -> bool:
        """A weapon, a sea or a region ("the Red Sea", "the Gulf") is what or where, never who;
        so is a site held by no one known, a facility's name ("the Line of Control") or a name
        modifying a site ("the Kalma camp")."""
        if mention.label == "WEAPON" or mention.entity is None:
            return True
        entity = self.entities.get(mention.entity)
        if entity is not None and entity.kb_key is None and entity.country is None:
            if mention.label == "FAC":
                return True  # ("the Line of Control")
            span = self.span_of(mention)
            if span is not None and names_a_site(span.root):
                return True  # ("the Kalma camp")
        return names_a_region(mention, entity)

    def _speakers_own(self, token: Token) -> list[Argument]:
        """ "Russia's Defence Ministry said its air defences had destroyed ...": what a reported
        clause's subject owns through "its" or "their" is the speaker's."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        speaker = reporting_subject(clause_verb(owner)) if owner is not None else None
        if speaker is None or speaker.i == token.i or token.i in {t.i for t in speaker.subtree}:
            return []
        return self.argument_list(speaker)

    def _sponsor(self, mention: Mention) -> bool:
        return mention.label in {"NORP", "GPE"} and SPONSOR_AFTER.match(self._text_after(mention)) is not None

    def _origin_after(self, mention: Mention) -> bool:
        """ "Iranian-made drones": the demonym says where the drones come from."""
        return ORIGIN_AFTER.match(self._text_after(mention)) is not None

    def _text_after(self, mention: Mention) -> str:
        """The few characters after a mention, where "-made" or "-backed" would stand."""
        return self.text[mention.end - self.offset : mention.end - self.offset + 14]

    def _named(self, mention: Mention, token: Token, direct: bool) -> Argument:
        entity = self.entities[mention.entity or ""]
        state = load_kb().state(entity.country or "") if is_place(mention.label, entity.kb_key) else None
        if state is not None:  # "M23 rebels entered Goma": Congo's, not Goma's
            return Argument(state.name, state.iso3, f"state:{state.iso3}")
        if direct or mention.label in {"PERSON", "ORG"}:
            return Argument(entity.name, entity.country, entity.key)
        phrase = own_name(self.doc[token.left_edge.i : token.i + 1], token)
        # (a people's word in the phrase's tail does not describe it: "described the raid as brutal
        # Israeli aggression" names no Israeli raid, but Israel)
        span = self.span_of(mention)
        before_head = span is not None and token.left_edge.i <= span.start and span.end <= token.i + 1
        if mention.label == "NORP" and phrase != mention.text and before_head:
            # "Iranian-backed proxies" are backed by Iran, not Iranian: no country of their own
            sponsored = any(t.lower_ in SPONSORED for t in self.doc[token.left_edge.i : token.i])
            return Argument(phrase, None if sponsored else entity.country, None)
        return Argument(entity.name, entity.country, entity.key)

    def span_of(self, mention: Mention) -> Span | None:
        """The words of the paragraph's Doc that a mention covers."""
        start, end = mention.start - self.offset, mention.end - self.offset
        return self.doc.char_span(start, end, alignment_mode="expand")

    def coordinated(self, mention: Mention, first: Argument) -> list[Argument]:
        span = self.span_of(mention)
        if span is None:
            return []
        out: list[Argument] = []
        for other in conjuncts(span.root)[1:]:
            start = self.offset + other.idx
            named = [m for m in self.mentions_in(start, start + len(other.text)) if not self.no_party(m)]
            if named:
                argument = self._named(named[0], other, True)
                if argument.name != first.name and all(a.name != argument.name for a in out):
                    out.append(argument)
        return out

    def arguments(self, tokens: list[Token], unnamed: bool = False) -> list[Argument]:
        """The arguments the phrases headed by `tokens` name; with `unnamed`, a group the text
        does not name ("the West", "European states") keeps its phrase and no country."""
        found: list[Argument] = []
        for token in tokens:
            if token.lower_ in {"they", "their", "them", "both"}:
                found.extend(a for a in self.last_actors if all(a.name != f.name for f in found))
                continue
            named = self.argument_list(token)
            if not named and unnamed and is_group(token):
                named = [Argument(self.doc[token.left_edge.i : token.i + 1].text.strip(), None, None)]
            for arg in named:
                if all(a.name != arg.name for a in found):
                    found.append(arg)
        return found

    def object_names(self, token: Token, actors: list[Argument]) -> list[Argument]:
        """Names inside what the trigger acts on ("discussed rebuilding Syrian railways"), not
        inside its prepositional phrases or subordinate clauses."""
        taken = {a.name for a in actors}
        for child in token.children:
            if child.dep_ not in {"dobj", "xcomp", "ccomp"}:
                continue
            for part in object_core(child):
                start = self.offset + part.idx
                for mention in self.mentions_in(start, start + len(part.text)):
                    if self.no_party(mention):
                        continue
                    argument = self._named(mention, child, True)
                    if argument.name not in taken:
                        return [argument, *self.coordinated(mention, argument)]
        return []


def own_name(phrase: Span, head: Token) -> str:
    """The group's phrase without the modifiers listed beside its own, which name other parties:
    "Chinese and Indian troops" are the Chinese troops (India is a party of its own)."""
    listed = {t.i for m in head.children if m.dep_ in {"amod", "compound"} for c in m.children
              if c.dep_ in {"cc", "conj"} for t in c.subtree}  # fmt: skip
    # (not a live blog's time stamp the parser hung on it: "11:00 IST - Indian officials")
    breaks = [t.i for t in phrase if t.i < head.i and stamp_break(t)]
    start = max(breaks, default=phrase.start - 1) + 1
    if not listed:
        return phrase.doc[start : phrase.end].text.strip()
    kept = (t for t in phrase if t.i >= start and t.i not in listed)
    return "".join(t.text_with_ws for t in kept).strip().replace("  ", " ")


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def stamp_break(token: Token) -> bool:
    """A colon, a closing bracket or a dash standing free ("11:00 IST - ", "[09:30 GMT] "), not
    one that joins words ("pro-EU")."""
    free = bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in {":", "]"} or (token.text in DASHES and free)
