"""Who did it to whom: the actor and recipient phrases of a trigger, read from the parse.

Verbs: actor = subject (passive: the `by` agent; a coordinated or controlled verb borrows its
head's subject); recipient = a direct object that names an actor, else the object of a recipient
preposition (with, to, against ...). Nouns: actor = possessor, a demonym modifier or the subject of
a light verb ("signed an agreement"); recipient = the object of a recipient preposition.
Coordination multiplies ("Iran and Belarus signed" gives two actors).
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
LIGHT_VERBS = frozenset(
    {"sign", "reach", "conclude", "hold", "conduct", "carry", "launch", "stage", "pay", "make", "have",
     "finalize", "ink", "announce", "begin", "start", "continue", "expand", "increase", "deepen", "pursue",
     "boost", "strengthen", "enhance", "organize", "organise", "express", "give", "offer", "approve",
     "adopt", "unveil", "complete", "order", "authorize", "authorise", "deliver", "mount", "wage",
     "undertake", "perform"}
)  # fmt: skip


def is_light_verb(verb: Token) -> bool:
    """Whether a verb only carries a nominal event ("staged a strike"); the small model sometimes
    lemmatises a regular past wrongly ("staged" -> "stag"), so the bare stem counts too."""
    lower = verb.lower_
    stems = {verb.lemma_.lower(), lower[:-1], lower[:-2]} if lower.endswith("ed") else {verb.lemma_.lower()}
    return bool(stems & LIGHT_VERBS)


# nouns that count, group or last for what follows them: "launched a series of strikes", "a wave
# of attacks"
SERIES_NOUNS = frozenset(
    {
        "series",
        "wave",
        "spate",
        "string",
        "round",
        "barrage",
        "salvo",
        "volley",
        "flurry",
        "package",
        "set",
        "batch",
        "raft",
        "tranche",
        "day",  # "launched two days of military drills", "after three days of talks"
        "week",
        "month",
    }
)


def carried_nouns(verb: Token) -> list[Token]:
    """The nouns a light verb carries: its objects, and what an object counts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + counted_nouns(verb)


