"""Lookup keys: what folds together and what stays apart."""

from __future__ import annotations

import pytest

from watchfloor.geo.names import bare, exact_key, skeleton
from watchfloor.kb import fold


@pytest.mark.parametrize(
    "name",
    ["Tehran", "deir ez zor", "The Hague", "Sana'a", "Ḩamāh", "Shahed 136", "New  York", " Gaza ", "ALEPPO"],
)
def test_exact_key_is_the_knowledge_base_fold(name: str) -> None:
    assert exact_key(name) == fold(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir ez-Zor", "Deir-ez-Zor"),
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Deir ez-Zor", "Deir al-Zour"),
        ("Hodeidah", "Al Hudaydah"),
        ("Al Bukamal", "Abu Kamal"),
        ("Isfahan", "Esfahan"),
        ("Tartus", "Tartous"),
    ],
)
def test_transliterations_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(bare(a)[0]) == skeleton(bare(b)[0]) != ""


@pytest.mark.parametrize(
    ("name", "key", "hint"),
    [
        ("Kharkiv Oblast", "kharkiv", "region"),
        ("Kharkiv region", "kharkiv", "region"),
        ("Homs Governorate", "homs", "region"),
        ("Krasnodar Krai", "krasnodar", "region"),
        ("Province of Kandahar", "kandahar", "region"),
        ("Gaza City", "gaza", "city"),
        ("al-Hasakah", "hasakah", None),
        ("As-Suwayda", "suwayda", None),
        ("the Golan Heights", "golan heights", None),
        ("Salah ad-Din", "salah din", None),
        # a division word is kept when nothing but a direction would remain
        ("Eastern Province", "eastern province", None),
        ("North Governorate", "north governorate", None),
        ("Al", "al", None),
    ],
)
def test_bare_drops_articles_and_division_words(name: str, key: str, hint: str | None) -> None:
    assert bare(name) == (key, hint)


def test_short_skeletons_are_not_used() -> None:
    assert skeleton("hama") == ""
    assert skeleton("bashar") != skeleton("bushehr")
