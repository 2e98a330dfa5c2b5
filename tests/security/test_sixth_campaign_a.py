"""The sixth attack on packs: an SVG image the reference scan could not read.

An SVG file (or ``data:`` URI) of a pack is scanned for what it names beyond
itself. A browser reads SVG in UTF-16, UTF-32 or a declared encoding, so a scan
of its bytes taken as UTF-8 "with replacement" saw no ``href`` at all, and the
HTML carried the outside reference. Now an image is read only as plain UTF-8
text; one that is not is refused (RJ412) by HTML, PDF and ``check`` alike.
"""

from __future__ import annotations

import base64
import gzip
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest

import rejectlet
from rejectlet.cssrefs import svg_as_text
from rejectlet.pack_check import check_pack

from ._support import SVG_SHEET, base_data, codes, write_pack

OUTSIDE = "http://127.0.0.1:9/v.png"
SVG = (f"<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'>"
       f"<image href='{OUTSIDE}' width='4' height='4'/></svg>")
DECLARED = f"<?xml version='1.0' encoding='{{}}'?>{SVG}"

UNREADABLE = {
    "utf-16-with-mark": SVG.encode("utf-16"),
    "utf-16-le-no-mark": SVG.encode("utf-16-le"),
    "utf-16-be-no-mark": SVG.encode("utf-16-be"),
    "utf-32": SVG.encode("utf-32"),
    "gzip": gzip.compress(SVG.encode("utf-8"), mtime=0),
    "ebcdic": DECLARED.format("cp037").encode("cp037"),
    "latin-1-declared": DECLARED.format("ISO-8859-1").encode("latin-1"),
    "utf-7-declared": DECLARED.format("UTF-7").encode("utf-8"),
}


@pytest.mark.parametrize("data", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_svg_that_is_not_plain_utf8_has_no_text_to_trust(data: bytes) -> None:
    assert svg_as_text(data) is None


@pytest.mark.parametrize("data", [SVG.encode("utf-8"), b"\xef\xbb\xbf" + SVG.encode(),
                                  DECLARED.format("UTF-8").encode()])
def test_plain_utf8_svg_is_read(data: bytes) -> None:
    assert svg_as_text(data) is not None


def _refused(letter: rejectlet.Letter, fmt: str) -> list[str]:
    try:
        rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
    except rejectlet.RejectletError as error:
        return codes(error)
    return []


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_an_unreadable_svg_file_is_refused_by_html_and_check(tmp_path: Path,
                                                            name: str) -> None:
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET, files={"l.svg": UNREADABLE[name]})
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "html") == ["RJ412"]
    assert [d.code for d in check_pack(pack) if d.code == "RJ412"] == ["RJ412"]


def test_an_unreadable_svg_file_is_refused_by_the_pdf(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET,
                        files={"l.svg": UNREADABLE["utf-16-with-mark"]})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert _refused(letter, "pdf") == ["RJ412"]


@pytest.mark.parametrize("encode", ["base64", "percent"])
def test_an_unreadable_svg_written_inline_is_refused(tmp_path: Path, encode: str) -> None:
    data = SVG.encode("utf-16")
    body = (";base64," + base64.b64encode(data).decode()) if encode == "base64" else \
        "," + quote_from_bytes(data)
    style = f'body {{ background: url("data:image/svg+xml{body}") }}\n'
    folder = write_pack(tmp_path / "pack", style=style)
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "html") == ["RJ412"]
    assert "RJ412" in [d.code for d in check_pack(pack)]


def test_a_plain_svg_without_references_is_still_carried(tmp_path: Path) -> None:
    svg = "<svg xmlns='http://www.w3.org/2000/svg'><rect width='4' height='4'/></svg>"
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET,
                        files={"l.svg": b"\xef\xbb\xbf" + svg.encode()})
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    assert "data:image/svg+xml;base64," in str(rejectlet.render(letter, "html", force=True))


# -- a comment is where CSS's tokenizer says it is ---------------------------------------

