"""The parties of a sentence for the event model: its resolved mentions, unnamed groups
("Iranian authorities"), the parties a description or a pronoun points back to ("the group",
"both sides"), the previous sentence's parties and the document's author."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.nlp.argument_reader import ArgumentReader, is_place, is_sponsor_word
from watchfloor.nlp.event_evidence import PARTY_NOUNS, Party
from watchfloor.nlp.event_parties import holds_no_office, known_organ_of_state
from watchfloor.nlp.non_entities import is_document_word
from watchfloor.nlp.operation_names import names_an_operation
from watchfloor.nlp.outlets import (
    inquires_as_press,
    is_credit,
    is_dateline_credit,
    is_told_to,
    reports_to_or_for,
)
from watchfloor.nlp.pair_references import COMPASS, antecedent_pair, compass_state
from watchfloor.nlp.party_features import (
    governor_features,
    link_coordinated,
    name_most_specific,
    name_the_person,
    names_origin,
)
from watchfloor.nlp.party_nouns import names_an_unnamed_party
from watchfloor.nlp.party_reference import antecedent, name_pronouns, remember, thing_subject
from watchfloor.nlp.party_senses import (
    STANCE_PREFIX,
    modifies_only,
)
from watchfloor.nlp.party_stand_ins import anaphoric_subject, both_sides, named_beside
from watchfloor.nlp.place_positions import names_a_places_state
from watchfloor.nlp.repressed_parties import place_the_repressed, the_arresters
from watchfloor.nlp.site_hosts import mark_site_hosts
from watchfloor.nlp.unnamed_parties import NamedAt, unnamed_party

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "VESSEL"})
PREVIOUS_LIMIT = 3
FIRST_PERSON = frozenset({"we", "us", "our"})


@dataclass
class PartyMemory:
    """What the document's sentences so far named, carried from paragraph to paragraph (news
    gives most sentences a paragraph of their own: "They have funded Hamas" points back past
    the break)."""

    previous: list[Party] = field(default_factory=list)  # the last sentence's named parties
    history: list[Party] = field(default_factory=list)  # the parties so far, most recent first
    new_paragraph: bool = True  # no sentence of this paragraph read yet
    thing_before: bool = False  # the last sentence was about a thing ("The resolution was adopted")
    named: Counter[str] = field(default_factory=Counter)  # how often each state's parties were named


def own_phrase(head: Token) -> set[int]:
    """The words of a named party's phrase, not those of what is listed with it: "Iran and its
    proxies", "Hamas and other militant groups" are two parties each."""
    listed = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return {t.i for t in head.subtree} - listed


