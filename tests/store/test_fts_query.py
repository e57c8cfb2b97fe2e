from __future__ import annotations

from watchfloor.store.fts_query import to_fts_query


def test_words_are_quoted_and_joined() -> None:
    assert to_fts_query("drone strike") == '"drone" AND "strike"'


def test_operators_the_user_means() -> None:
    assert to_fts_query('"Tower 22" OR Kyiv') == '("tower 22" OR "kyiv")'
    assert to_fts_query("Shang*") == '"shang"*'
    assert to_fts_query("drone -Kyiv") == '"drone" NOT "kyiv"'
    assert to_fts_query("Shahed-136") == '"shahed 136"'


def test_syntax_characters_are_only_text() -> None:
    assert to_fts_query("NEAR(a b)") == '"near a" AND "b"'
    assert to_fts_query("AND") is None
    assert to_fts_query("(((") is None
    assert to_fts_query("") is None
    assert to_fts_query('a"b') == '"a b"'  # one chunk, like a hyphenated word