def counted_nouns(verb: Token) -> list[Token]:
    """What the verb's object counts or groups ("launched a series of strikes": "strikes";
    "adopted a sanctions package": "sanctions")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SERIES_NOUNS]
    counted = [
        o
        for noun in objects
        for p in noun.children
        if p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return counted + [
        c for noun in objects for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
    ]


PHRASE_LINKS = frozenset({"compound", "conj", "appos", "amod", "poss"})


def phrase_root(token: Token) -> Token:
    """The token through which a name's phrase hangs from its governor: "Iran" in "Iran and
    Russia signed" or "the Iranian foreign minister" stands where its phrase does."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in PHRASE_LINKS:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "including" and node.head.dep_ == "prep":
            node = node.head.head  # "governments, including Brazil, condemned": where they stand
        else:
            break
    return node


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds a word ("cooperation" in "concerns about growing cooperation
    have been increasing" is of "increasing"); the root where no verb is above it."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


OWN_CLAUSES = frozenset({"advcl", "relcl", "conj"})  # clauses that tell of another deed


def in_another_deeds_clause(word: Token, trigger: Token, kinds: frozenset[str] = OWN_CLAUSES) -> bool:
    """Whether a word stands in an adverbial, relative or coordinated clause (of `kinds`) with a
    subject of its own that does not hold the trigger ("India struck Pakistan two weeks after
    gunmen killed 26 people near Pahalgam": Pahalgam is where the gunmen killed, not where India
    struck)."""
    node = word
    while node.head.i != node.i:
        clause = node.dep_ in kinds and (node.dep_ != "conj" or node.pos_ == "VERB")
        if clause and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return trigger.i not in {t.i for t in node.subtree}
        node = node.head
    return False


def first_conjunct(token: Token) -> Token:
    """The first of the words a token is listed with ("Japan" in "Canada joined Japan and
    Germany"; "said" in "said and added"): where the list stands in the sentence."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def reporting_subject(clause: Token) -> Token | None:
    """The subject of the verb that reports a clause ("Germany" for "it was outraged" in "Germany
    said it was outraged"), past the verbs joined to the clause; None where it is no complement."""
    clause = first_conjunct(clause)
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    for _ in range(2):  # "Trump criticised the strike, writing that he was not happy": Trump's
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.tag_ != "VBG":
            return subject
        verb = verb.head
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("Iran, Russia, and Syria")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN", "PRON", "ADJ"}:
            out.extend(conjuncts(child))
    return out


def subject_of(verb: Token) -> list[Token]:
    for _ in range(4):
        agent = [c for c in verb.children if c.dep_ == "agent"]
        if agent:
            objects = [g for a in agent for g in a.children if g.dep_ == "pobj"]
            if objects:
                return conjuncts(objects[0])
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "nsubjpass"]
        if subjects and subjects[0].lower_ in {"it", "they", "he", "she"} and verb.dep_ == "ccomp":
            reporter = subject_of(verb.head)  # "X announced it thwarted ...": it = X
            if reporter:
                return reporter
        if subjects:
            return conjuncts(subjects[0])
        if verb.dep_ == "relcl" and verb.head.pos_ in {"PROPN", "NOUN"}:
            return conjuncts(verb.head)
        if verb.dep_ in {"conj", "xcomp", "advcl", "acl"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return []


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return conjuncts(objects[0])
    return []


def verb_arguments(verb: Token, preps: tuple[str, ...]) -> tuple[list[Token], list[Token], list[Token]]:
    """(actors, recipient candidates from objects, recipient candidates from prepositions)."""
    actors = subject_of(verb)
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECTS:
            objects.extend(conjuncts(child))
    passive_subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subject:
        objects.extend(conjuncts(passive_subject[0]))
    prepositional = prep_objects(verb, preps)
    if not objects and not prepositional and verb.dep_ == "conj":
        for child in verb.head.children:  # "hosted and signed an agreement with X"
            if child.dep_ in OBJECTS:
                objects.extend(conjuncts(child))
    if not prepositional:
        for child in verb.children:
            if child.dep_ in {"conj"} and child.pos_ == "VERB":
                prepositional = prep_objects(child, preps)
                if prepositional:
                    break
        for obj in objects:
            prepositional = prepositional or prep_objects(obj, preps)
    return actors, objects, prepositional


def noun_arguments(noun: Token, preps: tuple[str, ...]) -> tuple[list[Token], list[Token]]:
    """(actors, recipients) of a nominal trigger."""
    actors = [c for c in noun.children if c.dep_ == "poss"]
    if actors and actors[0].pos_ == "PRON" and noun.dep_ == "dobj":
        actors = subject_of(noun.head) or actors  # "X increased their exercises": their = X
    # a name or demonym in front ("Iranian drone transfers"), not a plain adjective ("similar"),
    # nor the cause it is for or against ("anti-Israel protests": against Israel)
    named = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.text[:1].isupper()]
    opposed = [c for c in named if stance_of(c) == "anti"]
    if not actors:
        actors = [c for c in named if stance_of(c) is None and c.lower_ not in STANCES]
    if not actors:
        by = prep_objects(noun, ("by", "between", "among"))
        actors = by
    head = noun.head
    if not actors and noun.dep_ in {"dobj", "nsubjpass"} and is_light_verb(head):
        actors = subject_of(head)
    if (
        not actors
        and noun.dep_ == "pobj"
        and head.lower_ in {"with", "through", "by"}
        and head.head.pos_ == "VERB"
    ):
        actors = subject_of(head.head)  # "the United States retaliated with airstrikes"
    recipients = prep_objects(noun, preps) or opposed
    if not recipients and noun.dep_ == "dobj":
        recipients = prep_objects(head, preps)
    return [t for a in actors for t in conjuncts(a)], recipients


STANCES = frozenset({"anti", "pro"})


def stance_of(token: Token) -> str | None:
    """ "anti" or "pro" where the word is the cause a hyphened prefix takes ("anti-Israel")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCES:
        return doc[token.i - 2].lower_
    return None


def set_off_participle(verb: Token) -> bool:
    """Whether a verb is a participle set off by a comma with no subject of its own, done by the
    subject of the verb it hangs from ("imposed sanctions on Iran, accusing it of ..."; not "a
    dhow smuggling rifles")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ == "nsubj" for c in verb.children)
    )


# words that count or gather what follows their "of" ("dozens of diplomats", "a barrage of rockets")
AMOUNTS = frozenset(
    {"dozen", "hundred", "thousand", "number", "majority", "barrage", "salvo", "wave", "swarm", "volley",
     "%", "percent", "bulk", "rest", "all", "most", "many", "some", "part", "portion", "section"}
)  # fmt: skip


def counted(noun: Token) -> list[Token]:
    """The noun, or what it counts when it is an amount ("dozens of Russian diplomats")."""
    if noun.pos_ in {"NUM", "ADJ", "DET", "PRON"} or noun.lemma_.lower() in AMOUNTS:
        return of_nouns(noun) or [noun]
    return [noun]


def of_nouns(token: Token) -> list[Token]:
    """The nouns of a token's "of" phrase."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
