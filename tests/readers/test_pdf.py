"""PDF reports built with fpdf2: text from every page, metadata from the info dictionary or the text."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from watchfloor.errors import InputError
from watchfloor.readers import read_source
from watchfloor.settings import Settings

SETTINGS = Settings()
PAGE_ONE = (
    "Harbour Expansion Assessment\n\n"
    "March 3, 2023\n\n"
    "By Jane Analyst and Omar Researcher\n\n"
    "The port authority opened a second container berth in February and announced plans for a third. "
    "Shipping data show that traffic through the harbour rose by a fifth over the previous quarter."
)
PAGE_TWO = "The authority is likely to seek foreign financing for the remaining works within the year."


def _report(with_info: bool) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    if with_info:
        pdf.set_title("Harbour Expansion Assessment")
        pdf.set_author("Ada Lee; Sam Poe")
        pdf.set_creation_date(dt.datetime(2023, 3, 2, 12, 0, tzinfo=dt.UTC))
    for text in (PAGE_ONE, PAGE_TWO):
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    data = bytes(pdf.output())
    if with_info:
        return data
    writer = PdfWriter()  # copy the pages only: no title, author or creation date
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _write(tmp_path: Path, data: bytes, name: str = "report.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_text_from_every_page_joined_by_a_blank_line(tmp_path: Path) -> None:
    [doc] = read_source(_write(tmp_path, _report(with_info=True)), SETTINGS)
    assert doc.format == "pdf"
    assert doc.name == "report.pdf"
    assert "second container berth" in doc.text
    assert "rose by a fifth over the previous quarter.\n\nThe authority is likely" in doc.text
    assert doc.lang == "en"


def test_info_dictionary_beats_detection(tmp_path: Path) -> None:
    [doc] = read_source(_write(tmp_path, _report(with_info=True)), SETTINGS)
    assert doc.title == "Harbour Expansion Assessment"
    assert doc.authors == ["Ada Lee", "Sam Poe"]
    assert doc.published == "2023-03-02"  # the creation date, not the dateline


def test_without_info_metadata_is_detected_from_text(tmp_path: Path) -> None:
    [doc] = read_source(_write(tmp_path, _report(with_info=False)), SETTINGS)
    assert doc.title == "Harbour Expansion Assessment"
    assert doc.authors == ["Jane Analyst", "Omar Researcher"]
    assert doc.published == "2023-03-03"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"%PDF-1.7\n" + b"x" * 200 + b"\n%%EOF\n", "PDF could not be read"),
        (b"plain words in a file named .pdf", "is not a PDF"),
    ],
)
def test_malformed_pdf_is_an_input_error(tmp_path: Path, data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_source(_write(tmp_path, data), SETTINGS)


def test_truncated_pdf_is_an_input_error(tmp_path: Path) -> None:
    data = _report(with_info=True)
    with pytest.raises(InputError, match="PDF could not be read"):
        read_source(_write(tmp_path, data[: len(data) // 3]), SETTINGS)


def test_pdf_without_text_is_an_input_error(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)  # a drawing, no text: what a scanned page looks like to a text extractor
    with pytest.raises(InputError, match="no extractable text"):
        read_source(_write(tmp_path, bytes(pdf.output())), SETTINGS)
