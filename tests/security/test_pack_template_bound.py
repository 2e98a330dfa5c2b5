"""Loading a pack compiles a bounded amount of template source, counted, not timed.

Compiling a template costs time in proportion to its source, at every load, before
any letter's budget applies: a thousand full-size sections took half an hour. So a
pack, counting the packs it extends, may compile at most
``MAX_PACK_TEMPLATE_CHARS`` characters of templates; the first template past that
is RJ308 at its own file and line, and nothing after it is compiled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rejectlet
from rejectlet import templates
from rejectlet.templates import MAX_PACK_TEMPLATE_CHARS, MAX_TEMPLATE_CHARS

CHUNK = "{{ role(role, role, role) }}"
BIG = CHUNK * (MAX_TEMPLATE_CHARS // len(CHUNK))


def _pack(folder: Path, sections: int, *, extends: str | None = None,
          name: str = "slowpack") -> Path:
    (folder / "sections").mkdir(parents=True)
    table: dict[str, dict[str, str]] = {
        "thanks": {"kind": "gratitude", "text": "Thank you, {{ role }}."},
        "interest": {"kind": "interest", "text": "Still keen."}}
    for number in range(sections):
        (folder / "sections" / f"{name}{number}.md").write_text(BIG, encoding="utf-8")
        table[f"{name}{number}"] = {"kind": "other", "file": f"sections/{name}{number}.md"}
    pack: dict[str, object] = {
        "pack": name, "version": "1", "variables": {"role": {"type": "string"}},
        "sections": table,
        "letters": {"reply": {"salutation": "Hi,", "body": ["thanks", "interest"],
                              "closing": "Bye,", "signature": "me"}}}
    if extends:
        pack = {"pack": name, "version": "1", "extends": extends, "sections": table}
    (folder / "pack.yaml").write_text(json.dumps(pack, indent=1), encoding="utf-8")
    return folder


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    compiled: list[int] = []
    real = templates.nesting_problem

    def counted(env: object, source: str) -> object:
        compiled.append(len(source))
        return real(env, source)  # type: ignore[arg-type]

    monkeypatch.setattr(templates, "nesting_problem", counted)
    return compiled


def test_a_pack_past_the_bound_is_refused_at_the_first_template_over_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sections = MAX_PACK_TEMPLATE_CHARS // len(BIG) + 10
    folder = _pack(tmp_path / "slowpack", sections)
    compiled = _counting(monkeypatch)
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(folder)
    [over] = [d for d in caught.value.diagnostics if d.code == "RJ308"]
    assert over.location is not None and over.location.path.endswith(".md")
    assert f"{MAX_PACK_TEMPLATE_CHARS:,}" in over.message
    # only what fits the bound was compiled; the ten sections past it were not
    assert sum(compiled) <= MAX_PACK_TEMPLATE_CHARS
    assert len(compiled) < sections


def test_the_bound_counts_the_packs_a_pack_extends(tmp_path: Path) -> None:
    half = MAX_PACK_TEMPLATE_CHARS // len(BIG) // 2 + 1
    _pack(tmp_path / "base", half, name="base")
    child = _pack(tmp_path / "child", half, extends="../base", name="child")
    rejectlet.load_pack(tmp_path / "base")  # each alone is within the bound
    with pytest.raises(rejectlet.RejectletError) as caught:
        rejectlet.load_pack(child)
    assert "RJ308" in [d.code for d in caught.value.diagnostics]


def test_the_built_in_packs_fit_well_within_the_bound() -> None:
    for name in ("classic", "warm", "de-formell"):
        pack = rejectlet.load_pack(name)
        assert pack.compiled.source_chars < MAX_PACK_TEMPLATE_CHARS // 5


def test_included_files_are_compiled_within_the_same_bounds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``{% include %}`` compiles a file while a letter is composed, where no step is
    counted: a file longer than a template may be is refused, and the files a pack
    includes count against the pack's bound on all template source."""
    from tests.security._support import compose, write_pack

    long_one = write_pack(tmp_path / "long", "{% include 'parts/big.md' %}",
                          files={"parts/big.md": "x" * (MAX_TEMPLATE_CHARS + 1)})
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(long_one)
    assert [d.code for d in caught.value.diagnostics] == ["RJ305"]
    assert f"{MAX_TEMPLATE_CHARS:,}" in caught.value.diagnostics[0].message

    part = "{{ name }} " * (MAX_TEMPLATE_CHARS // 11)
    count = MAX_PACK_TEMPLATE_CHARS // len(part) + 2
    body = "".join(f"{{% include 'parts/p{n}.md' %}}" for n in range(count))
    many = write_pack(tmp_path / "many", body,
                      files={f"parts/p{n}.md": part for n in range(count)})
    compiled = _counting_includes(monkeypatch)
    # a letter's own time is not what is tested here: a loaded machine may take
    # seconds to compile what fits the bound
    with pytest.raises(rejectlet.RejectletError) as caught, \
            rejectlet.budget(rejectlet.Limits(seconds=600.0)):
        compose(many)
    assert [d.code for d in caught.value.diagnostics] == ["RJ305"]
    assert f"{MAX_PACK_TEMPLATE_CHARS:,}" in caught.value.diagnostics[0].message
    assert sum(compiled) <= MAX_PACK_TEMPLATE_CHARS


def _counting_includes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    from rejectlet.sandbox import LetterSandbox

    compiled: list[int] = []
    real = LetterSandbox._parse

    def counted(self: LetterSandbox, source: str, name: str | None,
                filename: str | None) -> object:
        compiled.append(len(source))
        return real(self, source, name, filename)

    monkeypatch.setattr(LetterSandbox, "_parse", counted)
    return compiled