REMOTE = "http://127.0.0.1:9/leak.png"
HIDING = {
    "double-quoted": 'p::before {{ content: "/*"; }}\np {{ background: url({0}); }}\n/* */\n',
    "single-quoted": "p::before {{ content: '/*'; }}\np {{ background: url({0}); }}\n/* */\n",
    "escaped-quote": 'p::before {{ content: "a\\"/*"; }}\np {{ background: url({0}); }}\n/* */\n',
    "unquoted-url": "p {{ background: url(/*); }}\np {{ background: url({0}); }}\n/* */\n",
    "escaped-url-name": "p {{ background: u\\72l(/*); }}\np {{ background: url({0}); }}\n/**/\n",
}


@pytest.mark.parametrize("css", HIDING.values(), ids=HIDING.keys())
def test_a_comment_opener_inside_a_token_hides_nothing_from_the_html(tmp_path: Path,
                                                                     css: str) -> None:
    folder = write_pack(tmp_path / "pack", style=css.format(REMOTE))
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "html")
    assert [d for d in check_pack(pack) if REMOTE in d.message or "/*" in d.message]


@pytest.mark.parametrize("css", HIDING.values(), ids=HIDING.keys())
def test_a_comment_opener_inside_a_token_hides_nothing_from_the_email(tmp_path: Path,
                                                                      css: str) -> None:
    folder = write_pack(tmp_path / "pack", email_style=css.format(REMOTE))
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "email") == ["RJ432"]
    assert "RJ432" in [d.code for d in check_pack(pack)]


def test_a_reference_inside_a_real_comment_is_still_ignored(tmp_path: Path) -> None:
    css = f"/* old: url({REMOTE}) */\np {{ color: navy }}\r\n/* b\r\n url({REMOTE}) */\n"
    folder = write_pack(tmp_path / "pack", style=css, email_style=css)
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "html") == []
    assert _refused(letter, "email") == []


# -- a name filter is one step: it never parses more text than a name can be -------------

@pytest.mark.parametrize("pattern", ["a,b ", "a ,", "a, ", "Dr. "])
def test_text_longer_than_a_name_is_never_handed_to_the_name_parser(
        monkeypatch: pytest.MonkeyPatch, pattern: str) -> None:
    from rejectlet import names

    def no_parser() -> None:
        raise AssertionError("the name parser was given text no name is")

    monkeypatch.setattr(names, "_parser", no_parser)
    text = pattern * 49_000
    for read in (names.given_name, names.formal_name, names.friendly_name):
        read(text)  # no parser: the assertion above would fail
    assert names.family_name(text) == names.plain_name(text) == " ".join(text.split())
    assert names.parse_name(text).family == " ".join(text.split())


