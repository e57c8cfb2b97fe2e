"""What the routes share: a read-only view of the store per request, and the page templates."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import jinja2
from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates

from watchfloor.brief.render import templates_dir as brief_templates_dir
from watchfloor.settings import CONFIDENT
from watchfloor.store.queries import StoreQueries

MAX_ID = 2**63 - 1  # SQLite's largest row id; any other number names nothing


def package_dir(name: str) -> Path:
    return Path(str(resources.files("watchfloor.web") / name))


def get_queries(request: Request) -> Iterator[StoreQueries]:
    queries = StoreQueries.open(request.app.state.db_path)
    try:
        yield queries
    finally:
        queries.close()


Queries = Annotated[StoreQueries, Depends(get_queries)]


def default_confidence(request: Request) -> float:
    """The confidence the map, the network and briefs ask of events unless told otherwise (read
    from WATCHFLOOR_MIN_CONFIDENCE when the app was made, else `settings.CONFIDENT`)."""
    return float(getattr(request.app.state, "min_confidence", CONFIDENT))


DefaultConfidence = Annotated[float, Depends(default_confidence)]


def not_found(what: str, identifier: int) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} with id {identifier} in this store")


def valid_id(identifier: int) -> bool:
    return 0 < identifier <= MAX_ID


def make_templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template, whatever its name."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([package_dir("templates"), brief_templates_dir()]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)
