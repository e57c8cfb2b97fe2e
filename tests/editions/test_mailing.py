"""Mailing editions through a real SMTP server: what arrives, the unsubscribe link, no second copy,
retries with back-off, permanent refusals and an unreachable server recorded."""

from __future__ import annotations

import re
import warnings
from datetime import date
from pathlib import Path

from watchfloor.editions import run_daily
from watchfloor.store import open_store
from watchfloor.watch.delivery import DeliverySettings
from watchfloor.web import create_app

from .conftest import BASE_URL, FAST, SUBSCRIBERS, Mailbox, free_port, ledger

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette\.testclient`")
    from fastapi.testclient import TestClient

MONDAY = date(2024, 3, 18)


def test_each_subscriber_gets_both_parts_once_and_the_unsubscribe_link_works(
    db: Path | str, smtp: Mailbox
) -> None:
    result = run_daily(db, MONDAY, settings=smtp.settings(), retry=FAST)
    ((edition, made),) = result.editions
    assert made and edition.title == "Desk Update, March 18, 2024" and edition.since == "2024-03-16"
    assert sorted(m["To"] for m in smtp.messages) == list(SUBSCRIBERS)

    mail = smtp.to("ana@example.org")[0]
    assert mail["Subject"] == edition.title and mail["From"] == "desk@watchfloor.test"
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    # the weekend's and Monday's reports, told in generated sentences with numbered sources
    assert "Lithuania" in text and "Venezuela" in text and "Qatar" not in text
    assert re.search(
        r"\[\d\] Weekend Desk \(2024-03-16\), note \[1\]\n\s+https://baltic.example/druskininkai", text
    )
    assert f"{BASE_URL}/documents/" in text and "<" not in text.split("-- ")[0]
    assert '<a class="note-url" href="https://harbor.example/missiles"' in html
    assert f'href="{BASE_URL}/documents/' in html and "Key Takeaways" in html

    link = re.search(r"<(http://watchfloor\.test(/unsubscribe\?token=[^>]+))>", mail["List-Unsubscribe"])
    assert link is not None and mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link.group(1) in text and link.group(1) in html.replace("&amp;", "&")
    client = TestClient(create_app(db))
    page = client.get(link.group(2))
    assert page.status_code == 200 and "ana@example.org" in page.text and 'method="post"' in page.text
    assert client.post(link.group(2)).status_code == 200
    forged = link.group(2)[:-3] + ("aaa" if not link.group(2).endswith("aaa") else "bbb")
    assert client.post(forged).status_code == 400
    number = link.group(2).split("token=")[1].split(".")[0]
    superscript = link.group(2).replace(f"token={number}.", "token=\u00b3.")  # "³" is a digit to str.isdigit
    assert client.get(superscript).status_code == 400 and client.post(superscript).status_code == 400
    one_click = smtp.to("ben@example.org")[0]["List-Unsubscribe"].strip("<>").replace(BASE_URL, "")
    assert client.post(one_click, content="List-Unsubscribe=One-Click").status_code == 200

    # the same day again: nothing new is made or sent; the next edition skips the unsubscribed
    again = run_daily(db, MONDAY, settings=smtp.settings(), retry=FAST)
    assert [made for _, made in again.editions] == [False] and again.mailings == []
    assert len(smtp.messages) == 3
    run_daily(db, date(2024, 3, 19), settings=smtp.settings(), retry=FAST)
    assert [m["To"] for m in smtp.messages[3:]] == ["cy@example.org"]


def test_a_refusal_for_now_is_retried_and_a_refusal_for_good_is_recorded(
    db: Path | str, smtp: Mailbox
) -> None:
    smtp.refuse = {
        "ana@example.org": ["451 4.3.0 try again later"],
        "ben@example.org": ["550 5.1.1 no such user"],
    }
    result = run_daily(db, MONDAY, settings=smtp.settings(), retry=FAST)
    (report,) = result.mailings
    assert report.states == {"sent": 2, "failed": 1}
    assert ledger(db) == {
        "ana@example.org": ("sent", 2), "ben@example.org": ("failed", 1), "cy@example.org": ("sent", 1),
    }  # fmt: skip
    (error,) = report.errors
    assert error.startswith("ben@example.org: 550") and "no such user" in error
    assert sorted(m["To"] for m in smtp.messages) == ["ana@example.org", "cy@example.org"]


def test_an_unreachable_server_leaves_the_mail_owed_for_the_next_run(db: Path | str, smtp: Mailbox) -> None:
    down = DeliverySettings(smtp_host="127.0.0.1", smtp_port=free_port(), timeout=2, base_url=BASE_URL)
    (report,) = run_daily(db, MONDAY, settings=down, retry=FAST).mailings
    assert report.states == {"retry": 3} and "ConnectionRefusedError" in report.errors[0]
    assert {state for state, _ in ledger(db).values()} == {"retry"}
    # the first subscriber was tried three times; the others waited once the server was known down
    assert [n for _, n in ledger(db).values()] == [3, 0, 0]
    assert smtp.messages == []
    (report,) = run_daily(db, MONDAY, settings=smtp.settings(), retry=FAST).mailings
    assert report.states == {"sent": 3} and sorted(m["To"] for m in smtp.messages) == list(SUBSCRIBERS)


def test_only_subscribers_of_the_time_of_mailing_get_an_edition(db: Path | str, smtp: Mailbox) -> None:
    with open_store(db) as store:
        store.conn.execute(
            "UPDATE subscribers SET unsubscribed_at = created_at WHERE address = 'cy@example.org'"
        )
    run_daily(db, MONDAY, settings=smtp.settings(), retry=FAST)
    assert sorted(m["To"] for m in smtp.messages) == ["ana@example.org", "ben@example.org"]
