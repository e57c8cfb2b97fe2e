"""Quotations that run over several sentences: whether a sentence goes on with a quotation an
earlier sentence of its paragraph opened, and who is quoted (the subject of the reporting verb
that opens or closes the quotation, or of a lead that ends with a colon: "as Ryder told
reporters:")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.event_evidence import SentenceEvidence

OPENING, CLOSING = "\u201c", "\u201d"
QUOTE_MARKS = (OPENING, '"')


def open_quotation(before: str) -> bool:
    """Whether a quotation opened in `before` (the paragraph up to a sentence) is still open:
    the sentence goes on quoting its speaker ("... the strike also killed another member.")."""
    curly = before.count(OPENING) - before.count(CLOSING)
    return curly > 0 or (curly == 0 and before.count('"') % 2 == 1)


def speaker_of(sent: Span, before: int | None = None, after: int | None = None) -> Token | None:
    """The subject of a reporting verb of the sentence ("..., Savett said"; "Ryder told
    reporters:"), standing before character `before` or after character `after` of the
    sentence (outside the quotation), if any."""
    for token in sent:
        offset = token.idx - sent.start_char
        if (before is not None and offset >= before) or (after is not None and offset < after):
            continue
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in REPORTING:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
    return None


def quoted_runs(evidence: list[SentenceEvidence]) -> list[list[int]]:
    """Runs of consecutive sentences that quote: one that opens a quotation and those that go on
    with it."""
    runs: list[list[int]] = []
    for index, sentence in enumerate(evidence):
        if sentence.quoted and runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        elif sentence.quoted or any(mark in sentence.text for mark in QUOTE_MARKS):
            runs.append([index])
    return runs


def run_speaker(first: Span, last: Span) -> Token | None:
    """Who a run of quoting sentences quotes: the reporting verb after the quotation closes in
    its last sentence, else before it opens in its first."""
    text = last.text
    closing = max(text.rfind(CLOSING), text.rfind('"'))
    found = speaker_of(last, after=closing + 1) if closing >= 0 else None
    if found is None:
        opening = min((i for i in (first.text.find(OPENING), first.text.find('"')) if i >= 0), default=-1)
        found = speaker_of(first, before=opening) if opening > 0 else None
    return found
