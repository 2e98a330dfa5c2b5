"""The text and HTML of every built-in pack's samples, compared with committed files.

A change to a pack's wording, a template or a renderer shows up here as a
readable diff. When the change is meant, write the new files and review them:

    python -m pytest tests/renderers/test_sample_references.py --update-references
    git diff tests/references/samples
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import rejectlet
from rejectlet import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "packs"
REFERENCES = ROOT / "tests" / "references" / "samples"
SAMPLES = sorted(PACKS.glob("*/samples/*.yaml"))
FORMATS = {"text": "txt", "html": "html"}
UPDATE_COMMAND = (f"python -m pytest {Path(__file__).relative_to(ROOT)} --update-references")


def _outputs(sample: Path, fmt: str) -> dict[Path, str]:
    """Reference path -> output, for each letter the sample gives (one per panel member)."""
    letters = rejectlet.letters_from_file(sample)
    pack = sample.parent.parent.name
    outputs = {}
    for index, letter in enumerate(letters, start=1):
        suffix = f"-{index}" if len(letters) > 1 else ""
        rendered = rejectlet.render(letter, fmt, force=True)
        assert isinstance(rendered, str)
        # the version changes with every release; the letter does not
        rendered = rendered.replace(f"rejectlet {__version__}", "rejectlet VERSION")
        outputs[REFERENCES / pack / f"{sample.stem}{suffix}.{FORMATS[fmt]}"] = rendered
    return outputs


def _diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                 f"{name} (reference)", f"{name} (now)", lineterm="", n=1)
    return "\n".join(list(lines)[:40])


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_a_sample_renders_as_its_reference(sample: Path, fmt: str,
                                           update_references: bool) -> None:
    for reference, actual in _outputs(sample, fmt).items():
        name = str(reference.relative_to(ROOT))
        if update_references:
            reference.parent.mkdir(parents=True, exist_ok=True)
            reference.write_text(actual, encoding="utf-8", newline="\n")
            continue
        assert reference.is_file(), (
            f"no reference file {name}; write it with `{UPDATE_COMMAND}` and review it")
        expected = reference.read_text(encoding="utf-8")
        assert actual == expected, (
            f"{sample.relative_to(ROOT)} no longer renders as {name}. If the change is "
            f"meant (a pack's wording, a template, a renderer), run `{UPDATE_COMMAND}`, "
            f"review `git diff tests/references/samples` and commit it.\n"
            + _diff(expected, actual, name))


def test_every_built_in_pack_has_samples_to_compare() -> None:
    packs = {p.parent.name for p in PACKS.glob("*/pack.yaml")}
    assert packs and packs == {sample.parent.parent.name for sample in SAMPLES}


def test_no_reference_is_left_without_its_sample() -> None:
    expected = {path for sample in SAMPLES for fmt in FORMATS for path in _outputs(sample, fmt)}
    stale = sorted(str(p.relative_to(ROOT)) for p in REFERENCES.rglob("*")
                   if p.is_file() and p not in expected)
    assert not stale, f"reference files with no sample behind them: {stale}"
