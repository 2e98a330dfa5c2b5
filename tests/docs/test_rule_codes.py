"""Every code rejectlet can report is explained in docs/rules.md, and every code
explained there is one rejectlet uses; each has the anchor a diagnostic links to."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import rejectlet
from rejectlet.diagnostics import DOCS_BASE, Diagnostic, Severity

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(rejectlet.__file__).parent
RULES_DOC = ROOT / DOCS_BASE
CODE = re.compile(r"RJ\d{3}")


def codes_in_source() -> dict[str, str]:
    """Each code written as a string of its own in the package, with one file using it."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and CODE.fullmatch(node.value)):
                found.setdefault(node.value, str(path.relative_to(SRC)))
    return found


def anchors() -> list[str]:
    return re.findall(r'<a id="([^"]+)"></a>', RULES_DOC.read_text(encoding="utf-8"))


def documented_codes() -> set[str]:
    """Codes the reference explains: a section heading or a row of a code table."""
    text = RULES_DOC.read_text(encoding="utf-8")
    headings = re.findall(r"^#+ (RJ\d{3})\b", text, re.MULTILINE)
    rows = re.findall(r"^\| (?:<a id=\"rj\d{3}\"></a>)?(RJ\d{3}) \|", text, re.MULTILINE)
    return set(headings) | set(rows) | {a.upper() for a in anchors() if CODE.fullmatch(a.upper())}


def test_the_source_uses_codes_at_all() -> None:
    # guards the scan itself: a broken scan would pass the tests below vacuously
    assert {"RJ001", "RJ117", "RJ413"} <= set(codes_in_source())


def test_every_code_the_source_uses_is_documented() -> None:
    missing = {code: where for code, where in codes_in_source().items()
               if code not in documented_codes()}
    assert not missing, f"codes used but not explained in {DOCS_BASE}: {missing}"


def test_every_documented_code_is_used() -> None:
    unused = documented_codes() - set(codes_in_source())
    assert not unused, f"{DOCS_BASE} explains codes nothing uses: {sorted(unused)}"


def test_every_code_has_exactly_one_anchor() -> None:
    ids = anchors()
    duplicated = sorted({a for a in ids if ids.count(a) > 1})
    assert not duplicated, f"anchors given twice: {duplicated}"
    missing = sorted(code for code in codes_in_source() if code.lower() not in ids)
    assert not missing, (f"add <a id=\"rj…\"></a> for {missing} in {DOCS_BASE}, "
                         "so Diagnostic.docs_anchor leads to it")


@pytest.mark.parametrize("code", ["RJ001", "RJ007", "RJ117", "RJ413"])
def test_a_diagnostics_docs_link_resolves(code: str) -> None:
    link = Diagnostic(code, Severity.ERROR, "x").docs_anchor
    path, _, fragment = link.partition("#")
    assert (ROOT / path).is_file()
    assert fragment in anchors()
