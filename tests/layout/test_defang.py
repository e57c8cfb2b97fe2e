"""Defanged addresses are found in text and made usable again."""

from __future__ import annotations

import pytest

from watchfloor.layout.defang import find_addresses, is_defanged, refang


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("https://tass dot ru/army/1", "https://tass.ru/army/1"),
        ("https://sana [dot] sy/?p=12", "https://sana.sy/?p=12"),
        ("https://www.jpost dot com/news/article-1", "https://www.jpost.com/news/article-1"),
        ("www.irna dot ir/news/85", "www.irna.ir/news/85"),  # no scheme written, none added
        ("example(dot)org/a", "example.org/a"),
        ("example (dot) org", "example.org"),
        ("example[.]org/a[.]html", "example.org/a.html"),
        ("example(.)org", "example.org"),
        ("example{.}org", "example.org"),
        ("hxxp://example.org/x", "http://example.org/x"),
        ("hxxps://bad[.]example[.]net/p", "https://bad.example.net/p"),
        ("hXXps://example.org", "https://example.org"),
        ("https[:]//example.org", "https://example.org"),
        ("fxp://files.example.org", "ftp://files.example.org"),
        ("https://example DOT org", "https://example.org"),
    ],
)
def test_refang_variants(raw: str, url: str) -> None:
    assert refang(raw) == url
    assert is_defanged(raw)


def test_plain_addresses_are_not_defanged() -> None:
    for raw in ("https://example.org/a.b?c=d", "www.example.org", "http://1.2.3.4/x"):
        assert refang(raw) == raw
        assert not is_defanged(raw)


def test_find_defanged_address_keeps_path_and_flags_it() -> None:
    text = "Source: https://news dot example dot com/world/2023/07/item-5 ; see also"
    (a,) = find_addresses(text)
    assert a.raw == "https://news dot example dot com/world/2023/07/item-5"
    assert a.url == "https://news.example.com/world/2023/07/item-5"
    assert a.defanged and a.has_scheme
    assert text[a.start : a.end] == a.raw


@pytest.mark.parametrize("tail", [";", ",", ".", ")", ").", "”", "’;"])
def test_trailing_punctuation_is_not_part_of_the_address(tail: str) -> None:
    text = f"(read https://example.org/a/b{tail} next"
    (a,) = find_addresses(text)
    assert a.url == "https://example.org/a/b"


def test_balanced_parentheses_stay_in_the_path() -> None:
    (a,) = find_addresses("see https://en.example.org/wiki/Tor_(network).")
    assert a.url == "https://en.example.org/wiki/Tor_(network)"


def test_several_addresses_in_order() -> None:
    text = "https://a.example.org/1 ; https://b [dot] example/2 ;\u00a0 www.c dot example/3"
    assert [a.url for a in find_addresses(text)] == [
        "https://a.example.org/1",
        "https://b.example/2",
        "www.c.example/3",
    ]


def test_prose_is_not_an_address() -> None:
    text = "The U.S. and e.g. Iran.The ministry said 47.5 percent, i.e. most of it."
    assert list(find_addresses(text)) == []


def test_bare_hosts_only_when_asked() -> None:
    assert list(find_addresses("mirror: tasnimnews.com")) == []
    (a,) = find_addresses("mirror: tasnimnews.com", bare=True)
    assert a.url == "tasnimnews.com"
    assert list(find_addresses("Vol.II, see Annex.B", bare=True)) == []


def test_an_email_address_is_not_a_web_address() -> None:
    assert list(find_addresses("write to desk@example.org today", bare=True)) == []


def test_search_window() -> None:
    text = "https://a.example.org/1 https://b.example.org/2"
    assert [a.url for a in find_addresses(text, 24)] == ["https://b.example.org/2"]
