"""Note markers: arabic, roman, escaped, listed; never bracketed words."""

from __future__ import annotations

from watchfloor.layout.markers import find_markers, is_label, labels_in


def test_arabic_and_roman_markers() -> None:
    text = "One.[1] Two.[27] Three.[999] Four.[xiii] Five.[XLIX] Six.[iv]"
    assert labels_in(text) == ("1", "27", "999", "xiii", "xlix", "iv")


def test_spans_cover_the_brackets() -> None:
    text = "A claim.[12] Another.\\[3\\] A third.[^4]"
    spans = [text[m.start : m.end] for m in find_markers(text)]
    assert spans == ["[12]", "\\[3\\]", "[^4]"]


def test_a_marker_may_list_several_notes() -> None:
    (m,) = find_markers("Both sources agree.[3, 4]")
    assert m.labels == ("3", "4")


def test_bracketed_words_are_not_markers() -> None:
    text = "[Notice: links carry an asterisk.] [sic] [a] [1000] [0] [l] [xl] [mixed] [Ix] [iiii]"
    assert labels_in(text) == ("xl",)


def test_letters_count_only_when_the_notes_define_them() -> None:
    text = "A claim.[a] Another.[b]"
    assert labels_in(text) == ()
    assert labels_in(text, letters=frozenset({"a"})) == ("a",)
    assert is_label("b", frozenset({"b"})) and not is_label("b")


def test_repeats_are_kept_once_in_order() -> None:
    assert labels_in("x[2] y[1] z[2]") == ("2", "1")
