"""An email is written with a boundary made once per process, and read back through
a bounded memory of parsed headers; none of that may change what a message says,
however many messages share them."""

from __future__ import annotations

import email
from email import policy

import pytest

import rejectlet
from rejectlet.renderers import email as email_renderer
from rejectlet.renderers.email import email_file
from tests.conftest import EXAMPLE


def example(**changes: str) -> rejectlet.Letter:
    data = {**rejectlet.read_data_file(EXAMPLE), **changes}
    return rejectlet.compose(rejectlet.load_pack(data.pop("pack")), data.pop("letter"), data)


def test_messages_share_the_boundary_and_keep_their_own_recipients() -> None:
    first = email.message_from_bytes(email_file(example()), policy=policy.default)
    other = example(**{"recipient": {"name": "Noor Aziz", "email": "noor@example.com"}})
    second = email.message_from_bytes(email_file(other), policy=policy.default)
    assert first.get_boundary() == second.get_boundary() == email_renderer._BOUNDARY
    assert [a.addr_spec for a in second["To"].addresses] == ["noor@example.com"]
    assert [a.addr_spec for a in first["To"].addresses] != ["noor@example.com"]


def test_a_body_holding_the_boundary_gets_another(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(email_renderer, "_BOUNDARY", "Dear")
    parsed = email.message_from_bytes(email_file(example()), policy=policy.default)
    assert parsed.get_boundary() not in (None, "Dear")
    assert [part.get_content_type() for part in parsed.iter_parts()] == [
        "text/plain", "text/html"]


def test_the_message_object_holds_the_file_s_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    monkeypatch.setattr(email_renderer, "make_msgid", lambda domain=None: f"<one@{domain}>")
    when = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    letter = example(role="Planning Analyst")
    written = email_file(letter, date=when)
    message = email_renderer.render_email(letter, date=when)
    assert email_renderer.message_bytes(message) == written
    assert "Planning Analyst" in str(message["Subject"])


def test_messages_built_in_threads_read_as_those_built_one_by_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(email_renderer, "make_msgid", lambda domain=None: f"<one@{domain}>")
    when = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    letters = [example(role=f"Analyst {i}", organization=f"Company {i % 3}")
               for i in range(12)]
    alone = [email_file(letter, date=when) for letter in letters]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda letter: email_file(letter, date=when), letters * 3))
    assert together == alone * 3
