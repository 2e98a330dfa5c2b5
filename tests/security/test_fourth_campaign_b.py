"""A CSV header whose names would make cells vanish stops the table at that name.

A column with no name, a name with spaces around it, a name given twice, and a
name used both as a value and as a group of values (``recipient`` beside
``recipient.name``) would each leave some cell out of the letter without a word;
each is refused with RJ213 at the header's line and column, with a fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rejectlet
from rejectlet.batch import read_csv_rows

ROW = "A,KEEPME,Org,Role\n"


@pytest.mark.parametrize(("header", "column", "old", "new"), [
    ("recipient.name,organization,organization,role\n", 29, "organization", ""),
    ("recipient.name,,organization,role\n", 16, "", ""),
    ("recipient.name,organization, organization,role\n", 29, " organization",
     "organization"),
    ("recipient.name,organization ,role,x\n", 16, "organization ", "organization"),
    ("recipient,recipient.name,organization,role\n", 11, "recipient", ""),
    ("recipient.name,recipient,organization,role\n", 1, "recipient", ""),
    ("a.b.c,x,a.b,y\n", 1, "a.b", ""),
])
def test_a_header_that_would_drop_cells_is_refused_at_its_column(
        tmp_path: Path, header: str, column: int, old: str, new: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(header + ROW, encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        list(read_csv_rows(path, set()))
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ213"
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (1, column)
    assert diagnostic.fix is not None
    assert (diagnostic.fix.old, diagnostic.fix.new) == (old, new)
    assert diagnostic.fix.description


def test_every_bad_header_name_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("a,,a, b\n1,2,3,4\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        list(read_csv_rows(path, set()))
    columns = [d.location.column for d in caught.value.diagnostics if d.location]
    assert columns == [3, 4, 6]


@pytest.mark.parametrize("header", [
    "recipient.name,organization,role,x,\n",
    "recipient.name,recipient.title,organization,role\n",
    "recipient.name,recipients,organization,role\n",
])
def test_a_sound_header_still_reads(tmp_path: Path, header: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(header + ROW, encoding="utf-8")
    [row] = list(read_csv_rows(path, set()))
    assert not row.problems
    assert "KEEPME" in str(dict(row.values))


SVG_OUT = {
    "image-href": "<svg xmlns='http://www.w3.org/2000/svg'><image href='http://evil.example/"
                  "i.png'/></svg>",
    "style-import": "<svg xmlns='http://www.w3.org/2000/svg'><style>@import "
                    "'http://evil.example/a.css';</style></svg>",
    "fill-other-file": "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='url(ok.png)' "
                       "width='5' height='5'/></svg>",
}
SHEET = "p { color: red }\nbody { background: url(l.svg) }\n"


def _svg_pack(tmp_path: Path, svg: str) -> Path:
    from tests.security._support import write_pack

    return write_pack(tmp_path / "pack", style=SHEET,
                      files={"l.svg": svg, "ok.png": b"\x89PNG\r\n\x1a\n"})


@pytest.mark.parametrize("svg", SVG_OUT.values(), ids=SVG_OUT.keys())
def test_a_pack_svg_that_names_other_files_is_refused_everywhere(
        tmp_path: Path, svg: str) -> None:
    from rejectlet.pack_check import check_pack
    from tests.security._support import base_data

    pack = rejectlet.load_pack(_svg_pack(tmp_path, svg))
    letter = rejectlet.compose(pack, "note", base_data())
    for fmt in ("html", "pdf"):
        with pytest.raises(rejectlet.RejectletError) as caught:
            rejectlet.render(letter, fmt, force=True)
        [diagnostic] = caught.value.diagnostics
        assert diagnostic.code == "RJ412", fmt
        assert diagnostic.location is not None
        assert (diagnostic.location.line, diagnostic.location.column) == (2, 20), fmt
    found = [d for d in check_pack(pack) if d.code == "RJ412"]
    assert [(d.location.line, d.location.column) for d in found if d.location] == [(2, 20)]


def test_a_pack_svg_using_only_its_own_parts_is_inlined(tmp_path: Path) -> None:
    from rejectlet.pack_check import check_pack
    from tests.security._support import base_data

    svg = ("<svg xmlns='http://www.w3.org/2000/svg'><defs><linearGradient id='g'/></defs>"
           "<rect fill='url(#g)' width='5' height='5'/></svg>")
    pack = rejectlet.load_pack(_svg_pack(tmp_path, svg))
    letter = rejectlet.compose(pack, "note", base_data())
    assert "data:image/svg+xml;base64," in str(rejectlet.render(letter, "html", force=True))
    assert not [d for d in check_pack(pack) if d.code == "RJ412"]


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_check_of_a_yaml_target_that_is_no_file_is_rj102(tmp_path: Path, kind: str) -> None:
    import os

    from click.testing import CliRunner

    from rejectlet.cli import main

    target = tmp_path / "f.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    result = CliRunner().invoke(main, ["check", str(target)])
    assert result.exit_code == 2, result.output
    assert "RJ102" in result.output and "RJ101" not in result.output


def test_an_include_naming_a_fifo_is_rj102_at_the_include(tmp_path: Path) -> None:
    import os

    from rejectlet.data import read_data_file

    os.mkfifo(tmp_path / "inc.yaml")
    data = tmp_path / "reply.yaml"
    data.write_text("pack: classic\ninclude: inc.yaml\n", encoding="utf-8")
    with pytest.raises(rejectlet.DataError) as caught:
        read_data_file(data)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "RJ102"
    assert diagnostic.location is not None
    assert (diagnostic.location.line, diagnostic.location.column) == (2, 10)
