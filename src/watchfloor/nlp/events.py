"""Events of one parsed paragraph: triggers from the lexicon, arguments from the parse, stance,
date and place from the trigger's sentence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from watchfloor.models import Passage
from watchfloor.nlp.arguments import LIGHT_VERBS, conjuncts, noun_arguments, subject_of, verb_arguments
from watchfloor.nlp.certainty import REPORTING, Stance, stance_of
from watchfloor.nlp.dates import find_dates
from watchfloor.nlp.triggers import Lexicon, Trigger
from watchfloor.nlp.types import Entity, Event, Mention

# "X falsely claimed that Y …", "X repeated false claims that Y …": X accuses Y (GUIDE: the
# claiming is an asserted ACCUSE, what was claimed is not an event).
FALSE_CLAIM = Trigger("ACCUSE", "allege", ("against",))
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "assertion", "report"})
# A reported future act of these types is the speaker's promise: an AGREE event (PLOVER).
PROMISABLE = frozenset({"COOPERATE", "AID", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
NOT_NAMING_PREPS = frozenset({"in", "at", "near", "during", "on"})
TOPIC_PREPS = frozenset({"on", "about", "for", "of", "over", "regarding", "concerning"})
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "within", "across", "around"})
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
PRONOUNS = frozenset({"they", "he", "she", "it", "their", "its", "his", "her", "them", "both"})


@dataclass
class Argument:
    name: str
    country: str | None
    key: str | None


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
    ) -> None:
        self.doc, self.offset, self.text = doc, offset, text
        self.mentions = [m for m in mentions if m.entity]
        self.starts = [m.start for m in self.mentions]
        self.entities, self.places = entities, places
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.lexicon, self.published = lexicon, published
        self.last_actors: list[Argument] = []
        self.last_date: str | None = None
        self.triggers: set[int] = set()

    # --- arguments --------------------------------------------------------------------------------
    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def argument(self, token: Token) -> Argument | None:
        found = self.argument_list(token)
        return found[0] if found else None

    def argument_list(self, token: Token) -> list[Argument]:
        """The actor(s) a phrase headed by `token` names: its own name, else the most specific
        name inside it, with the names coordinated with that one ("Cuba, Indonesia and Syria")."""
        if token.lower_ in PRONOUNS and self.last_actors:
            return self.last_actors[:1]
        start = self.offset + token.idx
        direct = self._mentions_in(start, start + len(token.text))
        candidates = direct or self._mentions_in(
            self.offset + token.left_edge.idx, self.offset + token.idx + len(token.text)
        )
        if not direct:
            for child in token.children:  # appositions and name-bearing modifiers after the head
                if child.dep_ in {"appos", "prep"} and child.lower_ not in NOT_NAMING_PREPS:
                    candidates = candidates or self._mentions_in(
                        self.offset + child.left_edge.idx,
                        self.offset + child.right_edge.idx + len(child.right_edge.text),
                    )
        candidates = [m for m in candidates if m.preposition not in WHERE_PREPS and m.label != "WEAPON"]
        if not candidates:
            return []
        best = min(candidates, key=lambda m: ACTOR_LABELS.index(m.label) if m.label in ACTOR_LABELS else 9)
        first = self._named(best, token, bool(direct))
        return [first, *self._coordinated(best, first)]

    def _named(self, mention: Mention, token: Token, direct: bool) -> Argument:
        entity = self.entities[mention.entity or ""]
        if direct or mention.label in {"PERSON", "ORG"}:
            return Argument(entity.name, entity.country, entity.key)
        phrase = self.doc[token.left_edge.i : token.i + 1].text.strip()
        if mention.label == "NORP" and phrase != mention.text:
            return Argument(phrase, entity.country, None)
        return Argument(entity.name, entity.country, entity.key)

    def _coordinated(self, mention: Mention, first: Argument) -> list[Argument]:
        span = self.doc.char_span(
            mention.start - self.offset, mention.end - self.offset, alignment_mode="expand"
        )
        if span is None:
            return []
        out: list[Argument] = []
        for other in conjuncts(span.root)[1:]:
            start = self.offset + other.idx
            named = [m for m in self._mentions_in(start, start + len(other.text)) if m.label != "WEAPON"]
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
            if not named and unnamed and _is_group(token):
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
            for part in _object_core(child):
                start = self.offset + part.idx
                for mention in self._mentions_in(start, start + len(part.text)):
                    if mention.label == "WEAPON" or mention.entity is None:
                        continue
                    argument = self._named(mention, child, True)
                    if argument.name not in taken:
                        return [argument, *self._coordinated(mention, argument)]
        return []

    def nearby_recipients(self, token: Token, actors: list[Argument]) -> list[Argument]:
        """When the parse gives no recipient: the first name after the trigger in its sentence
        (with the names coordinated with it) that is not one of the actors."""
        sent = token.sent
        taken = {a.key for a in actors if a.key} | {a.name for a in actors}
        after = self.offset + token.idx + len(token.text)
        for mention in self._mentions_in(after, self.offset + sent.end_char):
            if mention.label == "WEAPON" or mention.entity is None:
                continue
            entity = self.entities[mention.entity]
            if entity.key in taken or entity.name in taken:
                continue
            if mention.label == "NORP" and entity.country in {a.country for a in actors}:
                continue  # "an Iranian president": the actor's own nationality, not a party
            first = Argument(entity.name, entity.country, entity.key)
            rest = [a for a in self._coordinated(mention, first) if a.key not in taken]
            return [first, *rest]
        return []

    # --- events -------------------------------------------------------------------------------------
    def events(self) -> list[Event]:
        found: list[Event] = []
        for sent in self.doc.sents:
            triggers = [(token, self._trigger(token)) for token in sent]
            self.triggers = {token.i for token, trigger in triggers if trigger is not None}
            for token, trigger in triggers:
                if trigger is not None:
                    found.extend(self._events_for(token, trigger))
            subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].lower_ not in PRONOUNS:
                named = self.arguments(conjuncts(subjects[0]))
                self.last_actors = named or self.last_actors
        return found

    def _trigger(self, token: Token) -> Trigger | None:
        lemma = token.lemma_.lower()
        if _is_false_claim(token):
            return FALSE_CLAIM
        if token.pos_ == "VERB":
            options = self.lexicon.verbs.get(_phrasal(token)) or self.lexicon.verbs.get(lemma)
            if options and (_is_purpose_or_topic(token, self.lexicon) or _is_habitual(token)):
                return None
        elif token.pos_ in {"NOUN", "PROPN"}:
            options = self.lexicon.nouns.get(lemma)
            topic = token.dep_ in {"dobj", "compound"} or (
                token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS
            )
            if options and topic:
                head = token.head if token.dep_ != "pobj" else token.head.head
                head_options = self.lexicon.verbs.get(head.lemma_.lower()) or []
                if head.pos_ == "VERB" and head_options:
                    return None  # "signed an agreement", "discussed cooperation": the verb's event
            if options and (_is_standing_condition(token) or self._is_topic_of_trigger(token)):
                return None
        else:
            return None
        return options[0] if options else None

    def _is_topic_of_trigger(self, noun: Token) -> bool:
        """ "discussed deepening cooperation": the object of a light verb that is itself what
        another trigger is about."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
            return False
        head = verb.head
        return (
            verb.dep_ in {"xcomp", "ccomp", "pcomp"}
            and head.pos_ == "VERB"
            and head.lemma_.lower() in self.lexicon.verbs
        )

    def _events_for(self, token: Token, trigger: Trigger) -> list[Event]:
        stance = stance_of(token)
        if stance.promise and trigger.type in PROMISABLE and stance.source is not None:
            return self._promise(token, trigger, stance.source)
        if not stance.is_event:
            return []
        return self._build(token, trigger, stance)

    def _build(self, token: Token, trigger: Trigger, stance: Stance) -> list[Event]:
        if trigger is FALSE_CLAIM:  # the claim's own subject is the one accused
            actor_tokens = subject_of(token) if token.pos_ == "VERB" else subject_of(token.head)
            recipients = self.arguments([t for c in _claim_contents(token) for t in subject_of(c)])
        elif token.pos_ == "VERB":
            actor_tokens, objects, prepositional = verb_arguments(token, trigger.recipient_preps)
            recipients = self.arguments(objects) or self.arguments(prepositional)
        else:
            actor_tokens, recipient_tokens = noun_arguments(token, trigger.recipient_preps)
            recipients = self.arguments(recipient_tokens)
        if not recipients:
            recipients = self.arguments(self._deep_recipients(token, trigger.recipient_preps))
        actors = self.arguments(actor_tokens, unnamed=True)
        if not actors:
            return []
        reciprocal = len(actors) > 1 and trigger.type in SYMMETRIC
        if not recipients and (not reciprocal or len(actors) > 2):
            recipients = self.object_names(token, actors)  # "eight states discussed rebuilding Syria's …"
        if not recipients and not reciprocal:
            recipients = self.nearby_recipients(token, actors)
        self.last_actors = actors
        pairs: list[tuple[Argument, Argument | None]]
        if not recipients and reciprocal:  # "Iran and Belarus signed": each pair, in text order
            pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
        else:
            targets: list[Argument | None] = list(recipients) or [None]
            pairs = [(a, r) for a in actors for r in targets if r is None or r.name != a.name]
        start = self.offset + token.idx
        sentence = self._sentence(start)
        text = self.text[sentence.start : sentence.end] if sentence else token.sent.text
        date = self._date(sentence, start, token)
        place = self._place(token)
        source = self.argument(stance.source) if stance.source is not None else None
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
                source=(source.name if source else stance.source.text) if stance.source is not None else None,
                text=text,
                start=sentence.start if sentence else start,
                end=sentence.end if sentence else start,
                markers=sentence.markers if sentence else (),
                trigger=token.text,
            )
            for actor, recipient in pairs
        ]

    @staticmethod
    def _deep_recipients(token: Token, preps: tuple[str, ...]) -> list[Token]:
        """Objects of recipient prepositions hanging from the trigger's own object ("exported a
        record high of oil to China"), not from deeper phrases ("support for the invasion")."""
        for holder in [c for c in token.children if c.dep_ in {"dobj", "attr", "npadvmod"}]:
            inner = [g for p in holder.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            for part in (holder, *inner):
                for child in part.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        found = [g for g in child.children if g.dep_ == "pobj"]
                        if found:
                            return found
        return []

    def _promise(self, token: Token, trigger: Trigger, speaker: Token) -> list[Event]:
        """ "Raisi announced that Iran will export drones to Venezuela": Raisi → Venezuela, AGREE."""
        inner = self._build(token, trigger, Stance("asserted"))
        speakers = self.arguments([speaker])
        if not speakers:
            return []
        promised = Trigger("AGREE", None, trigger.recipient_preps)
        out: list[Event] = []
        for event in inner:
            other = event.recipient if event.recipient_country != speakers[0].country else None
            if other is None and event.actor_country != speakers[0].country:
                other = event.actor
            if other is None and event.recipient is None:
                continue
            party = event.recipient if other == event.recipient else event.actor
            country = event.recipient_country if other == event.recipient else event.actor_country
            out.append(
                Event(
                    **{
                        **event.__dict__,
                        "type": promised.type,
                        "mode": None,
                        "actor": speakers[0].name,
                        "actor_country": speakers[0].country,
                        "recipient": party,
                        "recipient_country": country,
                        "certainty": "asserted",
                        "source": None,
                    }
                )
            )
        return out

    def _sentence(self, position: int) -> Passage | None:
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and self.sentences[i].start <= position < self.sentences[i].end:
            return self.sentences[i]
        return None

    def _date(self, sentence: Passage | None, position: int, token: Token) -> str | None:
        """A date in the trigger's own phrase; else one no other trigger of the sentence owns
        (a reporting clause's "revealed in June"); else, for what is going on now, the document's
        month; else the last date this paragraph gave an event."""
        if sentence is not None:
            found = find_dates(self.text[sentence.start : sentence.end], self.published)
            owners = [self._date_owner(sentence.start + f[0]) for f in found]
            own = [
                f for f, o in zip(found, owners, strict=True) if o is not None and _dates_trigger(o, token)
            ]
            free = [f for f, o in zip(found, owners, strict=True) if o is None]
            if own or free:
                nearest = min(own or free, key=lambda f: abs(sentence.start + f[0] - position))
                self.last_date = nearest[2].iso
                return self.last_date
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        since = self._since_date(verb)
        if since is not None:
            return since
        present = verb.tag_ in {"VBZ", "VBP", "VBG"} or any(
            c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
        if present and self.published:
            return self.published[:7]
        return self.last_date

    def _since_date(self, verb: Token) -> str | None:
        """ "have expanded ties since Russia invaded Ukraine in February 2022": ongoing activity
        is dated to the start its "since" phrase gives."""
        for child in verb.children:
            opens_since = child.lower_ == "since" and child.dep_ in {"prep", "advmod"}
            if opens_since or (child.dep_ == "advcl" and any(g.lower_ == "since" for g in child.children)):
                start = self.offset + child.left_edge.idx
                end = self.offset + child.right_edge.idx + len(child.right_edge.text)
                found = find_dates(self.text[start:end], self.published)
                if found:
                    return found[0][2].iso
        return None

    def _date_owner(self, position: int) -> Token | None:
        """The trigger of this sentence whose phrase holds the date at `position`, if any."""
        span = self.doc.char_span(position - self.offset, position - self.offset + 1, alignment_mode="expand")
        if span is None:
            return None
        node = span.root
        for _ in range(12):
            if node.i in self.triggers:
                return node
            if node.head is node:
                break
            node = node.head
        # attached higher up by the parser: the trigger right before it in the sentence owns it
        before = [i for i in self.triggers if span.sent.start <= i < span.start]
        return self.doc[max(before)] if before else None

    def _place(self, token: Token) -> str | None:
        sent = token.sent
        best: tuple[int, str] | None = None
        for mention in self._mentions_in(self.offset + sent.start_char, self.offset + sent.end_char):
            name = self.places.get(mention.start)
            if name and mention.locative:
                distance = abs(mention.start - (self.offset + token.idx))
                if best is None or distance < best[0]:
                    best = (distance, name)
        return best[1] if best else None


def _is_purpose_or_topic(verb: Token, lexicon: Lexicon) -> bool:
    """An infinitive of purpose ("to support the invasion") states an aim, and a verb that is the
    topic of another trigger ("discussed establishing factories") is what was talked about:
    neither is an event of its own."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in {"xcomp", "ccomp"} and head.pos_ == "VERB" and head.lemma_.lower() in lexicon.verbs


def _is_standing_condition(noun: Token) -> bool:
    if (
        noun.dep_ == "pobj"
        and any(c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ == "poss" for c in noun.children)
    ):
        return True  # "support for the invasion", "since the war": a condition named in passing
    return _is_passing_mention(noun)


def _is_passing_mention(noun: Token) -> bool:
    """A nominal trigger named in passing, not reported as happening: a modifier of another noun
    ("sanctions relief"), or the object of a verb that is neither a trigger nor a light verb
    ("to mitigate US sanctions", "circumvent sanctions")."""
    if noun.dep_ == "compound":
        return True
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() not in LIGHT_VERBS


def _phrasal(verb: Token) -> str:
    """A verb with its particle or governed preposition, for multi-word triggers ("draw down",
    "call for", "work together")."""
    for child in verb.children:
        if child.dep_ in {"prt", "advmod", "prep"} and child.i == verb.i + 1:
            return f"{verb.lemma_.lower()} {child.lower_}"
    return verb.lemma_.lower()


_CORE_DEPS = frozenset({"dobj", "amod", "compound", "nmod", "poss", "appos", "conj", "xcomp", "npadvmod"})


def _object_core(head: Token) -> list[Token]:
    """The tokens of an object phrase reached without entering a prepositional phrase or a
    subordinate clause, in text order."""
    found, stack = [head], [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _CORE_DEPS:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _dates_trigger(owner: Token, trigger: Token) -> bool:
    """Whether a date owned by `owner` dates `trigger`: the same trigger, verbs coordinated with
    it ("hosted and signed ... on July 31"), or an occasion it happened during ("signed ...
    during his trip")."""
    if owner.i == trigger.i:
        return True
    if (owner.dep_ == "conj" and owner.head.i == trigger.i) or (
        trigger.dep_ == "conj" and trigger.head.i == owner.i
    ):
        return True
    return (
        owner.dep_ == "pobj"
        and owner.head.lower_ in {"during", "amid", "at"}
        and owner.head.head.i == trigger.i
    )


def _is_false_claim(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in REPORTING:
        return any(c.lower_ == "falsely" for c in token.children)
    if token.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
        return any(c.lower_ in {"false", "baseless", "fabricated", "unfounded"} for c in token.children)
    return False


def _claim_contents(token: Token) -> list[Token]:
    """The clause(s) stating what was claimed."""
    return [c for c in token.children if c.dep_ in {"ccomp", "acl", "xcomp"} and c.pos_ in {"VERB", "AUX"}]


GROUP_NOUNS = frozenset(
    {"state", "country", "government", "official", "force", "militia", "group", "proxy", "ally", "power",
     "media", "protester", "demonstrator", "leader", "west", "nation", "member", "partner", "regime"}
)  # fmt: skip


def _is_group(token: Token) -> bool:
    """A phrase that stands for an unnamed group of actors: "the West", "European states"; not
    one that points back to a group named before ("the two countries", "these states")."""
    anaphoric = any(
        c.dep_ == "nummod" or c.lower_ in {"these", "those", "such", "both"} for c in token.children
    )
    return token.lemma_.lower() in GROUP_NOUNS and not anaphoric


def _is_habitual(verb: Token) -> bool:
    """Simple present with no auxiliary ("the project provides updates"): what an actor does as a
    rule, not an event the text reports."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
