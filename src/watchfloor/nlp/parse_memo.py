"""Memos of a parse: what the extraction reads of one Doc many times (each token's head and its
chain of heads, the path between two tokens, a trigger's stance, a word's readings) is worked out
once and kept in the Doc's `user_data` (a parse does not change once made)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

PREFIX = "watchfloor_"
T = TypeVar("T")


def memo(doc: Doc, name: str) -> dict[Any, Any]:
    """The Doc's memo table called `name` (made empty for a Doc of another length than it was
    made for: retokenised since)."""
    key = PREFIX + name
    entry: tuple[int, dict[Any, Any]] | None = doc.user_data.get(key)
    if entry is None or entry[0] != len(doc):
        entry = (len(doc), {})
        doc.user_data[key] = entry
    return entry[1]


def of_token(name: str, token: Token, compute: Callable[[Token], T], given: object = None) -> T:
    """`compute(token)`, worked out once per token (and per `given`, an object the result
    depends on besides the parse, such as the lexicon: kept only for the same object)."""
    table: dict[int, tuple[object, T]] = memo(token.doc, name)
    found = table.get(token.i)
    if found is None or found[0] is not given:
        found = table[token.i] = (given, compute(token))
    return found[1]


def heads(doc: Doc) -> list[int]:
    """Each token's head's index."""
    table = memo(doc, "heads")
    found: list[int] | None = table.get(None)
    if found is None:
        found = table[None] = [t.head.i for t in doc]
    return found


def head_chain(token: Token) -> list[int]:
    """The indices of the token and of all the heads above it, the root last (at most as many
    as the Doc has tokens). Shared: not to be changed."""
    table: dict[int, list[int]] = memo(token.doc, "chains")
    found = table.get(token.i)
    if found is None:
        up, limit = heads(token.doc), len(token.doc)
        found = [token.i]
        while up[found[-1]] != found[-1] and len(found) < limit:
            found.append(up[found[-1]])
        table[token.i] = found
    return found


def steps_up(token: Token) -> dict[int, int]:
    """How many steps up from the token each of its heads stands (its own index: 0)."""
    table: dict[int, dict[int, int]] = memo(token.doc, "steps_up")
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = {i: steps for steps, i in enumerate(head_chain(token))}
    return found
