"""The lexicon's nouns as they stand in a sentence: a noun of many words ("hunger strike", "state
of emergency") reads as a whole, and the words inside it read as nothing of their own."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from watchfloor.kb import KnowledgeBase, load_kb
from watchfloor.nlp.arguments import first_conjunct, of_nouns
from watchfloor.nlp.context_readings import of_object_readings, official_readings
from watchfloor.nlp.kb_mentions import SPAN_KEY
from watchfloor.nlp.parse_memo import memo, of_token
from watchfloor.nlp.triggers import Lexicon, Trigger

MODIFIERS = frozenset({"compound", "amod"})
# things a deed's noun may name the kind of ("attack helicopter", "supply ship", "strike group")
KINDS_OF_THINGS = frozenset(
    {"vessel", "ship", "boat", "helicopter", "drone", "aircraft", "plane", "jet", "vehicle",
     "truck", "submarine", "craft", "group", "unit", "team", "squad", "brigade", "battalion", "dog"}
)  # fmt: skip


# nouns of saying a deed is in force, which the deed named after them reads for
DECLARING = frozenset({"declaration", "proclamation", "imposition", "announcement"})
# verbs whose object is a deed rehearsed, not done
SIMULATING = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "imitate"})


def _opens_a_title(token: Token) -> bool:
    """Whether a noun is the first of an office's words of more than one ("charge d'affaires")."""
    kb = load_kb()
    if token.lower_ not in _title_openings(kb):
        return False
    found = kb.longest_title(token.doc[token.i : token.i + 4].text)
    return found is not None and found[1] > 1


@cache
def _title_openings(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the knowledge base's offices of more than one word, in lower case."""
    names = (name for title in kb.titles for name in (title.name, *title.aliases))
    return frozenset(words[0].lower() for words in (name.split() for name in names) if len(words) > 1)


def listed_phrase(token: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """The longest of the lexicon's many-word nouns a noun ends, with the index of its first word:
    "hunger strike" (a protest, not an attack), "death sentence", "tear gas"; or one it heads
    with an "of" phrase ("state of emergency", "show of force")."""
    if token.lemma_.lower() not in lexicon.phrase_heads:
        return None
    for of in of_nouns(token):
        if (phrase := f"{token.lemma_.lower()} of {of.lemma_.lower()}") in lexicon.nouns:
            return phrase, token.i
    doc, first = token.doc, token.i
    while first > token.sent.start and (
        (doc[first - 1].dep_ in MODIFIERS and doc[first - 1].head.i == token.i) or _joins(doc[first - 1])
    ):
        first -= 1
    for start in range(first, token.i):
        # (as written, hyphens too: "a test-fire of a missile", "hunger strike")
        words = "".join(t.lower_ + (" " if t.whitespace_ else "") for t in doc[start : token.i])
        phrase = words + token.lemma_.lower()
        if phrase in lexicon.nouns:
            return phrase, start
    return None


def _joins(token: Token) -> bool:
    """Whether the token is a hyphen joining two words with no space ("test-fire")."""
    return (
        token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )


def noun_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """`_noun_readings`, worked out once per token (the rules and the evidence both ask). Shared:
    not to be changed."""
    return of_token("noun_readings", token, lambda t: _noun_readings(t, lexicon), lexicon)


def _noun_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """A noun's readings: those of the many-word noun it ends, else its lemma's; none for a word
    inside another's many-word noun ("death" in "death sentence") nor for one that names a kind
    of thing ("a supply vessel")."""
    head = token.head
    if in_a_body_name(token):
        return []  # "the Rapid Support Forces", "Yemen's Houthi movement": a party, no support or protest
    if token.dep_ == "compound" and head.i > token.i and head.lemma_.lower() in KINDS_OF_THINGS:
        return []  # "a supply vessel", "attack drones", "a patrol boat": what kind of thing, no deed
    if _opens_a_title(token):
        return []  # "summoned India's charge d'affaires": an office, no charge
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in SIMULATING:
        return []  # "drills to simulate a blockade of the island": a rehearsal, no blockade
    if token.lemma_.lower() in DECLARING and any(_noun_readings(o, lexicon) for o in of_nouns(token)):
        return []  # "his declaration of martial law": the martial law, no joint declaration
    if token.lemma_.lower() == "order" and _decrees(token):
        return []  # "signed orders imposing tariffs", "an executive order": a decree, no purchase
    inside = listed_phrase(head, lexicon) if token.dep_ in MODIFIERS and head.i > token.i else None
    if inside is not None and inside[1] <= token.i:
        return []
    owner = head.head  # "force" in "show of force"
    if token.dep_ == "pobj" and head.lower_ == "of" and owner.i != head.i:
        phrase = listed_phrase(owner, lexicon)
        if phrase is not None and phrase[0].endswith(f" of {token.lemma_.lower()}"):
            return []
    phrase = listed_phrase(token, lexicon)
    readings = lexicon.nouns[phrase[0]] if phrase else lexicon.nouns.get(token.lemma_.lower()) or []
    if token.dep_ == "dobj":  # an idiom of the lexicon's: "caught fire", "took responsibility"
        pair = (head.lemma_.lower(), token.lemma_.lower())
        readings = [r for r in readings if pair not in lexicon.idioms.get(r.type, frozenset())]
    if _agreed_to(token, lexicon):  # "agreed to a ceasefire": the agreement, no truce kept yet
        readings = [r for r in readings if r.type != "RETREAT"]
    readings = of_object_readings(token, readings, lexicon) if readings else readings
    return readings if phrase else official_readings(token, readings, lexicon)


def in_a_body_name(token: Token) -> bool:
    """Whether a word is one of the words of an organisation's name the knowledge base knows."""
    table = memo(token.doc, "body_name_words")
    if None not in table:
        spans = token.doc.spans.get(SPAN_KEY, [])
        table[None] = {i for s in spans if s.label_ == "ORG" and len(s) > 1 for i in range(s.start, s.end)}
    return token.i in table[None]


def _decrees(order: Token) -> bool:
    """Whether "order" is a decree: executive, or saying what it does ("orders imposing tariffs")."""
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBG") or (c.dep_ in {"amod", "compound"} and c.lower_ == "executive")
        for c in order.children
    )


def _agreed_to(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is what a verb of agreeing takes ("agreed to a ceasefire and the release of
    hostages", "signed a truce"): the content of the agreement; not a deed the verb commands
    ("ordered the release of the minors": an AGREE idiom)."""
    node = first_conjunct(noun)
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
    commanded = (node.head.lemma_.lower(), noun.lemma_.lower()) in lexicon.idioms.get("AGREE", frozenset())
    return node.dep_ in {"dobj", "prep"} and agrees(node.head, lexicon) and not commanded


def agrees(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a word is a verb of agreeing in the lexicon (its own lemma's readings, asked of the
    table directly: the noun readings ask this of their verb)."""
    return verb.pos_ == "VERB" and any(t.type == "AGREE" for t in lexicon.verbs.get(verb.lemma_.lower(), []))
