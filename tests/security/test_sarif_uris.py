"""SARIF names each file by a URI reference: a file name with a space, ``#``, ``%``
or a control character is percent-encoded, so a code-scanning tool attaches the
finding to that file and never reads part of the name as a fragment."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from rejectlet.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _uris(report: object) -> list[str]:
    found: list[str] = []
    if isinstance(report, dict):
        for key, value in report.items():
            if key == "artifactLocation" and isinstance(value, dict) and "uri" in value:
                found.append(value["uri"])
            else:
                found += _uris(value)
    elif isinstance(report, list):
        for item in report:
            found += _uris(item)
    return found


@pytest.mark.parametrize("name", ["a b#c%.yaml", "x?y.yaml", "tab\there.yaml", "é ü.yaml"])
def test_a_file_name_is_a_percent_encoded_uri(tmp_path: Path, name: str) -> None:
    text = (ROOT / "examples" / "reply.yaml").read_text(encoding="utf-8")
    (tmp_path / name).write_text(text.replace("role:", "role_typo:", 1), encoding="utf-8")
    shutil.copy(ROOT / "examples" / "reply.yaml", tmp_path / "plain.yaml")
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["check", name, "--format", "sarif"])
    finally:
        os.chdir(previous)
    uris = _uris(json.loads(result.stdout))
    assert uris, result.stdout[:500]
    for uri in uris:
        parts = urlsplit(uri)
        assert not parts.fragment and not parts.query, uri
        assert not any(ch in uri for ch in " \t#?"), uri
        assert "%25" in uri or "%" not in name
        assert unquote(uri) == name
