"""One edition as a message to one subscriber: multipart/alternative with readable plain text
(numbered citations, the sources with their notes and workspace links) and the edition's HTML, each
ending with the subscriber's own signed unsubscribe link, also given as `List-Unsubscribe` with
RFC 8058 one-click (`List-Unsubscribe-Post`). The Message-ID is fixed per edition and subscriber,
so a mail client would fold a re-sent copy into the first."""

from __future__ import annotations

import hashlib
import textwrap
from email.message import EmailMessage
from email.utils import formatdate
from html import escape
from urllib.parse import quote

from watchfloor.brief import Brief, Sentence
from watchfloor.editions.issue import Edition
from watchfloor.editions.subscribers import Subscriber
from watchfloor.watch.delivery import DeliverySettings

WIDTH = 76


def unsubscribe_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/unsubscribe?token={quote(token)}"


def plain_text(brief: Brief, base_url: str, edition_url: str) -> str:
    base = base_url.rstrip("/")
    lines = [brief.title, "=" * min(len(brief.title), WIDTH), ""]
    if brief.scope:
        lines += [f"Scope: {brief.scope}", ""]
    lines += [f"Read it in the workspace: {edition_url}", ""]
    if not brief.sentences:
        return "\n".join([*lines, "No events were reported in this period.", ""])
    lines += ["KEY TAKEAWAYS", ""]
    for i, sentence in enumerate(brief.takeaways, 1):
        lines += [
            textwrap.fill(_cited(sentence), WIDTH, initial_indent=f"{i}. ", subsequent_indent="   "),
            "",
        ]
    for section in brief.sections:
        lines += [section.title.upper(), ""]
        for paragraph in section.paragraphs:
            lines += [textwrap.fill(" ".join(_cited(s) for s in paragraph.sentences), WIDTH), ""]
    lines += ["SOURCES", ""]
    for source in brief.sources:
        head = f"[{source.number}] {source.title}" + (f" ({source.published})" if source.published else "")
        if source.marker:
            head += f", note [{source.marker}]"
        lines.append(textwrap.fill(head, WIDTH, subsequent_indent="    "))
        if source.url:
            lines.append(f"    {source.url}")
        lines.append(f"    {base}/documents/{source.document_id}")
    return "\n".join(lines) + "\n"


def _cited(sentence: Sentence) -> str:
    return sentence.text + "".join(f"[{s.number}]" for s in sentence.sources)


def edition_message(
    edition: Edition, subscriber: Subscriber, token: str, settings: DeliverySettings
) -> EmailMessage:
    base = settings.base_url.rstrip("/")
    edition_url = f"{base}{edition.path()}"
    leave = unsubscribe_url(base, token)
    footer = (
        f"You receive this because {subscriber.address} subscribed to the Watchfloor brief"
        f" {edition.profile!r}. To stop, open this link:"
    )
    message = EmailMessage()
    message["Subject"] = edition.title
    message["From"] = settings.smtp_from
    message["To"] = subscriber.address
    message["Date"] = formatdate()
    message["Message-ID"] = _message_id(edition, subscriber, settings.smtp_from)
    message["List-Id"] = f"Watchfloor brief {edition.profile} <{edition.profile}.briefs.watchfloor>"
    message["List-Unsubscribe"] = f"<{leave}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["List-Archive"] = f"<{base}/briefs/{edition.profile}>"
    text = f"{plain_text(edition.brief, base, edition_url)}\n-- \n{textwrap.fill(footer, WIDTH)}\n{leave}\n"
    message.set_content(text)
    message.add_alternative(_html(edition, subscriber, leave, edition_url), subtype="html")
    return message


def _html(edition: Edition, subscriber: Subscriber, leave: str, edition_url: str) -> str:
    footer = (
        '<hr><p class="subscription" style="font-size:.85rem;color:#556">'
        f'<a href="{escape(edition_url)}">Read this edition in the workspace</a>. '
        f"You receive this because {escape(subscriber.address)} subscribed to the Watchfloor brief "
        f"&ldquo;{escape(edition.profile)}&rdquo;. "
        f'<a class="unsubscribe" href="{escape(leave)}">Unsubscribe</a>.</p>\n'
    )
    html = edition.html
    at = html.rfind("</body>")
    return html[:at] + footer + html[at:] if at >= 0 else html + footer


def _message_id(edition: Edition, subscriber: Subscriber, sender: str) -> str:
    domain = sender.rpartition("@")[2].strip(">") or "watchfloor.localhost"
    tag = hashlib.sha256(f"{edition.id}/{edition.created_at}/{subscriber.id}".encode()).hexdigest()[:16]
    return f"<edition-{edition.id}.subscriber-{subscriber.id}.{tag}@{domain}>"
