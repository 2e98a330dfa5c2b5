"""Templates going into each other are counted, so a small thread stack never overflows.

A template that includes, imports or extends itself, a macro that calls itself, or a
recursive loop that never ends used to run until Python's recursion limit; in a
thread with a small stack (256 KiB, or musl's 128 KiB) the C stack ran out first
and the whole process died. Every such level is now counted, and past
``MAX_TEMPLATE_DEPTH`` the letter is a located RJ305, in any thread.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import rejectlet
from rejectlet.sandbox import MAX_TEMPLATE_DEPTH
from tests.security._support import ROOT, compose, write_pack

RECURSIVE = {
    "include": ("a{% include 'parts/self.md' %}",
                {"parts/self.md": "b{% include 'parts/self.md' %}"}),
    "macro": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", {}),
    "import": ("{% import 'parts/m.md' as m %}{{ m.x }}",
               {"parts/m.md": "{% import 'parts/m.md' as again %}{% set x = 1 %}"}),
    "import-with-context": ("{% import 'parts/c.md' as m with context %}x",
                            {"parts/c.md": "{% import 'parts/c.md' as m with context %}"}),
    "extends": ("{% extends 'parts/e.md' %}", {"parts/e.md": "{% extends 'parts/e.md' %}"}),
    "loop": ("{% for item in [[1]] recursive %}{{ loop([item]) }}{% endfor %}", {}),
    "call-block": ("{% macro f() %}{{ caller() }}{% endmacro %}"
                   "{% macro g() %}{% call f() %}{{ g() }}{% endcall %}{% endmacro %}{{ g() }}",
                   {}),
}


@pytest.mark.parametrize("body,files", RECURSIVE.values(), ids=RECURSIVE.keys())
def test_endless_nesting_is_a_located_error(tmp_path: Path, body: str,
                                            files: dict[str, str]) -> None:
    folder = write_pack(tmp_path / "pack", body, files=files)
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder)
    [found] = caught.value.diagnostics
    assert found.code in ("RJ305", "RJ306"), str(found)
    assert found.location is not None
    assert f"{MAX_TEMPLATE_DEPTH}" in found.message


def test_nesting_within_the_bound_is_fine(tmp_path: Path) -> None:
    depth = MAX_TEMPLATE_DEPTH - 2
    body = ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{% else %}bottom{% endif %}{% endmacro %}"
            f"{{{{ f({depth}) }}}}")
    folder = write_pack(tmp_path / "pack", body)
    assert "bottom" in rejectlet.render(compose(folder), "text", force=True)


def _on_a_small_stack(folder: Path, stack_kib: int) -> str:
    """Compose the pack at ``folder`` on a thread of ``stack_kib`` KiB of stack, in a
    child process (an overflow would end the process, not fail a test), and give
    what the thread said: the first diagnostic's code, or ``composed``. A child that
    died fails here, with its last words."""
    script = textwrap.dedent(f"""
        import sys, threading
        sys.path.insert(0, {str(ROOT)!r})
        import rejectlet
        from tests.security._support import compose
        from pathlib import Path
        said = []
        def go():
            try:
                compose(Path({str(folder)!r}))
                said.append("composed")
            except rejectlet.RejectletError as error:
                said.append(error.diagnostics[0].code)
        threading.stack_size({stack_kib} * 1024)
        worker = threading.Thread(target=go)
        worker.start()
        worker.join()
        print(said[0] if said else "nothing")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@pytest.mark.parametrize("kind", ["include", "macro", "import", "extends", "loop"])
def test_a_small_thread_stack_survives_endless_nesting(tmp_path: Path, kind: str) -> None:
    body, files = RECURSIVE[kind]
    folder = write_pack(tmp_path / "pack", body, files=files)
    assert _on_a_small_stack(folder, 128) in ("RJ305", "RJ306")


DEEP_FILES = {
    "brackets": "{{ " + "(" * 2_000 + "1" + ")" * 2_000 + " }}",
    "blocks": "{% if 1 %}" * 300 + "x" + "{% endif %}" * 300,
    "signs": "{{ " + "not " * 3_000 + "1 }}",
    "chain": "{{ 1" + " + 1" * 3_000 + " }}",
}


@pytest.mark.parametrize("text", DEEP_FILES.values(), ids=DEEP_FILES.keys())
def test_an_included_file_is_held_to_the_nesting_bounds(tmp_path: Path, text: str) -> None:
    """The pack's own templates are checked for nesting when it loads; a file they
    include, import or extend is compiled later, and Python's compiler recursing over
    a chain of 3,000 '+' ended a small-stack thread's process. Every template Jinja
    is handed is checked first."""
    folder = write_pack(tmp_path / "pack", "{% include 'parts/x.md' %}",
                        files={"parts/x.md": text})
    with pytest.raises(rejectlet.RejectletError) as caught:
        compose(folder)
    [found] = caught.value.diagnostics
    assert found.code == "RJ305"
    assert "parts/x.md nests too deeply" in found.message


def test_a_deep_included_file_does_not_end_a_small_stack_thread(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "{% include 'parts/x.md' %}",
                        files={"parts/x.md": DEEP_FILES["chain"]})
    assert _on_a_small_stack(folder, 256) == "RJ305"
