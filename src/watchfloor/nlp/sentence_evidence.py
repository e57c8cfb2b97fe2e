"""Gathers a sentence's evidence for the event model (`event_evidence`): its parties from the
resolved mentions, unnamed groups, the previous sentence and the document's author, and a
template per PLOVER type from the type's trigger in the sentence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.models import Passage
from watchfloor.nlp.argument_reader import SPONSORED, ArgumentReader
from watchfloor.nlp.certainty import stance_of
from watchfloor.nlp.event_dates import EventDater
from watchfloor.nlp.event_evidence import (
    ANAPHORS,
    DEFINITE_BACK,
    PARTY_NOUNS,
    PLOVER_TYPES,
    EventTemplate,
    Party,
    SentenceEvidence,
    role_features,
    sentence_features,
    template_features,
    trigger_features,
)
from watchfloor.nlp.event_rules import (
    is_group,
    is_habitual,
    is_purpose_or_topic,
    is_standing_condition,
    phrasal,
    quantity_of,
)
from watchfloor.nlp.non_entities import is_document_word
from watchfloor.nlp.outlets import addresses_the_press, is_credit, is_press_audience, reports_to_or_for
from watchfloor.nlp.party_features import (
    NamedAt,
    governor_features,
    is_place,
    link_coordinated,
    name_most_specific,
    names_origin,
    unnamed_party,
)
from watchfloor.nlp.party_reference import antecedent, headline_source, remember
from watchfloor.nlp.triggers import Lexicon
from watchfloor.nlp.types import Event

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "VESSEL"})
PREVIOUS_LIMIT = 3
FIRST_PERSON = frozenset({"we", "us", "our"})


class EvidenceReader:
    """Builds `SentenceEvidence` for the sentences of one paragraph, in order."""

    def __init__(
        self,
        reader: ArgumentReader,
        dater: EventDater,
        lexicon: Lexicon,
        place_of: Callable[[Token], str | None],
        author: Party | None,
        home_country: str | None,
    ) -> None:
        self.reader, self.dater, self.lexicon, self.place_of = reader, dater, lexicon, place_of
        self.author, self.home_country = author, home_country
        self.previous: list[Party] = []
        self.history: list[Party] = []  # the paragraph's parties so far, most recent first

    def lexicon_hits(self, sent: Span) -> dict[int, list[str]]:
        hits: dict[int, list[str]] = {}
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"}:
                options = self.lexicon.verbs.get(phrasal(token)) or self.lexicon.verbs.get(lemma) or []
            elif token.pos_ in {"NOUN", "PROPN", "ADJ"}:
                options = self.lexicon.nouns.get(lemma) or []
            else:
                options = []
            if options:
                hits[token.i] = list(dict.fromkeys(t.type for t in options))
        return hits

    def evidence(
        self, sent: Span, sentence: Passage, rule_events: list[Event], headline: bool
    ) -> SentenceEvidence:
        hits = self.lexicon_hits(sent)
        rule_types = {e.type for e in rule_events}
        features = sentence_features(sent, hits, rule_types, headline)
        templates, triggers = self._templates(sent, sentence, hits, rule_events)
        for kind, template in templates.items():
            features.extend(template_features(kind, template))
        parties = self._parties(sent)
        reported_by = headline_source(sent.text, headline)
        if reported_by is not None:  # "US: Drone attack targets ...": who reports, not who acts
            parties = [p for p in parties if p.head is None or p.head.idx - sent.start_char >= reported_by[1]]
            link_coordinated(parties)  # the indices of who acts together, in the list as it is now
            for template in templates.values():
                template.certainty, template.source = "attributed", reported_by[0]
        heads = [p.head for p in parties if p.head is not None]
        for kind, token in triggers.items():
            if kind:
                features.extend(trigger_features(kind, token, heads))
                features.extend(self._reading_features(kind, token))
        evidence = SentenceEvidence(
            start=sentence.start, end=sentence.end, text=self.reader_text(sentence),
            markers=sentence.markers, features=features, parties=parties,
            rule_events=rule_events, templates=templates, reference_date=self.dater.published,
        )  # fmt: skip
        by_trigger: dict[int, list[list[str]]] = {}
        for kind in PLOVER_TYPES:
            token = triggers.get(kind) or triggers[""]
            if token.i not in by_trigger:
                by_trigger[token.i] = [
                    role_features(party, token, i == 0, i == len(parties) - 1)
                    for i, party in enumerate(parties)
                ]
                for index, feature in nearest_parties(parties, token):
                    by_trigger[token.i][index].append(feature)
            for index, party in enumerate(parties):
                out = list(by_trigger[token.i][index])
                for event in rule_events:
                    if event.type != kind:
                        continue
                    for role, name, country in (
                        ("actor", event.actor, event.actor_country),
                        ("recipient", event.recipient, event.recipient_country),
                    ):
                        if name == party.name:
                            out.append(f"rule_{role}")
                        elif (
                            country is not None
                            and country == party.country
                            and (event.actor_country != event.recipient_country)
                        ):
                            out.append(f"rule_{role}_country")  # (says nothing when both are one state's)
                evidence.role_features[(kind, index)] = out
        self.previous = [p for p in parties if p.label not in {"PREVIOUS", "AUTHOR"}][:PREVIOUS_LIMIT]
        self.history = remember(self.history, parties)
        for party in parties:
            party.head = None  # the parse stays behind: evidence is plain data from here on
        return evidence

    def reader_text(self, sentence: Passage) -> str:
        return self.dater.text[sentence.start : sentence.end]

    # --- parties --------------------------------------------------------------------------------
    def _parties(self, sent: Span) -> list[Party]:
        offset = self.reader.offset
        parties: dict[str, Party] = {}
        named_at = NamedAt({}, set())
        for mention in self.reader.mentions_in(offset + sent.start_char, offset + sent.end_char):
            if mention.label not in PARTY_LABELS or mention.entity is None:
                continue
            entity = self.reader.entities[mention.entity]
            if mention.label == "LOC" or entity.type == "LOC":
                continue  # seas and regions are where, never who
            span = sent.doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
            head = span.root if span is not None else None
            if head is not None and head.dep_ == "compound" and is_document_word(head.head.text):
                continue  # "UN Security Council Resolution 2231": a document's name, no party
            if (
                span is not None
                and load_kb().is_media(entity.kb_key)
                and (reports_to_or_for(span.root) or is_credit(span))
            ):
                continue  # "..., an official told Reuters", "(AP)": the outlet carries the news
            if head is not None and mention.label in {"NORP", "GPE"} and names_origin(head):
                continue  # "Iranian-made drones", "Palau-flagged": where a thing comes from, not who acts
            name, key = entity.name, entity.key
            if is_place(mention.label, entity.kb_key) and entity.country:
                # a town, a province or a site stands for the state that holds it
                state = load_kb().state(entity.country)
                name, key = (state.name if state else entity.country), f"state:{entity.country}"
            if head is not None and entity.country:
                named_at.country[head.i] = entity.country
                if key.startswith("state:"):
                    named_at.states.add(head.i)
            party = parties.get(key)
            if party is None:
                party = Party(name, entity.country, key, mention.label, head)
                parties[key] = party
                party.features += [f"lab:{mention.label}", f"via:{mention.via or 'ner'}"]
                if entity.country is None:
                    party.features.append("nocountry")
            else:
                party.features.append("repeated")
            if mention.locative:
                party.features += ["loc", f"prep:{mention.preposition}"]
            if head is not None:
                party.features += governor_features(head)
            if head is not None and mention.label == "NORP" and head.head.i != head.i:
                noun = head.head
                party.features.append(f"norp_of:{noun.lemma_.lower()}")
                before = sent.doc[max(head.i - 1, 0) : head.i + 2]
                if any(t.lower_.split("-")[-1] in SPONSORED for t in before):
                    party.features.append("sponsored")
        out = list(parties.values())
        taken = {t.i for p in out if p.head is not None for t in p.head.subtree}
        # "Houthi militants", "Hezbollah fighters": the organisation named, not a group of its own
        organisations = {p.head.i for p in out if p.head is not None and p.label == "ORG"}
        for token in sent:
            # the noun stands for a party named beside it: in apposition, or the organisation
            # that modifies it
            named_beside = any(
                (c.dep_ == "appos" and c.i in taken)
                or (c.dep_ in {"compound", "amod", "nmod"} and c.i in organisations)
                for c in token.children
            )
            if (
                token.pos_ == "NOUN"
                and token.i not in taken
                and is_group(token, PARTY_NOUNS)
                and not named_beside
                and not is_press_audience(token)
            ):
                # "... struck Hezbollah positions after the militant group fired": named before
                # in this sentence, or in the paragraph's earlier ones
                this_sentence = [p for p in out if p.head is not None and p.head.i < token.i]
                this_sentence = [p for p in this_sentence if p.label != "GROUP"]
                earlier = antecedent(token, [*reversed(this_sentence), *self.history])
                if earlier is None:
                    author = self.author.country if self.author is not None else None
                    out.append(unnamed_party(token, out, self.home_country, author, named_at))
                elif earlier in this_sentence or earlier.key not in {p.key for p in out}:
                    features = ["coref", f"coref:{token.lemma_.lower()}", f"lab:{earlier.label}"]
                    features += governor_features(token)
                    out.append(Party(earlier.name, earlier.country, earlier.key, "PREVIOUS", token, features))
        out.sort(key=lambda p: p.head.i if p.head is not None else -1)
        anaphor = self._anaphoric_subject(sent)
        keys = {p.key for p in out if p.key}
        for earlier in self.previous:
            if earlier.key in keys or earlier.country is None:
                continue
            features = ["prev", f"prev:{earlier.label}", "prev_anaphor" if anaphor else "prev_none"]
            back = Party(earlier.name, earlier.country, earlier.key, "PREVIOUS", anaphor, features)
            out.append(back)
        if self.author is not None and self.author.key not in keys:
            # "We condemn ...": the author's own first person stands where the author acts
            we = next((t for t in sent if t.lower_ in FIRST_PERSON), None)
            features = ["author", "author_we"] if we is not None else ["author"]
            out.append(Party(self.author.name, self.author.country, self.author.key, "AUTHOR", we, features))
        out = name_most_specific(out)
        link_coordinated(out)
        for party in out:
            if party.country is not None and party.country == self.home_country:
                party.features.append("home")
            if self.author is not None and party.country == self.author.country:
                party.features.append("author_side")
        return out

    @staticmethod
    def _anaphoric_subject(sent: Span) -> Token | None:
        """A subject that points back ("he", "the country", "the group") stands where the
        previous sentence's parties would."""
        for token in sent:
            if token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
                continue
            if token.lower_ in ANAPHORS:
                return token
            definite = any(c.lower_ in {"the", "this", "that"} for c in token.children)
            if definite and token.lemma_.lower() in DEFINITE_BACK:
                return token
        return None

    # --- templates ------------------------------------------------------------------------------
    def _templates(
        self, sent: Span, sentence: Passage, hits: dict[int, list[str]], rule_events: list[Event]
    ) -> tuple[dict[str, EventTemplate], dict[str, Token]]:
        """A template per type the sentence has a trigger for, and "" for its root; and the
        trigger token of each."""
        out: dict[str, EventTemplate] = {}
        triggers: dict[str, Token] = {}
        for event in rule_events:
            token = next((t for t in sent if t.text == event.trigger), None)
            if event.type not in out and token is not None:
                triggers[event.type] = token
                out[event.type] = EventTemplate(
                    event.trigger, event.mode, event.date, event.place, event.certainty, event.source,
                    event.quantity, True, self._inverse(token, event.type),
                )  # fmt: skip
        by_type: dict[str, list[Token]] = {}
        depth = token_depths(sent)
        for index, kinds in hits.items():
            for kind in kinds:
                by_type.setdefault(kind, []).append(sent.doc[index])
        self.dater.triggers |= set(hits)
        for kind, tokens in by_type.items():
            if kind not in out:
                triggers[kind] = min(tokens, key=lambda t: depth[t.i])
                out[kind] = self._template(triggers[kind], sentence, kind)
        if "CONSULT" in out and addresses_the_press(triggers["CONSULT"]):
            out["CONSULT"].is_event = False  # "told reporters", "spoke to VOA": no meeting
        root = min(sent, key=lambda t: depth[t.i])
        triggers[""] = root
        out[""] = self._template(root, sentence, "")
        out[""].trigger = ""
        return out, triggers

    def _reading_features(self, kind: str, token: Token) -> list[str]:
        """What the rules' tests say of the type's trigger: an aim ("to expand ties"), a habit,
        or a condition named in passing ("support for the invasion") is no event of its own."""
        out = []
        if token.pos_ == "VERB" and is_purpose_or_topic(token, self.lexicon):
            out.append(f"purpose:{kind}")
        if token.pos_ == "VERB" and is_habitual(token):
            out.append(f"habitual:{kind}")
        if token.pos_ in {"NOUN", "PROPN"} and is_standing_condition(token):
            out.append(f"standing:{kind}")
        return out

    def _template(self, token: Token, sentence: Passage, kind: str) -> EventTemplate:
        date = self.dater.date(sentence, self.reader.offset + token.idx, token)
        stance = stance_of(token)
        source_name = self.reader.source_name(stance.source)
        mode = next(
            (t.mode for t in self.lexicon.verbs.get(token.lemma_.lower(), []) + self.lexicon.nouns.get(
                token.lemma_.lower(), []) if t.type == kind), None,
        )  # fmt: skip
        return EventTemplate(
            trigger=token.text,
            mode=mode,
            date=date,
            place=self.place_of(token),
            certainty=stance.certainty,
            source=source_name,
            quantity=quantity_of(token),
            is_event=stance.is_event,
            inverse=self._inverse(token, kind),
        )

    def _inverse(self, token: Token, kind: str) -> bool:
        words = self.lexicon.inverse.get(kind, frozenset())
        return phrasal(token) in words or token.lemma_.lower() in words


def token_depths(sent: Span) -> dict[int, int]:
    """Each token's distance from the root of its parse tree (at most 20), in one pass."""
    depth: dict[int, int] = {}
    for token in sent:
        path: list[Token] = []
        node = token
        while node.i not in depth and node.head.i != node.i and len(path) < 20:
            path.append(node)
            node = node.head
        base = depth.get(node.i, 0)  # the root, or a token measured before
        for steps, visited in enumerate(reversed(path), start=1):
            depth[visited.i] = min(base + steps, 20)
        depth.setdefault(node.i, base)
    return depth


def nearest_parties(parties: list[Party], trigger: Token) -> list[tuple[int, str]]:
    """The party nearest the trigger before it and the one nearest after it, in the sentence."""
    before = [
        (trigger.i - p.head.i, i)
        for i, p in enumerate(parties)
        if p.head is not None and p.head.i < trigger.i
    ]
    after = [
        (p.head.i - trigger.i, i)
        for i, p in enumerate(parties)
        if p.head is not None and p.head.i > trigger.i
    ]
    out = []
    if before:
        out.append((min(before)[1], "nearest_before"))
    if after:
        out.append((min(after)[1], "nearest_after"))
    return out
