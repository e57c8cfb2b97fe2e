from __future__ import annotations

import pytest

from watchfloor.nlp.clean import clean_for_parser

CASES = [
    (
        "Talks ended in Doha on May 2.[14] Both sides left.",
        "Talks ended in Doha on May 2.     Both sides left.",
    ),
    ("The navy <u>seized</u> a tanker.", "The navy    seized     a tanker."),
    ("Officials \\*have \\*met twice.", "Officials   have   met twice."),
    ("## **Naval Activity**", "     Naval Activity  "),
    ("A strike hit the port.[iv][v]", "A strike hit the port.       "),
    ("Prices rose 3 * 4 times.", "Prices rose 3 * 4 times."),
    ("[Notice: links marked] stay.", "[Notice: links marked] stay."),
]


@pytest.mark.parametrize(("raw", "cleaned"), CASES)
def test_markers_and_markup_become_spaces(raw: str, cleaned: str) -> None:
    result = clean_for_parser(raw)
    assert result == cleaned
    assert len(result) == len(raw)
