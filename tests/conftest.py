"""Shared fixtures: the built-in pack, the example data, and a factory for packs on disk."""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.yamlio import load_yaml_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "reply.yaml"
#: The pytest option that rewrites reference files from the current output.
UPDATE_OPTION = "--update-references"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(UPDATE_OPTION, action="store_true", default=False,
                     help="write the current output as the new reference files (pictures, "
                          "sample texts and HTML) instead of comparing; review the diff "
                          "before committing")


@pytest.fixture(scope="session")
def update_references(request: pytest.FixtureRequest) -> bool:
    """Whether this run writes reference files rather than comparing with them."""
    return bool(request.config.getoption(UPDATE_OPTION))


@pytest.fixture(scope="session")
def classic() -> rejectlet.Pack:
    return rejectlet.load_pack("classic")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.fixture(scope="session")
def _example_data() -> dict[str, Any]:
    data = _plain(load_yaml_file(EXAMPLE))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def example_data(_example_data: dict[str, Any]) -> dict[str, Any]:
    """The example letter's data as plain dicts; each test gets its own copy."""
    return copy.deepcopy(_example_data)


PackFactory = Callable[..., Path]


@pytest.fixture
def make_pack(tmp_path: Path) -> PackFactory:
    """Write a pack folder from YAML text (dedented) plus optional extra files."""
    def factory(pack_yaml: str, files: dict[str, str] | None = None,
                name: str = "testpack") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "pack.yaml").write_text(textwrap.dedent(pack_yaml).lstrip("\n"),
                                          encoding="utf-8")
        for relative, content in (files or {}).items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(textwrap.dedent(content), encoding="utf-8")
        return folder
    return factory


MINIMAL_PACK = """
pack: mini
version: 0.1.0
language: en
variables:
  name: {type: string, required: true}
  organization: {type: string, required: true}
  ask: {type: bool, default: false}
sections:
  thanks: {kind: gratitude, text: "Thank you, {{ name }}, for your time at {{ organization }}."}
  fit: {kind: resell, text: "I still believe I would fit well."}
  interest: {kind: interest, text: "I remain keen on {{ organization }}."}
  feedback: {kind: feedback, when: ask, text: "I would welcome any thoughts you can share."}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ name }},"
    body: [thanks, fit, interest]
    closing: "Best regards,"
    signature: "Sam"
    ps: [feedback]
"""


@pytest.fixture
def minimal_pack_text() -> str:
    """A small valid pack (as YAML text) that tests vary."""
    return MINIMAL_PACK
