"""A pack check's ``link:`` must be a web address.

The link becomes a finding's ``docs`` in JSON output and ``helpUri`` in SARIF,
which a host showing a stranger's pack findings may turn into a clickable link. A
``javascript:``, ``data:`` or ``file:`` address, or anything but an absolute
http(s) address, is RJ123 at the ``link:`` when the pack loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from tests.security._support import write_pack

CHECK = """
checks:
  - code: ACME001
    message: avoid this word
    forbid: [Bright]
    link: {link}
"""


def _pack(tmp_path: Path, link: str) -> Path:
    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(text + CHECK.format(link=link), encoding="utf-8")
    return folder


@pytest.mark.parametrize("link", [
    '"javascript:alert(1)"', '"data:text/html,x"', '"file:///etc/passwd"',
    '"//evil.example/x"', '"docs/house-style.md"', '"https://"',
    '"https://exa mple.com"', '"https://example.com/\\u0007"',
    '"https://example.com/' + "a" * 2_100 + '"',
])
def test_a_link_that_is_not_a_web_address_is_refused_at_its_line(tmp_path: Path,
                                                                 link: str) -> None:
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(_pack(tmp_path, link))
    [found] = caught.value.diagnostics
    assert found.code == "RJ123"
    assert found.location is not None and found.location.line is not None
    assert "link" in found.message


@pytest.mark.parametrize("link", ["https://coaching.example/house-style#pay",
                                  "http://example.com", "HTTPS://Example.COM/a?b=c"])
def test_a_web_address_is_kept(tmp_path: Path, link: str) -> None:
    pack = rejectlet.load_pack(_pack(tmp_path, link))
    assert [check.link for check in pack.checks] == [link]
