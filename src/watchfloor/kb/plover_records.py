"""PLOVER's event types and their modes, as `data/kb/plover.yaml` records them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from watchfloor.kb.records import Record

Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


class PloverMode(Record):
    """A PLOVER mode: how an event of its type was carried out."""

    name: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    source: Literal["plover", "extension"] = "plover"


class PloverType(Record):
    """One of PLOVER's 16 event types."""

    code: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    quad: Quad
    modes: tuple[PloverMode, ...] = ()

    @property
    def id(self) -> str:
        return self.code

    def mode(self, name: str) -> PloverMode | None:
        for mode in self.modes:
            if mode.name == name:
                return mode
        return None
