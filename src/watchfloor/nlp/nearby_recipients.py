"""Recipients the parse does not give a trigger: a name after it in its sentence, or under its object."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.nlp.argument_reader import SPONSORED, Argument, ArgumentReader, is_sponsor_word
from watchfloor.nlp.arguments import in_another_deeds_clause, prep_objects

# clauses beside a deed's own, on other deeds ("a week before leaders gather in South Korea"); a
# relative clause may name who owns what it acts on ("drones Moscow had launched")
BESIDE = frozenset({"advcl", "conj"})


def _sponsor_word(token: Token) -> bool:
    """The rest of a hyphenated "X-backed", "X-brokered" after the name (the hyphen too, where
    the tokenizer split it off)."""
    return is_sponsor_word(token) or (
        token.text == "-" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in SPONSORED
    )


def in_a_title(span: Span) -> bool:
    """Whether a demonym opens an office before a name ("Nigerian President Obasanjo")."""
    after = span.doc[span.end : span.end + 3].text
    return span.end < len(span.doc) and load_kb().longest_title(after) is not None


def nearby_recipients(
    reader: ArgumentReader, token: Token, actors: list[Argument], source: Token | None, hosted: bool
) -> list[Argument]:
    """When the parse gives no recipient: the first name after the trigger in its sentence
    (with the names coordinated with it) that is not one of the actors, nor in the phrase of
    who reports it ("..., South Korea's Joint Chiefs of Staff said") or in a clause on another
    deed ("a week before leaders gather in South Korea"). A place the deed is done in is no
    party: it is passed over ("signed a ceasefire in Havana"), or, for force (`hosted`), its
    state stands for it ("shelled villages in Kharkiv region": Ukraine)."""
    sent = token.sent
    taken = {a.key for a in actors if a.key} | {a.name for a in actors}
    reporter = {t.i for t in source.subtree} if source is not None else set()
    after = reader.offset + token.idx + len(token.text)
    for mention in reader.mentions_in(after, reader.offset + sent.end_char):
        if mention.entity is None or reader.no_party(mention):
            continue
        span = reader.span_of(mention)
        elsewhere = span is not None and in_another_deeds_clause(span.root, token, BESIDE)
        if span is not None and (span.root.i in reporter or elsewhere):
            continue
        entity = reader.entities[mention.entity]
        if entity.key in taken or entity.name in taken:
            continue
        if mention.preposition in {"near", "outside", "around"}:
            continue  # "a base near Deir ez-Zor": where, not whom
        if span is not None and span.end < len(span.doc) and _sponsor_word(span.doc[span.end]):
            continue  # "in a China-brokered deal", "Iran-backed militias": who stands behind it
        own_country = entity.country in {a.country for a in actors}
        if own_country and (mention.label == "NORP" or mention.locative):
            continue  # "an Iranian president", "a rally in Ohio": the actor's own, not a party
        if mention.label == "NORP" and span is not None and in_a_title(span):
            continue  # "former Nigerian President Obasanjo": the person's state, not a party
        if mention.locative and not (entity.key or "").startswith("state:"):
            host = load_kb().state(entity.country or "") if hosted else None
            if host is None:
                continue
            return [Argument(host.name, host.iso3, f"state:{host.iso3}")]
        first = Argument(entity.name, entity.country, entity.key)
        rest = [a for a in reader.coordinated(mention, first) if a.key not in taken]
        return [first, *rest]
    return []


def deep_recipients(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of recipient prepositions hanging from the trigger's own object ("exported a
    record high of oil to China"), not from deeper phrases ("support for the invasion")."""
    for holder in [c for c in token.children if c.dep_ in {"dobj", "attr", "npadvmod"}]:
        inner = [g for p in holder.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        for part in (holder, *inner):
            found = prep_objects(part, preps)
            if found:
                return found
    return []
