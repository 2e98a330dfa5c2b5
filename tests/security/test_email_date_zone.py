"""The Date header of an email, whatever the computer's time zone says.

A POSIX TZ may put the local offset at a full day (which Python's datetime cannot
hold) or give it seconds (which the standard library writes as six digits, a Date
no mail client reads). The message is dated in UTC then; the read-back refuses a
Date that is not shaped as RFC 5322 asks.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import rejectlet
import rejectlet.renderers.email as email_renderer
from rejectlet import RenderError
from tests.security._support import ROOT, base_data, compose, write_pack

DATE_SHAPE = re.compile(r"Date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} "
                        r"\d{2}:\d{2}:\d{2} ([+-]\d{4})\r?$", re.MULTILINE)

CHILD = """
import sys
from pathlib import Path
import rejectlet
from tests.security._support import base_data, compose
letter = compose(Path(sys.argv[1]), base_data())
sys.stdout.write(rejectlet.render(letter, "email", force=True)["Date"])
"""


@pytest.mark.parametrize(("zone", "offset"), [
    ("ABC-24:00:00", "+0000"), ("ABC+24:30", "+0000"), ("ABC-00:30:30", "+0000"),
    ("ABC-05:30", "+0530"), ("ABC+03", "-0300")])
def test_date_header_is_written_in_a_zone_the_standard_allows(
        tmp_path: Path, zone: str, offset: str) -> None:
    pack = write_pack(tmp_path / "pack")
    done = subprocess.run([sys.executable, "-c", CHILD, str(pack)], cwd=ROOT,
                          env={**os.environ, "TZ": zone}, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    found = DATE_SHAPE.fullmatch("Date: " + done.stdout)
    assert found is not None, done.stdout
    assert found.group(1) == offset


def test_read_back_refuses_a_date_not_shaped_as_the_standard_asks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = compose(write_pack(tmp_path / "pack"), base_data())
    monkeypatch.setattr(email_renderer, "_date_header",
                        lambda date: "Sun, 29 Nov 2026 10:18:33 +003030")
    with pytest.raises(RenderError) as caught:
        rejectlet.render(letter, "email", force=True)
    assert [d.code for d in caught.value.diagnostics] == ["RJ435"]
    assert "Date" in caught.value.diagnostics[0].message
