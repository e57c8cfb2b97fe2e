"""Detection of dates, authors, language and titles from a document's own text."""

from __future__ import annotations

import pytest

from watchfloor.readers.bylines import detect_authors, parse_byline
from watchfloor.readers.metadata import (
    clean_title,
    date_in_url,
    detect_lang,
    detect_published,
    normalize_lang,
    parse_date,
    strip_section_label,
)

BODY = "The ministry said the shipment arrived safely and that more would follow in the coming weeks.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Weekly Update, July 31, 2023", "2023-07-31"),
        ("June 21, 2023", "2023-06-21"),
        ("Jane Doe, John Roe, and Sam Poe August 11, 2022", "2022-08-11"),
        ("31 July 2023", "2023-07-31"),
        ("2023-07-31", "2023-07-31"),
        ("Jul. 31, 2023", "2023-07-31"),
        ("Sept 9, 2021", "2021-09-09"),
        ("Published: 3 March 2024 | 5 min read", "2024-03-03"),
        ("Posted on 2024-03-03 10:15", "2024-03-03"),
        ("20.04.2025, 14:35", "2025-04-20"),  # the day first, as Europe writes it
        ("14 of November of 2024", "2024-11-14"),  # as machine translation writes Spanish
    ],
)
def test_dateline_forms(head: str, expected: str) -> None:
    assert detect_published(f"Some Title\n\n{head}\n\n{BODY}") == expected


@pytest.mark.parametrize(
    "head",
    [
        "July 2023",  # no day: never padded to a day
        "On Tuesday the envoy met his counterpart on August 15 in the capital.",  # no year
        "The agreement was signed on July 15, 2022.",  # an event in a sentence
        "February 30, 2023",  # not a real date
        "https://example.org/news/2023-07-31-report",  # a date inside an address
    ],
)
def test_no_publication_date_without_a_full_dateline(head: str) -> None:
    assert detect_published(f"Some Title\n\n{head}\n\n{BODY}") is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("SANAA/JERUSALEM, April 18, 2025 - Yemen's Houthis said they fired a missile.", "2025-04-18"),
        ("WARSAW, Sept. 10, 2025 (Reuters) - Poland said drones crossed its border.", "2025-09-10"),
        ("WASHINGTON, D.C., June 5, 2024 -- The envoy met his counterpart.", "2024-06-05"),
        ("On October 7, 2023 - the day of the attack - the border was closed.", None),  # no place
        ("The talks, held July 5, 2024 - and again in August - ended without a deal.", None),
        ("KYIV - Russia fired 40 drones overnight, the air force said.", None),  # no date
        ("TBILISI, March 3, 2025. /Agency/. Police detained 20 protesters.", "2025-03-03"),
        ("ANKARA (12.02.2025) - An explosion hit an arms depot.", "2025-02-12"),
        ("Lima, 14 of November of 2024. — Congress voted to remove the minister.", "2024-11-14"),
        ("ADDIS ABABA, May 2/2024 (ENA) – The premier opened a bridge.", "2024-05-02"),
        ("NAIROBI (AP) — Kenya on Tuesday, June 25, 2024, deployed troops in the capital.", "2024-06-25"),
        ("WASHINGTON — Today, January 10, 2025, the Treasury designated two firms.", "2025-01-10"),
        ("On June 5, 2024, the army deployed troops to the border.", None),  # an event's date
        ("Officials said on June 5, 2024 that the army had deployed troops.", None),
    ],
)
def test_a_news_dateline_opening_the_lead_dates_the_report(lead: str, expected: str | None) -> None:
    assert detect_published(f"Some Title\n\n{lead} {BODY}") == expected


def test_date_in_a_long_paragraph_is_not_a_dateline() -> None:
    paragraph = "Officials met several times and, according to the statement, on July 31, 2023 " + BODY * 2
    assert detect_published(f"Some Title\n\n{paragraph}") is None


def test_date_deep_in_the_body_is_not_the_publication_date() -> None:
    lines = [f"Paragraph {n} says something short." for n in range(12)]
    text = "Title\n\n" + "\n\n".join(lines) + "\n\nJuly 31, 2023\n"
    assert detect_published(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-07", "2023-07"),
        ("2023-07-31", "2023-07-31"),
        ("2023-07-31T09:00:00Z", "2023-07-31"),
        ("July 31, 2023", "2023-07-31"),
        ("July 2023", "2023-07"),
        ("2023-13-01", None),
        ("soon", None),
    ],
)
def test_parse_date_keeps_precision(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("by Jane Doe and John Roe | Reuters", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe, and Sam Poe August 11, 2022", ["Jane Doe", "John Roe", "Sam Poe"]),
        ("Jane Doe and Ali al-Hassan", ["Jane Doe", "Ali al-Hassan"]),
        ("Jane Doe July 31, 2023", ["Jane Doe"]),
        ("Weekly Update, July 31, 2023", []),  # a dated title, not a byline
        ("Key Takeaways", []),
        ("Coproduced by the Institute and the Project", []),
        ("Russia and Iran Double Down", []),
    ],
)
def test_byline(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_detect_authors_skips_the_title_line() -> None:
    text = "Iran Weekly July 31, 2023\n\nBy Jane Doe\n\n" + BODY
    assert detect_authors(text, skip=["Iran Weekly July 31, 2023"]) == ["Jane Doe"]


def test_language() -> None:
    assert detect_lang(BODY * 3) == "en"
    german = "Die Regierung hat gestern neue Sanktionen gegen mehrere Firmen beschlossen. "
    assert detect_lang(german * 3) is None
    assert detect_lang("Too short to tell.") is None
    assert normalize_lang("en-US") == "en"
    assert normalize_lang("English!") is None


def test_titles() -> None:
    labelled = "Reviews | Drones and sanctions are bad news"
    assert strip_section_label(labelled) == "Drones and sanctions are bad news"
    assert strip_section_label("Short Title | Example Site") == "Short Title | Example Site"
    assert clean_title("## **Bold** [linked](https://e.org) title") == "Bold linked title"
    assert clean_title("   ") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/news/2024/3/12/strikes-on-the-border", "2024-03-12"),
        ("https://www.example.com/world/2023/10/07/index.html", "2023-10-07"),
        ("https://www.example.com/world/europe/talks-resume-2024-03-12/", "2024-03-12"),
        ("https://www.example.com/20240312/story", "2024-03-12"),
        ("https://www.example.com/a/u-s-acts-against-groups/7457015.html", None),  # an article number
        ("https://www.example.com/2024/13/01/story", None),  # no thirteenth month
        ("https://www.example.com/2024/02/30/story", None),
        (None, None),
    ],
)
def test_a_news_address_gives_its_day(url: str | None, expected: str | None) -> None:
    assert date_in_url(url) == expected