def test_a_pack_filtering_a_huge_string_as_a_name_composes(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from rejectlet import names

    seen: list[int] = []
    real = names._parse_name

    def spy(text: str) -> names.PersonName:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(names, "_parse_name", spy)
    body = "Fit: {{ ('a,b ' * 49000)|family_name|length }} and {{ name|given_name }}."
    folder = write_pack(tmp_path / "pack", body)
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    text = rejectlet.render(letter, "text", force=True)
    assert "Fit: 195999 and Ann." in " ".join(str(text).split())
    assert seen and max(seen) <= names.MAX_NAME_CHARS


# -- the signature image is an input: no output may overwrite it -------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def _signed(tmp_path: Path) -> Path:
    example = Path(__file__).resolve().parents[2] / "examples" / "reply.yaml"
    data = tmp_path / "d.yaml"
    data.write_text(example.read_text("utf-8") + "signature_image: sig.png\n", "utf-8")
    (tmp_path / "sig.png").write_bytes(PNG)
    return data


@pytest.mark.parametrize("args", [["-f", "text", "-o", "sig.png"],
                                  ["-f", "text", "-o", "x.txt", "--reminder", "sig.png"]])
def test_render_never_writes_over_the_signature_image(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      args: list[str]) -> None:
    from click.testing import CliRunner

    from rejectlet.cli import main

    data = _signed(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", str(data), "--force", "--allow-errors", *args])
    assert result.exit_code == 2, result.output
    assert "RJ421" in result.output
    assert (tmp_path / "sig.png").read_bytes() == PNG


def test_a_batch_never_writes_over_a_signature_image(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from rejectlet.cli import main

    profile = _signed(tmp_path)
    table = tmp_path / "rows.csv"
    table.write_text("recipient.name,organization\nAna Lima,Cedar Rail\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    for where in (["-o", "sig.png"], ["--each", "sig.png"]):
        result = CliRunner().invoke(main, ["batch", str(table), "--profile", str(profile),
                                           "-f", "text", "--force", *where])
        assert "RJ421" in result.output, result.output
        assert (tmp_path / "sig.png").read_bytes() == PNG


# -- files written and read again go through the doors ------------------------------------

def test_schemas_are_written_by_the_output_writer(tmp_path: Path) -> None:
    from rejectlet.schema import write_schemas

    folder = tmp_path / "schemas"
    folder.mkdir()
    nowhere = tmp_path / "elsewhere" / "made.json"
    (folder / "pack.schema.json").symlink_to(nowhere)
    # a link to nothing is refused (writing through it would create what it names)
    with pytest.raises(rejectlet.OutputError) as caught:
        write_schemas(folder)
    assert [d.code for d in caught.value.diagnostics] == ["RJ423"]
    assert not nowhere.parent.exists()
    (folder / "pack.schema.json").unlink()
    written = write_schemas(folder)
    assert {Path(p).name for p in written} >= {"pack.schema.json", "letter.schema.json"}
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def _fifo_holding(tmp_path: Path, text: str) -> tuple[Path, int]:
    import os

    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    # held open for reading and writing, so a plain open() would not block but read it
    descriptor = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    os.write(descriptor, text.encode())
    return fifo, descriptor


def test_a_source_line_is_not_read_from_a_fifo(tmp_path: Path) -> None:
    import os

    from rejectlet.diagnostics import Location
    from rejectlet.yamlio import word_location

    fifo, descriptor = _fifo_holding(tmp_path, "body: the word here\n")
    try:
        at = Location(str(fifo), 1, 1)
        assert word_location(at, "word") == at
    finally:
        os.close(descriptor)


def test_a_sarif_fix_reads_no_more_than_the_file_door_allows(tmp_path: Path) -> None:
    from rejectlet.diagnostics import Diagnostic, Fix, Location, Severity
    from rejectlet.reports import sarif_log
    from rejectlet.source_text import MAX_SOURCE_BYTES

    grown = tmp_path / "grown.yaml"
    grown.write_text("role: Analystt\n" + "#" * MAX_SOURCE_BYTES + "\n", "utf-8")
    found = Diagnostic("RJ204", Severity.ERROR, "m", Location(str(grown), 1, 7),
                       fix=Fix("Analystt", "Analyst", "spell it"))
    [result] = sarif_log([found])["runs"][0]["results"]
    assert "fixes" not in result
    small = tmp_path / "small.yaml"
    small.write_text("role: Analystt\n", "utf-8")
    found = Diagnostic("RJ204", Severity.ERROR, "m", Location(str(small), 1, 7),
                       fix=Fix("Analystt", "Analyst", "spell it"))
    [result] = sarif_log([found])["runs"][0]["results"]
    assert "fixes" in result


@pytest.mark.parametrize("default", ["2026-01-01", "2026-01-01T10:00:00", ".nan", ".inf"])
def test_schema_of_a_pack_with_an_odd_default_is_json(tmp_path: Path, default: str) -> None:
    import json

    from click.testing import CliRunner

    from rejectlet.cli import main

    folder = write_pack(tmp_path / "pack")
    text = (folder / "pack.yaml").read_text("utf-8").replace(
        "  url: {type: string}", f"  url: {{type: string, default: {default}}}")
    (folder / "pack.yaml").write_text(text, "utf-8")
    result = CliRunner().invoke(main, ["schema", "letter", "--pack", str(folder)])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert "NaN" not in result.stdout and "Infinity" not in result.stdout
    assert schema


# -- Markdown is handed nothing it would recurse or rescan without end ---------------------

MARKDOWN_TRAPS = {
    "nested-dashes": "- " * 1000 + "x",
    "nested-stars": "* " * 1000 + "x",
    "nested-numbers": "1. " * 1000 + "x",
    "nested-quotes": "> " * 1000 + "x",
    "nested-emphasis": "*a " * 1000 + "x" + " a*" * 1000,
    "code-spans-in-a-loop": "{% for c in 'x' * 10000 %}``a`{% endfor %}",
    "escapes-in-a-loop": "{% for c in 'x' * 40000 %}a\\\\{% endfor %}",
}


@pytest.mark.parametrize("body", MARKDOWN_TRAPS.values(), ids=MARKDOWN_TRAPS.keys())
def test_markdown_that_would_recurse_or_rescan_is_refused_at_the_section(
        tmp_path: Path, body: str) -> None:
    folder = write_pack(tmp_path / "pack", body)
    pack = rejectlet.load_pack(folder)
    with pytest.raises(rejectlet.TemplateError) as caught:
        rejectlet.compose(pack, "note", base_data())
    [problem] = caught.value.diagnostics
    assert problem.code == "RJ308"
    assert problem.location is not None and problem.location.in_file


def test_ordinary_lists_and_emphasis_still_render(tmp_path: Path) -> None:
    body = "I enjoyed:\n\n- the *team*\n- the `code` review\n  - and _more_\n\n> a quote"
    folder = write_pack(tmp_path / "pack", body)
    letter = rejectlet.compose(rejectlet.load_pack(folder), "note", base_data())
    text = str(rejectlet.render(letter, "text", force=True))
    assert "team" in text and "code" in text and "more" in text


@pytest.mark.parametrize("svg", [
    "<svg xmlns='http://www.w3.org/2000/svg'><style>text::before { content: \"/*\"; } "
    "rect { fill: url(http://127.0.0.1:9/x.svg#p); } /* */</style><rect/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><text>\"</text><style>x { content: \"/*\" } "
    "rect { fill: url(http://127.0.0.1:9/x.svg#p); } /* */</style><rect/></svg>",
], ids=["string-in-style", "quote-in-markup"])
def test_a_comment_opener_in_an_svg_style_hides_nothing(tmp_path: Path, svg: str) -> None:
    folder = write_pack(tmp_path / "pack", style=SVG_SHEET, files={"l.svg": svg})
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    assert _refused(letter, "html") == ["RJ412"]
    assert [d.code for d in check_pack(pack) if d.code == "RJ412"] == ["RJ412"]


# -- a letter kind's id is a name, never a path ---------------------------------------------

@pytest.mark.parametrize("lid", ["../../SECRET", "a/b", "x\" onmouseover=\"y", "r" * 300, "."])
def test_a_letter_id_that_is_no_name_is_refused_at_its_key(tmp_path: Path, lid: str) -> None:
    from ._support import PACK_YAML

    folder = write_pack(tmp_path / "pack")
    quoted = "'" + lid.replace("'", "''") + "'"
    (folder / "pack.yaml").write_text(PACK_YAML.replace("@STYLES@", "").replace(
        "  note:\n    type: custom", f"  {quoted}:\n    type: custom"), "utf-8")
    with pytest.raises(rejectlet.PackError) as caught:
        rejectlet.load_pack(folder)
    assert "RJ113" in [d.code for d in caught.value.diagnostics]
    assert all(d.location is not None and d.location.line > 0
               for d in caught.value.diagnostics if d.code == "RJ113")
    assert len(str(caught.value)) < 2_000


# -- a plural is never asked of inflect for text longer than a word -------------------------

def test_a_noun_longer_than_a_word_is_never_handed_to_inflect(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rejectlet import grammar

    def no_engine() -> None:
        raise AssertionError("inflect was given text no word is")

    grammar.plural_of.cache_clear()
    monkeypatch.setattr(grammar, "_engine", no_engine)
    assert grammar.plural_of("analysis" * 3000) == "analysis" * 3000 + "es"
    assert grammar.plural_of("the " + "crisis" * 100) == "the " + "crisis" * 100 + "es"
    grammar.plural_of.cache_clear()
