"""Events of one parsed paragraph: triggers from the lexicon, arguments from the parse, stance,
date and place from the trigger's sentence."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from watchfloor.models import Passage
from watchfloor.nlp.argument_reader import PRONOUNS, Argument, ArgumentReader
from watchfloor.nlp.arguments import (
    conjuncts,
    in_another_deeds_clause,
    noun_arguments,
    subject_of,
    verb_arguments,
)
from watchfloor.nlp.certainty import Stance, stance_of, threat_or_event
from watchfloor.nlp.described_things import tells_no_deed
from watchfloor.nlp.event_dates import EventDater, ToldDays
from watchfloor.nlp.event_evidence import STATEMENTS, Party, SentenceEvidence
from watchfloor.nlp.event_places import names_another_deeds_place, routed_away
from watchfloor.nlp.event_rules import (
    FALSE_CLAIM,
    PROMISABLE,
    SYMMETRIC,
    THREATENABLE,
    claim_contents,
    quantity_of,
)
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.headline_dates import closes_a_sentence
from watchfloor.nlp.nearby_recipients import deep_recipients, nearby_recipients
from watchfloor.nlp.quotations import open_quotation, quoted_runs, run_speaker, speaker_of
from watchfloor.nlp.record_lines import reports_nothing
from watchfloor.nlp.sentence_evidence import EvidenceReader, RoleKinds
from watchfloor.nlp.sentence_parties import PartyMemory
from watchfloor.nlp.trigger_choice import trigger_of
from watchfloor.nlp.triggers import Lexicon, Trigger
from watchfloor.nlp.types import Entity, Event, Mention

VISIT_VERBS = frozenset({"visit", "tour"})


class ParagraphEvents:
    """Reads the events of one paragraph Doc whose text starts at `offset` in the stored text."""

    def __init__(
        self,
        doc: Doc,
        offset: int,
        text: str,
        mentions: list[Mention],
        entities: dict[str, Entity],
        places: dict[int, str],
        sentences: list[Passage],
        lexicon: Lexicon,
        published: str | None,
        anchor: str | None = None,
        told: ToldDays | None = None,
    ) -> None:
        self.doc, self.offset, self.text = doc, offset, text
        self.places = places
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.lexicon = lexicon
        self.reader = ArgumentReader(doc, offset, mentions, entities)
        self.dater = EventDater(doc, offset, text, published, anchor, told)
        self.evidence: list[SentenceEvidence] = []
        self._spans: list[Span] = []  # each evidence's sentence in the parse
        self.evidence_reader: EvidenceReader | None = None

    def read_evidence(
        self,
        author: Party | None,
        home_country: str | None,
        memory: PartyMemory | None = None,
        role_kinds: RoleKinds | None = None,
    ) -> None:
        """Also gather each sentence's evidence for the event model (into `self.evidence`); the
        parties the paragraphs before named are in `memory`; `role_kinds` picks the types whose
        role features are worked out (all, by default)."""
        self.evidence_reader = EvidenceReader(
            self.reader, self.dater, self.lexicon, self._place, author, home_country, memory, role_kinds
        )

    def events(self) -> list[Event]:
        found: list[Event] = []
        pending = list(self.sentences)
        for sent in self.doc.sents:
            blank = reports_nothing(sent.text)  # a file's name, a record of fields
            headline = self._is_headline(sent.text)
            triggers = [
                (token, None if blank else trigger_of(token, self.lexicon, headline)) for token in sent
            ]
            self.dater.triggers = {token.i for token, trigger in triggers if trigger is not None}
            for token, trigger in triggers:
                if trigger is not None:
                    found.extend(self._events_for(token, trigger))
            while pending and pending[0].end <= self.offset + sent.end_char + 1:
                self._gather(pending.pop(0), found)
            subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].lower_ not in PRONOUNS:
                named = self.reader.arguments(conjuncts(subjects[0]))
                self.reader.last_actors = named or self.reader.last_actors
        for sentence in pending:
            self._gather(sentence, found)
        return found

    def _gather(self, sentence: Passage, found: list[Event]) -> None:
        if self.evidence_reader is None:
            return
        span = self.doc.char_span(
            max(sentence.start - self.offset, 0), sentence.end - self.offset, alignment_mode="expand"
        )
        if span is None or len(span) == 0:
            return
        text = self.text[sentence.start : sentence.end].rstrip()
        if reports_nothing(text):
            return
        mine = [e for e in found if e.start == sentence.start]
        evidence = self.evidence_reader.evidence(span, sentence, mine, self._is_headline(text))
        evidence.quoted = open_quotation(self.text[self.sentences[0].start : sentence.start])
        self.evidence.append(evidence)
        self._spans.append(span)

    def name_quoted_speakers(self, lead: str | None) -> str | None:
        """Give each run of quoting sentences its speaker (`lead`: the one a paragraph before
        introduced with a colon); return the speaker this paragraph's last sentence introduces."""
        for run in quoted_runs(self.evidence):
            speaker = run_speaker(self._spans[run[0]], self._spans[run[-1]])
            name = self.reader.source_name(speaker) if speaker is not None else None
            for index in run:
                self.evidence[index].quoted_by = name or (lead if run[0] == 0 else None)
        if self.evidence and self.evidence[-1].text.rstrip().endswith(":"):
            speaker = speaker_of(self._spans[-1])
            return self.reader.source_name(speaker) if speaker is not None else None
        return None

    def _is_headline(self, text: str) -> bool:
        """A paragraph of one sentence with no closing stop: a headline or a caption's title."""
        return len(self.sentences) == 1 and not closes_a_sentence(text)

    def _events_for(self, token: Token, trigger: Trigger) -> list[Event]:
        if tells_no_deed(token, trigger.type):
            return []  # "the bridge linking Russia to Crimea", "ordered French troops to leave"
        stance = stance_of(token)
        if stance.promise and stance.source is not None and trigger.type in PROMISABLE | THREATENABLE:
            return self._promise(token, trigger, stance.source)
        if not threat_or_event(stance, trigger.type):
            return []
        return self._build(token, trigger, stance)

    def _build(self, token: Token, trigger: Trigger, stance: Stance) -> list[Event]:
        if trigger is FALSE_CLAIM:  # the claim's own subject is the one accused
            actor_tokens = subject_of(token) if token.pos_ == "VERB" else subject_of(token.head)
            recipients = self.reader.arguments([t for c in claim_contents(token) for t in subject_of(c)])
        elif token.pos_ == "VERB":
            actor_tokens, objects, prepositional = verb_arguments(token, trigger.recipient_preps)
            recipients = self.reader.arguments(objects) or self.reader.arguments(prepositional)
        else:
            actor_tokens, recipient_tokens = noun_arguments(token, trigger.recipient_preps)
            recipients = self.reader.arguments(recipient_tokens)
        if not recipients:
            recipients = self.reader.arguments(deep_recipients(token, trigger.recipient_preps))
        actors = self.reader.arguments(actor_tokens, unnamed=True)
        if not actors:
            return []
        reciprocal = (
            len(actors) > 1
            and trigger.type in SYMMETRIC
            and token.lemma_.lower() not in self.lexicon.joint.get(trigger.type, ())
        )  # ("Iran and Belarus signed": to each other; "the US and Jordan helped": together)
        if not recipients and (not reciprocal or len(actors) > 2):
            recipients = self.reader.object_names(
                token, actors
            )  # "eight states discussed rebuilding Syria's …"
        if not recipients and not reciprocal:
            hosted = TYPE_GROUPS.get(trigger.type) == "force"
            recipients = nearby_recipients(self.reader, token, actors, stance.source, hosted)
        self.reader.last_actors = actors
        pairs: list[tuple[Argument, Argument | None]]
        if not recipients and reciprocal:  # "Iran and Belarus signed": each pair, in text order
            pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
        else:
            targets: list[Argument | None] = list(recipients) or [None]
            pairs = [(a, r) for a in actors for r in targets if r is None or r.name != a.name]
        start = self.offset + token.idx
        sentence = self._sentence(start)
        text = self.text[sentence.start : sentence.end] if sentence else token.sent.text
        date = self.dater.date(sentence, start, token)
        place = self._place(token, trigger.type)
        source = self.reader.source_name(stance.source)
        return [
            Event(
                type=trigger.type,
                mode=trigger.mode,
                actor=actor.name,
                actor_country=actor.country,
                recipient=recipient.name if recipient else None,
                recipient_country=recipient.country if recipient else None,
                date=date,
                place=place,
                certainty=stance.certainty,
                source=source,
                text=text,
                start=sentence.start if sentence else start,
                end=sentence.end if sentence else start,
                markers=sentence.markers if sentence else (),
                trigger=token.text,
                quantity=quantity_of(token),
            )
            for actor, recipient in pairs
        ]

    def _promise(self, token: Token, trigger: Trigger, speaker: Token) -> list[Event]:
        """A reported future act is the speaker's word: "Raisi announced that Iran will export drones
        to Venezuela" is Raisi's promise (AGREE) to Venezuela; "we will hit the IRGC," an official
        said, is the official's threat (THREATEN) to the IRGC."""
        inner = self._build(token, trigger, Stance("asserted"))
        speakers = self.reader.arguments([speaker])
        if not speakers:
            return []
        kind = "THREATEN" if trigger.type in THREATENABLE else "AGREE"
        speaker_arg = speakers[0]
        out: list[Event] = []
        party: str | None
        for event in inner:
            # the other party: the inner recipient, or the inner actor when it is not the speaker's side
            if event.recipient is not None and event.recipient_country != speaker_arg.country:
                party, country = event.recipient, event.recipient_country
            elif event.actor_country != speaker_arg.country:
                party, country = event.actor, event.actor_country
            elif event.recipient is not None:
                party, country = event.recipient, event.recipient_country
            else:
                continue
            out.append(
                replace(
                    event, type=kind, mode=None, actor=speaker_arg.name, actor_country=speaker_arg.country,
                    recipient=party, recipient_country=country, certainty="asserted", source=None,
                )
            )  # fmt: skip
        return out

    def _sentence(self, position: int) -> Passage | None:
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and self.sentences[i].start <= position < self.sentences[i].end:
            return self.sentences[i]
        return None

    def _place(self, token: Token, kind: str = "") -> str | None:
        """Where: the place a visit goes to ("visited Riyadh"), else a place in the trigger's own
        phrase ("hosted Raisi in Beijing"), else, for a deed, the nearest place the sentence names
        as a location ("in Doha"); a statement's is only the one its own preposition names ("said
        in Doha"; "condemned the strike on a school in Kharkiv" was not said in Kharkiv)."""
        for child in token.children:
            if child.dep_ == "dobj" and token.lemma_.lower() in VISIT_VERBS:
                start = self.offset + child.idx
                for mention in self.reader.mentions_in(start, start + len(child.text)):
                    if mention.start in self.places:
                        return self.places[mention.start]
        own = [c for c in token.children if c.dep_ == "prep"]
        for prep in own:  # "hosted Raisi in Beijing": a place in the trigger's own phrase first
            last = prep.right_edge
            if kind in STATEMENTS:  # "said in Doha", not "condemned the strike on a school in Kharkiv"
                last = next((c for c in prep.children if c.dep_ == "pobj"), prep)
            start, end = self.offset + prep.idx, self.offset + last.idx + len(last.text)
            for mention in self.reader.mentions_in(start, end):
                if (
                    mention.locative
                    and mention.start in self.places
                    and not routed_away(mention.preposition, kind)
                    and not names_another_deeds_place(self.reader.span_of(mention), token, self.lexicon)
                ):
                    return self.places[mention.start]
        if kind in STATEMENTS:
            return None
        sent = token.sent
        best: tuple[int, str] | None = None
        for mention in self.reader.mentions_in(self.offset + sent.start_char, self.offset + sent.end_char):
            name = self.places.get(mention.start)
            if not name or not mention.locative:
                continue
            if routed_away(mention.preposition, kind):
                continue  # "recalled its ambassadors to France", "a ship linked to Israel": not where
            where = self.reader.span_of(mention)
            if where is not None and in_another_deeds_clause(where.root, token):
                continue  # "strikes ..., two weeks after gunmen killed 26 people near Pahalgam"
            if names_another_deeds_place(where, token, self.lexicon):
                continue  # "expels 40 diplomats over Bucha killings": not in Bucha
            distance = abs(mention.start - (self.offset + token.idx))
            if best is None or distance < best[0]:
                best = (distance, name)
        return best[1] if best else None
