"""rejectlet against the tools a user would pick instead, measured in the same run.

- mailmerge (the command-line mail-merge tool), dry run with raw output, against
  ``rejectlet batch -f eml`` and ``-f text`` on the same generated rows: the
  same people, organisations and sentences, with each tool's own column names.
- bare WeasyPrint writing the identical HTML, against ``render(letter, "pdf")``; and
  bare WeasyPrint writing one document that holds every letter's pages, against a
  batch of the same letters, per letter; and the batch with two workers against one.
- the cold ``rejectlet render -f pdf`` command against ``python -c "import weasyprint"``,
  the import any PDF tool in Python pays before its first page.

Whole commands are timed as a user runs them, start-up included, so the
figures per message include each tool's start-up spread over the rows.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

MAILMERGE_TEMPLATE = """\
TO: {{recipient_email}}
FROM: Priya Raman <priya.raman@example.com>
SUBJECT: Priya Raman - {{role}} Position
CONTENT-TYPE: text/markdown

Dear {{recipient_title}} {{recipient_last}},

Thank you for letting me know your decision about the {{role}} position, and for \
the time and consideration you gave my application. It was a pleasure to meet \
{{met_with}}, and I especially enjoyed {{detail}}.

Six years of building demand forecasts for freight taught me to turn data into \
decisions that dispatchers and planners act on the same week. I would be glad \
to bring that experience to {{organization}}.

My interest in {{organization}} has not changed. I would be grateful if you kept \
me in mind for similar openings, or for any role where my experience could serve \
your team.

Sincerely,

Priya Raman

P.S. If you have a moment, I would welcome any thoughts on what I could strengthen.
"""

MAILMERGE_CONFIG = """\
[smtp_server]
host = 127.0.0.1
port = 25
security = Never
username = none
"""

PROFILE = """\
pack: classic
letter: reply
sender:
  name: Priya Raman
  email: priya.raman@example.com
  address: |
    418 Alder Street, Apt. 3
    Portland, OR 97205
strengths: >-
  Six years of building demand forecasts for freight taught me to turn data
  into decisions that dispatchers and planners act on the same week.
