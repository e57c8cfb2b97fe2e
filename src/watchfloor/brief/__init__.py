"""Drafted briefs: the period's event clusters ranked by novelty, corroboration and salience, told
in generated sentences that each cite the documents and notes behind them."""

from watchfloor.brief.compose import draft_brief, draft_brief_from
from watchfloor.brief.model import Brief, Paragraph, Section, Sentence, Source
from watchfloor.brief.render import to_html, to_markdown
from watchfloor.brief.request import BriefRequest, make_request

__all__ = [
    "Brief",
    "BriefRequest",
    "Paragraph",
    "Section",
    "Sentence",
    "Source",
    "draft_brief",
    "draft_brief_from",
    "make_request",
    "to_html",
    "to_markdown",
]
