"""The format table is the one list of output formats: the API, its typing, the
command line and batch all follow it, and nothing reaches into a renderer's privates."""

from __future__ import annotations

import ast
from email.message import EmailMessage
from pathlib import Path
from typing import get_args

import click
import pytest

import rejectlet
from rejectlet.cli import main
from rejectlet.paper.options import PrintOptions
from rejectlet.renderers import output_formats
from rejectlet.renderers.output_formats import OUTPUT_FORMATS, by_cli_name

SRC = Path(rejectlet.__file__).parent
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reply.yaml"


def test_the_typing_overloads_match_the_table() -> None:
    by_result = {result: {e.name for e in OUTPUT_FORMATS.values() if e.result == result}
                 for result in ("text", "bytes", "message")}
    assert set(get_args(output_formats.TextFormat)) == by_result["text"]
    assert set(get_args(output_formats.BytesFormat)) == by_result["bytes"]
    assert set(get_args(output_formats.MessageFormat)) == by_result["message"]


def test_the_public_format_list_is_the_table() -> None:
    assert tuple(OUTPUT_FORMATS) == rejectlet.FORMATS


def _choices(command: str) -> tuple[str, ...]:
    sub = main.commands[command]
    option = next(p for p in sub.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    return tuple(option.type.choices)


def test_the_command_line_offers_the_formats_of_the_table() -> None:
    assert _choices("render") == tuple(e.cli_name for e in OUTPUT_FORMATS.values())
    assert set(_choices("batch")) == {e.cli_name for e in OUTPUT_FORMATS.values() if e.batch}
    assert by_cli_name("eml").name == "email"


@pytest.mark.parametrize("name", list(OUTPUT_FORMATS))
def test_each_format_gives_what_the_table_says(name: str) -> None:
    entry = OUTPUT_FORMATS[name]
    letter = rejectlet.letter_from_file(EXAMPLE)
    result = rejectlet.render(letter, name)
    expected = {"text": str, "bytes": bytes, "message": EmailMessage}[entry.result]
    assert isinstance(result, expected)
    content = entry.file_content(letter, PrintOptions())
    assert isinstance(content, bytes) is entry.binary
    if entry.media_type == "application/pdf":
        assert isinstance(content, bytes) and content.startswith(b"%PDF-")
    assert entry.suffix.endswith("." + entry.extension)


def test_an_unknown_format_lists_the_table() -> None:
    letter = rejectlet.letter_from_file(EXAMPLE)
    with pytest.raises(rejectlet.RenderError) as raised:
        rejectlet.render(letter, "docx")
    assert raised.value.diagnostics[0].code == "RJ413"
    assert all(name in raised.value.diagnostics[0].hint for name in OUTPUT_FORMATS)


def _private_imports(path: Path, package: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and package in node.module:
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


@pytest.mark.parametrize("path", [*sorted((SRC / "paper").glob("*.py")), SRC / "batch.py"],
                         ids=lambda p: p.name)
def test_paper_and_batch_use_only_public_renderer_functions(path: Path) -> None:
    assert _private_imports(path, "renderers") == []


def test_the_table_loads_no_renderer_until_one_is_used() -> None:
    import subprocess
    import sys

    code = ("import sys, rejectlet.renderers.output_formats; "
            "print(sorted(m for m in ('weasyprint', 'email.message', 'css_inline', "
            "'rejectlet.renderers.pdf', 'rejectlet.renderers.email') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[]"
