"""Turn whatever a user typed into a valid FTS5 MATCH expression.

Nothing the user types reaches FTS5 as syntax: every word is quoted. What is understood:
"quoted phrases", `OR` between terms, a trailing `*` for a prefix, and a leading `-` to exclude a
term. Hyphenated words ("Shahed-136") become phrases, as the tokenizer splits them. Anything else
(parentheses, colons, carets, stray quotes, a bare AND or NOT) is treated as ordinary text.
"""

from __future__ import annotations

import re

from watchfloor.errors import QueryError

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A phrase in balanced double quotes, or a run of non-space characters.
_CHUNK = re.compile(r'"([^"]*)"|(\S+)')
MAX_QUERY_CHARS = 1000  # longer search text is refused: no analyst types it, and FTS5 cost grows with it
MAX_TERMS = 64


def _quote(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


def to_fts_query(text: str) -> str | None:
    """The FTS5 expression for `text`, or None when it holds no searchable word; QueryError when
    it is longer than MAX_QUERY_CHARS or has more than MAX_TERMS terms."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"search text is {len(text)} characters long; at most {MAX_QUERY_CHARS} are searched (shorten it)"
        )
    positives: list[str] = []
    negatives: list[str] = []
    pending_or = False
    terms = 0
    for match in _CHUNK.finditer(text.replace("\u201c", '"').replace("\u201d", '"')):
        phrase, bare = match.group(1), match.group(2)
        if bare is not None and bare == "OR":
            pending_or = bool(positives)
            continue
        raw = phrase if phrase is not None else bare
        exclude = bare is not None and bare.startswith("-") and len(bare) > 1
        prefix = bare is not None and bare.endswith("*")
        words = _WORD.findall(raw.casefold())
        if not words or (bare is not None and bare in {"AND", "NOT"}):
            continue
        term = _quote(words) + ("*" if prefix else "")
        terms += 1
        if exclude:
            negatives.append(term)
        elif pending_or:
            positives[-1] = f"{positives[-1]} OR {term}"
            pending_or = False
        else:
            positives.append(term)
    if terms > MAX_TERMS:
        raise QueryError(f"search text has more than {MAX_TERMS} terms; search for fewer")
    if not positives:
        return None
    expression = " AND ".join(f"({p})" if " OR " in p else p for p in positives)
    for term in negatives:
        expression = f"{expression} NOT {term}"
    return expression
