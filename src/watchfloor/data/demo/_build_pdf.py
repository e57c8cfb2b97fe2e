"""Regenerates the demo corpus PDF, ``16_report-2024-05-20.pdf``, from the text below.

Run from the repository root:

    python src/watchfloor/data/demo/_build_pdf.py

The report was written for the Watchfloor demo corpus from public facts. It uses only the
core Helvetica font and plain ASCII punctuation so that any PDF reader (and pypdf) gets the
text back unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("16_report-2024-05-20.pdf")

TITLE = "Iranian President Raisi Killed in Helicopter Crash"
SERIES = "Watchfloor Demo Desk - Special Report"
DATE_LINE = "May 20, 2024"
BYLINE = "By Mara Lindqvist and Karim Haddad, Watchfloor Demo Desk"

TAKEAWAYS = [
    "Iranian state media confirmed on May 20 that President Ebrahim Raisi, Foreign Minister "
    "Hossein Amir-Abdollahian and everyone else on board were killed when their helicopter "
    "crashed in fog in East Azerbaijan province on May 19.",
    "Supreme Leader Ali Khamenei confirmed First Vice President Mohammad Mokhber as acting "
    "president, and authorities set a presidential election for June 28.",
    "Raisi's death removes a leading candidate to succeed Khamenei and will likely intensify "
    "competition within the hardline camp, but it is unlikely to change Iran's foreign policy "
    "in the near term.",
]

SECTIONS = [
    (
        "The Crash",
        [
            "Raisi was returning from the border with Azerbaijan, where he and Azerbaijani "
            "President Ilham Aliyev inaugurated the Qiz Qalasi dam on the Aras River on the "
            "morning of May 19.[1] His helicopter, a US-made Bell 212, was one of three aircraft "
            "flying toward Tabriz and lost contact in heavy fog over mountainous forest near "
            "Varzaqan; the other two helicopters landed safely.[2] East Azerbaijan Governor Malek "
            "Rahmati and Ayatollah Mohammad Ali Al-e Hashem, the Supreme Leader's representative "
            "in the province, were also on board.[2]",
            "Rain, fog and steep terrain slowed the search through the night. A Turkish Akinci "
            "drone detected a heat source that Turkish officials said was likely the wreckage, "
            "and the European Union activated its Copernicus satellite mapping service at Iran's "
            "request.[3] Iranian Red Crescent chief Pir-Hossein Kolivand said early on May 20 "
            "that rescuers had reached the site and found no sign of survivors.[4]",
        ],
    ),
    (
        "Succession and Government",
        [
            "Khamenei declared five days of public mourning and approved Mokhber as acting "
            "president under Article 131 of the constitution, which requires an election within "
            "50 days.[5] The cabinet named deputy foreign minister and chief nuclear negotiator "
            "Ali Bagheri Kani as acting foreign minister.[6] Iranian officials announced that the "
            "presidential election would be held on June 28.[6]",
            "Iranian officials attributed the crash to bad weather, and there is no public "
            "evidence of sabotage. Former Foreign Minister Mohammad Javad Zarif claimed that US "
            "sanctions, which restrict Iran's access to aircraft and spare parts, were partly to "
            "blame.[7] Defense Secretary Lloyd Austin said the United States had no part in the "
            "crash, and the State Department offered official condolences.[8]",
        ],
    ),
    (
        "Foreign Reactions",
        [
            "Russian President Vladimir Putin called Raisi a true friend of Russia, and Chinese "
            "President Xi Jinping sent condolences to Tehran.[9] Hezbollah and Hamas issued "
            "statements of mourning.[9] Moscow and Beijing will almost certainly seek continuity in "
            "their cooperation with Tehran under the acting government.",
            "Raisi had been widely seen as a possible successor to the 85-year-old Khamenei. His "
            "death likely leaves the succession more open and may strengthen other contenders, "
            "including Khamenei's son Mojtaba, whose prospects Western media have long "
            "discussed. Strategic decisions in Iran rest with the Supreme Leader, so major shifts "
            "in policy toward Russia, Israel or the nuclear file are unlikely before the "
            "election.",
        ],
    ),
]

NOTES = [
    "[1] https://president.az/en/articles/view/66112",
    "[2] https://www.upi.com/Top_News/World-News/2024/05/20/iran-ebrahim-raisi-helicopter-crash/2971716133536/",
    "[3] https://www.aa.com.tr/en/turkiye/akinci-detects-heat-source-raisi/3226617 ; https://www.euronews.com/2024/05/19/eu-copernicus-iran-helicopter",
    "[4] www.irna [dot] ir/news/85485021",
    "[5] https://english.khamenei [dot] ir/news/10799",
    "[6] https://www.reuters.com/world/middle-east/iran-hold-presidential-election-june-28-2024-05-20/",
    "[7] https://www.aljazeera.com/news/2024/5/20/iran-former-fm-zarif-blames-us-sanctions-for-raisi-crash",
    "[8] https://www.state.gov/briefings/department-press-briefing-may-20-2024/",
    "[9] http://en.kremlin dot ru/events/president/news/74071 ; https://apnews.com/article/raisi-death-reactions-5e1b7c3a9d2f46e0",
]

MARGIN = 20


def build(path: Path = OUT) -> Path:
    """Write the report to ``path`` and return it."""
    pdf = FPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Mara Lindqvist; Karim Haddad")
    pdf.set_subject("Watchfloor demo corpus: special report, May 20, 2024")
    pdf.set_creator("watchfloor demo corpus (_build_pdf.py, fpdf2)")
    pdf.set_creation_date(datetime(2024, 5, 20, 16, 0, tzinfo=UTC))
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.add_page()
    width = pdf.w - 2 * MARGIN

    pdf.set_font("Helvetica", "", 9)
    pdf.cell(width, 5, SERIES, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(width, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(width, 6, DATE_LINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(width, 6, BYLINE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(width, 7, "Key Takeaways", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    for number, takeaway in enumerate(TAKEAWAYS, start=1):
        pdf.multi_cell(width, 5.5, f"  {number}. {takeaway}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)

    for heading, paragraphs in SECTIONS:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(width, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10.5)
        for paragraph in paragraphs:
            pdf.multi_cell(width, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(width, 7, "Notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    for note in NOTES:
        pdf.multi_cell(width, 4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.output(str(path))
    return path


if __name__ == "__main__":
    print(build())
