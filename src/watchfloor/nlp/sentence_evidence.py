"""Gathers a sentence's evidence for the event model (`event_evidence`): its features, its
parties (`sentence_parties`) with where each stands relative to each type's trigger, and a
template per PLOVER type from the type's trigger in the sentence."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from watchfloor.models import Passage
from watchfloor.nlp.argument_reader import ArgumentReader
from watchfloor.nlp.arguments import clause_verb, counted_nouns, first_conjunct, is_light_verb
from watchfloor.nlp.certainty import stance_of, threat_or_event
from watchfloor.nlp.described_things import tells_no_deed
from watchfloor.nlp.event_dates import EventDater
from watchfloor.nlp.event_evidence import (
    PLOVER_TYPES,
    EventTemplate,
    Party,
    SentenceEvidence,
    sentence_features,
    template_features,
    trigger_features,
)
from watchfloor.nlp.event_rules import (
    is_habitual,
    is_purpose_or_topic,
    is_standing_condition,
    quantity_of,
)
from watchfloor.nlp.halted_deeds import by_mishap, is_halted
from watchfloor.nlp.lexicon_nouns import noun_readings
from watchfloor.nlp.name_triggers import names_an_organisation, reports_no_deed
from watchfloor.nlp.outlets import addresses_the_press
from watchfloor.nlp.party_features import link_coordinated
from watchfloor.nlp.party_reference import headline_source
from watchfloor.nlp.reaction_targets import answered_deed
from watchfloor.nlp.refusals import mark_refused_deeds
from watchfloor.nlp.role_directions import reads_inverse, reads_mutual
from watchfloor.nlp.role_features import role_features
from watchfloor.nlp.second_triggers import answers_it, complement_of, second_triggers
from watchfloor.nlp.sentence_parties import PartyGatherer, PartyMemory, nearest_parties
from watchfloor.nlp.sure_readings import settled_features
from watchfloor.nlp.target_holders import credit_claimed, credit_not_claimed
from watchfloor.nlp.trigger_readings import (
    governing_types,
    readings_of,
    rule_role_features,
    verb_readings,
)
from watchfloor.nlp.triggers import Lexicon
from watchfloor.nlp.types import Event

# Which types' role features to work out, from a sentence's features and its rules' types: the
# types the trained model will weigh parties for (`EventModel.types_to_weigh`); all when training.
RoleKinds = Callable[[list[str], set[str]], Collection[str]]


class EvidenceReader:
    """Builds `SentenceEvidence` for the sentences of one paragraph, in order."""

    def __init__(
        self,
        reader: ArgumentReader,
        dater: EventDater,
        lexicon: Lexicon,
        place_of: Callable[[Token, str], str | None],
        author: Party | None,
        home_country: str | None,
        memory: PartyMemory | None = None,
        role_kinds: RoleKinds | None = None,
    ) -> None:
        self.reader, self.dater, self.lexicon, self.place_of = reader, dater, lexicon, place_of
        self.role_kinds = role_kinds
        self.gatherer = PartyGatherer(reader, author, home_country, memory)

    def lexicon_hits(self, sent: Span) -> dict[int, list[str]]:
        hits: dict[int, list[str]] = {}
        for token in sent:
            if token.pos_ in {"VERB", "AUX"}:
                options = verb_readings(token, self.lexicon)
                if (
                    options
                    and is_light_verb(token)
                    and any(noun_readings(n, self.lexicon) for n in counted_nouns(token))
                ):
                    continue  # "launched a series of strikes": the noun says what happened
            elif token.pos_ in {"NOUN", "PROPN", "ADJ"}:
                options = noun_readings(token, self.lexicon)
            else:
                options = []
            # "called the strikes an act of war": no war; "WASHINGTON, March 6": no march
            if options and not reports_no_deed(token):
                hits[token.i] = list(dict.fromkeys(t.type for t in options))
        return hits

    def evidence(
        self, sent: Span, sentence: Passage, rule_events: list[Event], headline: bool
    ) -> SentenceEvidence:
        hits = self.lexicon_hits(sent)
        rule_types = {e.type for e in rule_events}
        features = sentence_features(sent, hits, rule_types, headline)
        templates, triggers = self._templates(sent, sentence, hits, rule_events)
        mark_refused_deeds(templates, triggers)  # ("would not sign any agreement": no agreement)
        seconds = {
            kind: token
            for kind, token in second_triggers(triggers, hits, sent).items()
            if (answers_it(token) or not self._reading_features(kind, token, headline))
            and not complement_of(token, triggers[kind])
        }  # ("in response to the attacks": answered, so they happened)
        features.extend(f"answered:{kind}" for kind, token in seconds.items() if answers_it(token))
        for kind, template in templates.items():
            features.extend(template_features(kind, template))
        parties = self.gatherer.parties(sent)
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
                features.extend(self._reading_features(kind, token, headline))
                features.extend(governing_types(kind, token, hits))
                features.extend(answered_deed(kind, token, self.lexicon))
        places = frozenset(p.head.i for p in parties if p.head is not None and p.label == "GPE")
        party_heads = {h.i for h in heads}
        settled = settled_features(triggers, hits, sent, party_heads, self.lexicon, places)
        aims = {f.split(":", 1)[1] for f in features if f.startswith("purpose:")}
        features.extend(
            f for f in settled if f.split(":", 1)[1] not in aims
        )  # ("to help police fight gangs")
        evidence = SentenceEvidence(
            start=sentence.start, end=sentence.end, text=self.reader_text(sentence),
            markers=sentence.markers, features=features, parties=parties,
            rule_events=rule_events, templates=templates,
        )  # fmt: skip
        wanted = PLOVER_TYPES if self.role_kinds is None else self.role_kinds(features, rule_types)
        kinds = [kind for kind in PLOVER_TYPES if kind in wanted]
        for kind, token in seconds.items():
            evidence.seconds[kind] = self._template(token, sentence, kind)  # (dating it moves the dater on)
            if aimed_at_no_party(token, party_heads):
                evidence.aimed_elsewhere.add(kind)  # ("attacks on shipping")
            if kind not in kinds:
                continue
            # the rules' reading of this very word only: the type's other readings are the first's
            readings = [e for e in rule_events if e.type == kind and e.trigger == token.text]
            for index, (party, where) in enumerate(zip(parties, positions(parties, token), strict=True)):
                evidence.second_role_features[(kind, index)] = [*where, *rule_role_features(party, readings)]
        by_trigger: dict[int, list[list[str]]] = {}
        for kind in kinds:
            token = triggers.get(kind) or triggers[""]
            if token.i not in by_trigger:
                by_trigger[token.i] = positions(parties, token)
            readings = readings_of(rule_events, kind, token)
            for index, party in enumerate(parties):
                evidence.role_features[(kind, index)] = [
                    *by_trigger[token.i][index],
                    *rule_role_features(party, readings),
                ]
        self.gatherer.remember(parties)
        for party in parties:
            party.head, party.other_heads = None, []  # the parse stays behind: evidence is plain data
        return evidence

    def reader_text(self, sentence: Passage) -> str:
        return self.dater.text[sentence.start : sentence.end]

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
                    event.quantity, True, reads_inverse(token, event.type, self.lexicon),
                    names_an_organisation(token), reads_mutual(token, event.type, self.lexicon),
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
            # what two sides trade is the deed, not what came of it ("exchanged fire, killing 12")
            traded = [t for t in tokens if reads_mutual(t, kind, self.lexicon)]
            if traded and not out[kind].mutual and depth[traded[0].i] <= depth[triggers[kind].i]:
                triggers[kind] = traded[0]
                out[kind] = self._template(traded[0], sentence, kind)
        if "CONSULT" in out and addresses_the_press(triggers["CONSULT"]):
            out["CONSULT"].is_event = False  # "told reporters", "spoke to VOA": no meeting
        root = main_root(sent, depth)
        triggers[""] = root
        out[""] = self._template(root, sentence, "")
        out[""].trigger = ""
        return out, triggers

    def _reading_features(self, kind: str, token: Token, headline: bool) -> list[str]:
        """What the rules' tests say of the type's trigger: an aim ("to expand ties"), a habit
        (but a headline's present is its past: "Israel strikes Lebanon"), or a condition named in
        passing ("support for the invasion") is no event of its own."""
        out = []
        if token.pos_ == "VERB" and is_purpose_or_topic(token, self.lexicon):
            out.append(f"purpose:{kind}")
        elif token.pos_ in {"NOUN", "PROPN"}:
            verb = clause_verb(token)  # "efforts to secure revenue from such projects": an aim
            if verb.pos_ == "VERB" and verb.i != token.i and is_purpose_or_topic(verb, self.lexicon):
                out.append(f"purpose:{kind}")
        if token.pos_ == "VERB" and is_habitual(token) and not headline:
            out.append(f"habitual:{kind}")
        if token.pos_ in {"NOUN", "PROPN"} and is_standing_condition(token, self.lexicon.lasting):
            out.append(f"standing:{kind}")
        if token.pos_ == "ADJ" and _qualifies_a_standing_noun(token, self.lexicon.lasting):
            out.append(f"standing:{kind}")  # "in its brutal invasion of Ukraine": said in passing
        return out

    def _template(self, token: Token, sentence: Passage, kind: str) -> EventTemplate:
        date = self.dater.date(sentence, self.reader.offset + token.idx, token)
        stance = stance_of(token)
        source_name = self.reader.source_name(stance.source)
        readings = self.lexicon.verbs.get(token.lemma_.lower(), []) + noun_readings(token, self.lexicon)
        mode = next((t.mode for t in readings if t.type == kind), None)
        return EventTemplate(
            trigger=token.text,
            mode=mode,
            date=date,
            place=self.place_of(token, kind),
            certainty=stance.certainty,
            source=source_name,
            quantity=quantity_of(token),
            is_event=threat_or_event(stance, kind)
            and not (kind == "ASSAULT" and by_mishap(token))
            and not is_halted(token, kind)
            and not credit_claimed(token)
            and not credit_not_claimed(token)
            and not tells_no_deed(token, kind),
            inverse=reads_inverse(token, kind, self.lexicon),
            named=names_an_organisation(token),
            mutual=reads_mutual(token, kind, self.lexicon),
        )


def aimed_at_no_party(token: Token, party_heads: set[int]) -> bool:
    """Whether a deed's word names what it was aimed at, and no party is in that ("continuing
    attacks on shipping"; not "attacks on U.S. forces")."""
    aims = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in {"on", "against", "at"}
        for o in p.children
    ]
    return bool(aims) and not any(t.i in party_heads for o in aims for t in o.subtree)


def positions(parties: list[Party], trigger: Token) -> list[list[str]]:
    """Each party's role features relative to one trigger, with the nearest on either side marked."""
    out = [role_features(party, trigger, i == 0, i == len(parties) - 1) for i, party in enumerate(parties)]
    for index, feature in nearest_parties(parties, trigger):
        out[index].append(feature)
    return out


def main_root(sent: Span, depth: dict[int, int]) -> Token:
    """The root of the sentence's largest parse tree: not its dateline's ("KYIV, March 12 -")."""
    roots = [t for t in sent if depth[t.i] == 0] or [min(sent, key=lambda t: depth[t.i])]
    return max(roots, key=lambda t: t.right_edge.i - t.left_edge.i)


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


def _qualifies_a_standing_noun(adjective: Token, lasting: frozenset[str]) -> bool:
    """Whether an adjective trigger ("brutal", "illegal") only qualifies a noun named in passing
    ("to help Russia in its brutal and illegal invasion of Ukraine")."""
    node = first_conjunct(adjective)
    noun = node.head
    return node.dep_ == "amod" and noun.pos_ == "NOUN" and is_standing_condition(noun, lasting)
