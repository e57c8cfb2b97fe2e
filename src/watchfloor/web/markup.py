"""Marked-up text that is safe by construction.

Annotations are kept apart from the text as spans with their opening and closing tags (built with
`tag`, which escapes every attribute value). `render` walks the text once and escapes every piece
of it on its way out; nothing from the document is ever inserted without `escape`. Layers nest:
marks of a later layer are split at the edges of an earlier layer's marks, so tags always nest.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    open: Markup
    close: Markup


def tag(name: str, attributes: dict[str, str | int | None] | None = None) -> Markup:
    """An opening tag; `name` and the attribute names are the code's own, values are escaped."""
    pieces = [
        Markup(' {}="{}"').format(Markup(key), value)
        for key, value in (attributes or {}).items()
        if value is not None
    ]
    return Markup("<{}{}>").format(Markup(name), Markup("").join(pieces))


def close(name: str) -> Markup:
    return Markup("</{}>").format(Markup(name))


def disjoint(marks: Sequence[Mark]) -> list[Mark]:
    """The marks in text order, dropping any that overlaps one kept before it, and empty ones."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.end > mark.start and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def render(text: str, start: int, end: int, layers: Sequence[Sequence[Mark]]) -> Markup:
    """text[start:end], escaped, with each layer's marks (outermost layer first) wrapped round it."""
    prepared = [_Layer(disjoint(layer)) for layer in layers]
    return Markup("").join(_render(text, start, end, prepared, 0))


class _Layer:
    def __init__(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.ends = [m.end for m in marks]  # increasing, as the marks are disjoint

    def within(self, start: int, end: int) -> list[Mark]:
        """The marks that overlap [start, end)."""
        found = []
        for mark in self.marks[bisect_right(self.ends, start) :]:
            if mark.start >= end:
                break
            found.append(mark)
        return found


def _render(text: str, start: int, end: int, layers: list[_Layer], depth: int) -> list[Markup]:
    if depth == len(layers):
        return [escape(text[start:end])]
    out: list[Markup] = []
    at = start
    for mark in layers[depth].within(start, end):
        left, right = max(mark.start, start), min(mark.end, end)
        if left > at:
            out.extend(_render(text, at, left, layers, depth + 1))
        out.append(mark.open)
        out.extend(_render(text, left, right, layers, depth + 1))
        out.append(mark.close)
        at = right
    if at < end:
        out.extend(_render(text, at, end, layers, depth + 1))
    return out
