"""YAML front matter: a `---` block at the top of a text or Markdown file that states its metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from watchfloor.errors import InputError
from watchfloor.readers.bylines import split_authors
from watchfloor.readers.metadata import normalize_lang, parse_date
from watchfloor.yaml_loader import MarkedYAMLError, YAMLError, safe_load

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.MULTILINE)


@dataclass(frozen=True)
class FrontMatter:
    """The keys Watchfloor reads from front matter; anything else in the block is ignored."""

    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO prefix: 2023, 2023-07, 2023-07-31
    authors: tuple[str, ...] = ()
    outlet: str | None = None  # the `source` key: who published it
    lang: str | None = None


def split_front_matter(source: str, text: str) -> tuple[FrontMatter, str]:
    """Separate a leading front-matter block from the text; no block gives empty FrontMatter."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    opening = _OPEN.match(text)
    if not opening:
        return FrontMatter(), text
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise InputError(
            source, "front matter opened with '---' on the first line is never closed (add a '---' line)"
        )
    block = text[opening.end() : closing.start()]
    return _parse_block(source, block), text[closing.end() :]


def _parse_block(source: str, block: str) -> FrontMatter:
    try:
        data = safe_load(block)
    except YAMLError as exc:
        raise InputError(source, f"malformed YAML front matter: {_yaml_problem(exc)}") from None
    except (ValueError, OverflowError) as exc:  # a well-formed value YAML cannot build: 2024-02-30
        raise InputError(
            source, f"front matter holds a value that is no valid date or number ({exc})"
        ) from None
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise InputError(source, "front matter must be a mapping of keys (title: ..., published: ...)")
    return FrontMatter(
        title=_text(source, data, "title"),
        url=_text(source, data, "url"),
        published=_published(source, data.get("published")),
        authors=_authors(source, data.get("authors", data.get("author"))),
        outlet=_text(source, data, "source"),
        lang=_lang(source, data.get("lang")),
    )


def _yaml_problem(exc: YAMLError) -> str:
    """The YAML parser's complaint with the file line it points at (the block starts on line 2)."""
    if isinstance(exc, MarkedYAMLError) and exc.problem_mark is not None:
        return f"{exc.problem} (line {exc.problem_mark.line + 2})"
    return str(exc).splitlines()[0]


def _text(source: str, data: dict[object, object], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return " ".join(str(value).split()) or None
    raise InputError(source, f"front matter '{key}' must be text, got {type(value).__name__}")


def _published(source: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        iso = parse_date(str(value))
    elif isinstance(value, str):
        iso = parse_date(value)
    else:
        iso = None
    if iso is None:
        raise InputError(
            source, f"front matter 'published' is not a date: {value!r} (write YYYY, YYYY-MM or YYYY-MM-DD)"
        )
    return iso


def _authors(source: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(split_authors(value))
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        return tuple(" ".join(name.split()) for name in value if name.strip())
    raise InputError(source, "front matter 'authors' must be a list of names or one comma-separated string")


def _lang(source: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    lang = normalize_lang(value) if isinstance(value, str) else None
    if lang is None:
        raise InputError(source, f"front matter 'lang' is not a language code: {value!r} (e.g. en)")
    return lang