ask_feedback: true
"""


def write_tables(folder: Path, count: int, row: Callable[[int], dict[str, Any]]) -> None:
    """The same rows twice: rejectlet's dotted columns and mailmerge's plain ones."""
    ours = ["recipient.name", "recipient.title", "recipient.email", "recipient.job_title",
            "organization", "role", "met_with", "detail", "date"]
    theirs = ["recipient_email", "recipient_title", "recipient_last", "organization", "role",
              "met_with", "detail"]
    with (folder / "rows.csv").open("w", newline="", encoding="utf-8") as mine, \
            (folder / "mailmerge.csv").open("w", newline="", encoding="utf-8") as peer:
        write_ours, write_theirs = csv.writer(mine), csv.writer(peer)
        write_ours.writerow(ours)
        write_theirs.writerow(theirs)
        for i in range(count):
            values = row(i)
            person = dict(values["recipient"])
            # an address both tools accept: "tomás" is written "tomas"
            person["email"] = unicodedata.normalize("NFKD", person["email"]).encode(
                "ascii", "ignore").decode()
            write_ours.writerow([person["name"], person["title"], person["email"],
                                 person["job_title"], values["organization"], values["role"],
                                 ";".join(values["met_with"]), values["detail"],
                                 values["date"].isoformat()])
            write_theirs.writerow([person["email"], person["title"], person["name"].split()[-1],
                                   values["organization"], values["role"],
                                   " and ".join(values["met_with"]), values["detail"]])
    (folder / "profile.yaml").write_text(PROFILE, encoding="utf-8")
    (folder / "mailmerge_template.txt").write_text(MAILMERGE_TEMPLATE, encoding="utf-8")
    (folder / "mailmerge_server.conf").write_text(MAILMERGE_CONFIG, encoding="utf-8")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"benchmark: {name} is not installed; run ./setup.sh "
                         "(the development tools include it)")
    return found


def figure_mailmerge(count: int, median_time: Callable[..., float],
                     report: Callable[..., dict[str, Any]],
                     row: Callable[[int], dict[str, Any]],
                     repeat: int = 3) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="rejectlet-peers-") as name:
        folder = Path(name)
        write_tables(folder, count, row)
        raw = folder / "mailmerge.out"

        def mailmerge() -> None:
            with raw.open("wb") as out:
                subprocess.run([_tool("mailmerge"), "--template", "mailmerge_template.txt",
                                "--database", "mailmerge.csv", "--config",
                                "mailmerge_server.conf", "--dry-run", "--no-limit",
                                "--output-format", "raw"],
                               cwd=folder, check=True, stdout=out, stderr=subprocess.DEVNULL)

        def batch(fmt: str, *target: str) -> Callable[[], None]:
            def run() -> None:
                subprocess.run([_tool("rejectlet"), "batch", "rows.csv", "--profile",
                                "profile.yaml", "-f", fmt, *target, "--force"],
                               cwd=folder, check=True, capture_output=True)
            return run

        runs = iter(range(1_000))

        def fresh_folder() -> None:
            # a new folder each time, as a user writing this week's batch; replacing
            # last run's files is timed apart, since the file system then waits for
            # each replaced file's data before the rename (ext4 does so on its own)
            target = folder / f"eml-{next(runs)}"
            target.mkdir()
            batch("eml", "--each", f"{target.name}/{{n}}.eml")()

        peer = median_time(mailmerge, repeat) / count
        messages = len(set(re.findall(rb"(?m)^>>> message (\d+)$", raw.read_bytes())))
        eml = median_time(fresh_folder, repeat) / count
        text = median_time(batch("text", "-o", "all.txt"), repeat) / count
        (folder / "eml-again").mkdir()
        again = batch("eml", "--each", "eml-again/{n}.eml")
        again()
        replacing = median_time(again, repeat) / count
        written = len(list((folder / "eml-0").glob("*.eml")))
    print(f"  mailmerge wrote {messages} messages; rejectlet wrote {written} .eml files")
    return [report("email per message: rejectlet batch / mailmerge", eml, peer, "s", "<= 1.5"),
            report("email, replacing last run's files / mailmerge", replacing, peer, "s",
                   "report"),
            report("text per letter: rejectlet batch / mailmerge", text, peer, "s", "<= 1.0")]


def figure_cold_cli(repeat: int, median_time: Callable[..., float],
                    report: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="rejectlet-peers-") as name:
        out = Path(name) / "reply.pdf"
        ours = median_time(lambda: subprocess.run(
            [_tool("rejectlet"), "render", str(ROOT / "examples" / "reply.yaml"), "-f", "pdf",
             "-o", str(out), "--force"], check=True, capture_output=True), repeat)
        floor = median_time(lambda: subprocess.run(
            [sys.executable, "-c", "import weasyprint"], check=True, capture_output=True), repeat)
    return [report("cold 'rejectlet render -f pdf' / import weasyprint", ours, floor, "s",
                   "report")]


def figure_weasyprint(count: int, repeat: int, median_time: Callable[..., float],
                      report: Callable[..., dict[str, Any]],
                      row: Callable[[int], dict[str, Any]]) -> list[dict[str, Any]]:
    """rejectlet's PDFs against bare WeasyPrint laying out the identical HTML."""
    import datetime as dt

    import weasyprint

    import rejectlet
    from rejectlet.batch import BatchJob, Row, _located, run_batch
    from rejectlet.paper.options import PrintOptions
    from rejectlet.paper.print_html import build_print_html, print_article, print_document
    from rejectlet.renderers.pdf import layout_for

    pack = rejectlet.load_pack("classic")
    base_url = pack.root.as_uri() + "/"
    letters = [rejectlet.compose(pack, "reply", row(i)) for i in range(count)]
    layout = layout_for(letters[0], PrintOptions())
    created = dt.datetime.now(dt.UTC)

    one = letters[1]
    rejectlet.render(one, "pdf", force=True)  # both paths warm: fonts, stylesheets
    html = build_print_html(one, layout, created=created)
    weasyprint.HTML(string=html, base_url=base_url).write_pdf()
    ours_one = median_time(lambda: rejectlet.render(one, "pdf", force=True), repeat)
    bare_one = median_time(lambda: weasyprint.HTML(string=html, base_url=base_url).write_pdf(),
                           repeat)

    articles = [print_article(letter, layout, bookmark=f"letter {i}")
                for i, letter in enumerate(letters, start=1)]
    whole = print_document(letters[0], layout, articles, title="benchmark", created=created)
    bare_batch = median_time(lambda: weasyprint.HTML(string=whole, base_url=base_url)
                             .write_pdf(), repeat) / count
    rows = []
    for i in range(count):
        values = _located(rejectlet.Location("<bench>", i + 2, 1))
        for key, value in row(i).items():
            values[key] = value
        rows.append(Row(i + 2, values))
    with tempfile.TemporaryDirectory(prefix="rejectlet-peers-") as name:
        def batch(jobs: int) -> Callable[[], None]:
            def run() -> None:
                run_batch(BatchJob(pack=pack, kind="reply", rows=rows, jobs=jobs,
                                   output=Path(name) / "all.pdf", overwrite=True))
            return run

        batch(2)()  # start the layout workers once, as a long-lived caller would
        ours_batch = median_time(batch(1), repeat) / count
        two_workers = median_time(batch(2), repeat) / count
    return [report("one PDF: render() / bare WeasyPrint", ours_one, bare_one, "s", "<= 1.1"),
            report(f"batch PDF per letter / bare one document ({count})", ours_batch,
                   bare_batch, "s", "<= 1.05"),
            report("batch PDF per letter: 1 worker / 2 workers", ours_batch, two_workers, "s",
                   ">= 1.8")]
