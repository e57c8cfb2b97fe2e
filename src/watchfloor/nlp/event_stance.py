"""The stance an event of the model carries: the trigger's, except where the speaker is the actor
or the sentence quotes someone."""

from __future__ import annotations

from watchfloor.nlp.quotations import QUOTE_MARKS


def stance_of_event(
    text: str, certainty: str, source: str | None, actor: str | None, own_side: bool = True,
    quoted: bool = False, statement: bool = False, quoted_by: str | None = None,
) -> tuple[str, str | None]:  # fmt: skip
    """(certainty, source): the trigger's stance, except that a speaker who is the event's own
    actor asserts it by saying it ("Blinken said Iran's program is dangerous": Blinken's
    accusation) where `own_side` (see `_own_side`), and a deed told in a quotation (a sentence
    that opens one, or goes on with one, `quoted`) is the quoted speaker's claim; what the
    quotation itself says or demands (`statement`) is the speaker's act, asserted."""
    if certainty == "attributed" and actor and source and own_side and same_party(source, actor):
        return "asserted", None
    if certainty == "asserted" and (quoted or text.lstrip().startswith(QUOTE_MARKS)) and not statement:
        return "attributed", quoted_by
    return certainty, source if certainty in {"attributed", "denied"} else None


def same_party(source: str, name: str) -> bool:
    """Whether a source and a name are the same party by their words ("Kirby", "John Kirby")."""
    a, b = source.casefold(), name.casefold()
    return a == b or a in b or b in a or a.split()[-1] == b.split()[-1]