class PartyGatherer:
    """Gathers the parties of one paragraph's sentences, in order, remembering what came before
    (in `memory`, shared by the document's paragraphs)."""

    def __init__(
        self,
        reader: ArgumentReader,
        author: Party | None,
        home_country: str | None,
        memory: PartyMemory | None = None,
    ) -> None:
        self.reader, self.author, self.home_country = reader, author, home_country
        self.memory = memory or PartyMemory()
        self.memory.new_paragraph = True
        self._thing_subject = False  # this sentence's subject is a thing, no party (for `remember`)

    @property
    def previous(self) -> list[Party]:
        return self.memory.previous

    @property
    def history(self) -> list[Party]:
        return self.memory.history

    def remember(self, parties: list[Party]) -> None:
        """What a sentence named, for the sentences after it."""
        self.memory.previous = [p for p in parties if p.label not in {"PREVIOUS", "AUTHOR"}][:PREVIOUS_LIMIT]
        self.memory.history = remember(self.memory.history, parties)
        self.memory.named.update(
            p.country for p in parties if p.country and p.label not in {"PREVIOUS", "AUTHOR"}
        )
        self.memory.new_paragraph = False
        self.memory.thing_before = self._thing_subject

    def parties(self, sent: Span) -> list[Party]:
        """The parties of one sentence: its resolved mentions (a place standing for its state),
        unnamed groups, those a description points back to, the previous sentence's and the
        document's author."""
        offset = self.reader.offset
        parties: dict[str, Party] = {}
        named_at = NamedAt({}, set())
        only_where: set[str] = set()  # parties whose head is so far a place named as such ("in Israel")
        climbed: set[int] = set()  # the words of organisations named as a modifier ("Hezbollah fighters")
        for mention in self.reader.mentions_in(offset + sent.start_char, offset + sent.end_char):
            if mention.label not in PARTY_LABELS or mention.entity is None:
                continue
            entity = self.reader.entities[mention.entity]
            if self.reader.no_party(mention) or mention.preposition == "dateline":
                continue  # seas and regions are where, never who; so is the city a report is filed from
            span = self.reader.span_of(mention)
            head = span.root if span is not None else None
            phrase = phrase_head(head) if head is not None and mention.label == "ORG" else None
            if head is not None and phrase is not None and phrase.i != head.i:
                climbed.update(t.i for t in head.subtree)
                climbed.add(phrase.i)  # (its conjuncts stay parties of their own)
                head = phrase
            if head is not None and head.dep_ == "compound" and is_document_word(head.head.text):
                continue  # "UN Security Council Resolution 2231": a document's name, no party
            unknown = entity.kb_key is None and mention.label not in {"GPE", "NORP"}  # (not "PLA drills")
            if head is not None and unknown and names_an_operation(head):
                continue  # "the Zapad-2025 exercise": what parties do, no party
            if span is not None and (
                (
                    load_kb().is_media(entity.kb_key)
                    and (reports_to_or_for(span.root) or inquires_as_press(span.root) or is_credit(span))
                )
                or (
                    entity.kb_key is None
                    and mention.label == "ORG"
                    and (is_told_to(span.root) or is_dateline_credit(span))
                )
            ):
                continue  # "..., an official told Reuters", "(AP)": the outlet carries the news; so
                # does a name no one knows that a report is told to ("two diplomats told Example Daily")
            if head is not None and mention.label in {"NORP", "GPE"} and names_origin(head):
                continue  # "Iranian-made drones", "Palau-flagged": where a thing comes from, not who acts
            name, key = entity.name, entity.key
            if is_place(mention.label, entity.kb_key) and entity.country:
                # a town, a province or a site stands for the state that holds it
                state = load_kb().state(entity.country)
                name, key = (state.name if state else entity.name), f"state:{entity.country}"
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
                if known_organ_of_state(entity.kb_key):
                    party.features.append("organ_of_state")
                title = load_kb().title(entity.title) if entity.title else None
                if title is not None and title.branch == "legislative":
                    party.features.append("legislator")
                if mention.label == "PERSON" and title is None and holds_no_office(entity.kb_key):
                    party.features.append("private_person")  # (may accuse its own state's rulers)
            else:
                party.features.append("repeated")
                if key in only_where and head is not None and not mention.locative:
                    if party.head is not None:
                        party.other_heads.append(party.head)
                    party.head = head  # "in Israel ... Israeli warplanes struck": where it acts from
                elif head is not None and head is not party.head:
                    party.other_heads.append(head)
            if mention.locative and party.head is head:
                only_where.add(key)
            elif party.head is head:
                only_where.discard(key)
            stance = STANCE_PREFIX.search(self.reader.text, 0, mention.start - self.reader.offset)
            if stance:
                party.features.append("a_cause")  # "pro-EU protesters": the cause, not who protests
                if stance.group().lower().startswith("anti"):
                    party.features.append("opposed")  # "anti-Israel protests": whom they are against
            if mention.locative:
                party.features += ["loc", f"prep:{mention.preposition}"]
                if head is not None:
                    named_at.where.add(head.i)
            elif head is not None and mention.label == "NORP" and names_a_places_state(head):
                named_at.where.add(head.i)  # "civilians in the Ukrainian town of Bucha": Ukraine's
            if head is not None and party.head is head:  # (where it is named again: its other_heads)
                party.features += governor_features(head)
            if head is not None and mention.label == "NORP" and head.head.i != head.i:
                noun = head.head
                party.features.append(f"norp_of:{noun.lemma_.lower()}")
                before = sent.doc[max(head.i - 1, 0) : head.i + 2]
                if any(is_sponsor_word(t) for t in before):
                    party.features.append("sponsored")
        for key in only_where:
            parties[key].features.append("only_where")  # (named only as where: "truce signed in Pretoria")
        for token in (t for t in sent if t.text in COMPASS):  # "the North" of a story on North Korea
            state = compass_state(token, self.memory.named, set(parties))
            if state is not None:
                features = ["coref", "coref:compass", "lab:GPE", *governor_features(token)]
                parties[f"state:{state.iso3}"] = Party(
                    state.name, state.iso3, f"state:{state.iso3}", "GPE", token, features
                )
        out = list(parties.values())
        taken = climbed | {
            i for p in out if p.head is not None and p.head.i not in climbed for i in own_phrase(p.head)
        }
        # "Houthi militants", "Hezbollah fighters": the organisation named, not a group of its own
        organisations = {p.head.i for p in out if p.head is not None and p.label == "ORG"}
        for token in sent:
            if (
                token.i not in taken
                and names_an_unnamed_party(token)
                and not named_beside(token, taken, organisations)
                and not modifies_only(token, organisations)
            ):
                # "... struck Hezbollah positions after the militant group fired": named before
                # in this sentence, or in the paragraph's earlier ones
                # (not a name inside its own phrase: "the al-Qaeda-linked group" is not al-Qaeda)
                this_sentence = [p for p in out if p.head is not None and p.head.i < token.left_edge.i]
                this_sentence = [p for p in this_sentence if p.label != "GROUP"]
                if antecedent_pair(token, [*this_sentence, *self.history], self.memory.named):
                    continue  # "the two countries": both, below
                earlier = antecedent(token, [*reversed(this_sentence), *self.history])
                if earlier is None:
                    author = self.author.country if self.author is not None else None
                    history = tuple(self.history)
                    out.append(unnamed_party(token, out, named_at, self.home_country, author, history))
                elif earlier in this_sentence or earlier.ref not in {p.ref for p in out}:
                    features = ["coref", f"coref:{token.lemma_.lower()}", f"lab:{earlier.label}"]
                    features += governor_features(token)
                    out.append(Party(earlier.name, earlier.country, earlier.key, "PREVIOUS", token, features))
        out.extend(both_sides(sent, out, self.history, self.memory.named))
        mark_site_hosts(sent, out, named_at)  # "stormed a camp outside El Fasher": Sudan's
        place_the_repressed(out)
        out.extend(the_arresters(sent, out, self.home_country))
        out.sort(key=lambda p: p.head.i if p.head is not None else -1)
        anaphor = anaphoric_subject(sent, out)
        keys = {p.key for p in out if p.key}
        # past a paragraph break only a subject that points back does ("They have funded Hamas");
        # "it" after a sentence about a thing is that thing ("The resolution was adopted, while
        # Russia abstained. It called on ...": not Russia)
        carried = self.previous if anaphor is not None or not self.memory.new_paragraph else []
        if anaphor is not None and anaphor.lower_ == "it" and self.memory.thing_before:
            carried = []
        self._thing_subject = thing_subject(sent, out)
        names = {p.name for p in out}  # (an unnamed body has no key: "Niger's military junta")
        for earlier in carried:
            if earlier.key in keys or earlier.country is None or earlier.name in names:
                continue
            features = ["prev", f"prev:{earlier.label}", "prev_anaphor" if anaphor else "prev_none"]
            if self.memory.new_paragraph:
                features.append("prev_paragraph")
            back = Party(earlier.name, earlier.country, earlier.key, "PREVIOUS", anaphor, features)
            out.append(back)
        if self.author is not None and self.author.key not in keys:
            # "We condemn ...": the author's own first person stands where the author acts
            we = next((t for t in sent if t.lower_ in FIRST_PERSON), None)
            features = ["author", "author_we"] if we is not None else ["author"]
            features += [f for f in self.author.features if f == "author_body"]  # (a body: NATO)
            out.append(Party(self.author.name, self.author.country, self.author.key, "AUTHOR", we, features))
        out = name_the_person(name_most_specific(out))
        name_pronouns(sent, out)
        link_coordinated(out)
        for i, party in enumerate(out):  # the two of "both sides" act (or are acted on) together
            if "coref:pair" in party.features:
                party.coordinated = [j for j, p in enumerate(out) if j != i and p.head is party.head]
        for party in out:
            if party.country is not None and party.country == self.home_country:
                party.features.append("home")
            if self.author is not None and party.country == self.author.country:
                party.features.append("author_side")
        return out


def phrase_head(head: Token) -> Token:
    """Where an organisation named as a modifier stands: "Kataib Hezbollah militants attacked
    ..." makes it the subject, coordinated with whatever the noun is coordinated with."""
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in PARTY_NOUNS:
        head = head.head
    return head


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
