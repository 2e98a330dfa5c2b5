"""rejectlet against the tools a user would pick instead, measured in the same run.

- mailmerge (the command-line mail-merge tool), dry run with raw output, against
  ``rejectlet batch -f eml`` and ``-f text`` on the same generated rows: the
  same people, organisations and sentences, with each tool's own column names.
- bare WeasyPrint writing the identical HTML, against ``render(letter, "pdf")``; and
  bare WeasyPrint writing one document that holds every letter's pages, against a
  batch of the same letters, per letter; and the batch with two workers against one.
- the cold ``rejectlet render -f pdf`` command against ``python -c "import weasyprint"``,
  the import any PDF tool in Python pays before its first page.
- with another checkout (``--peer-before``), its batch commands in the same turns and
  its PDF figures in a child process, so a change is measured against the code it
  replaces in one run.

Whole commands are timed as a user runs them, start-up included, so the
figures per message include each tool's start-up spread over the rows.
"""

from __future__ import annotations

import csv
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
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


def compile_sources(src: Path) -> None:
    """Write the bytecode of a checkout's sources, as installing a wheel does.

    mailmerge was installed with its bytecode; an editable checkout run with
    PYTHONDONTWRITEBYTECODE set would compile rejectlet's modules afresh in every
    command (about 0.1 s), which is not what a user's installed copy pays.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True,
                   stdout=subprocess.DEVNULL)


def timed_command(command: list[str], **options: Any) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the command and its children) of one run.

    CPU time is what to compare on a shared machine: waiting for a core that someone
    else's work holds adds to the wall clock but not to the CPU time.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, **options)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def figure_mailmerge(count: int, median_time: Callable[..., float],
                     report: Callable[..., dict[str, Any]],
                     row: Callable[[int], dict[str, Any]],
                     repeat: int = 3,
                     before: Path | Sequence[Path] | None = None) -> list[dict[str, Any]]:
    """mailmerge against rejectlet's email and text batches, the tools taking turns.

    Each repeat runs every command once, one after the other, so a change in the
    machine's load falls on all of them alike; the medians of wall-clock and of CPU
    time are reported. With ``before`` (another checkout, or several), its ``src`` runs
    the same commands in the same turns, so a change is measured against the code it
    replaces; several are labelled by their folder's name.
    """
    del median_time  # the turns below time every command themselves
    compile_sources(ROOT / "src")
    others = [before] if isinstance(before, Path) else list(before or ())
    versions: dict[str, Path | None] = {"": None}
    for other in others:
        label = "before: " if len(others) == 1 else f"before {other.name}: "
        versions[label] = other / "src"
        compile_sources(other / "src")
    with tempfile.TemporaryDirectory(prefix="rejectlet-peers-") as name:
        folder = Path(name)
        write_tables(folder, count, row)
        raw = folder / "mailmerge.out"
        runs = iter(range(1_000))

        def mailmerge() -> tuple[float, float]:
            with raw.open("wb") as out:
                return timed_command(
                    [_tool("mailmerge"), "--template", "mailmerge_template.txt", "--database",
                     "mailmerge.csv", "--config", "mailmerge_server.conf", "--dry-run",
                     "--no-limit", "--output-format", "raw"],
                    cwd=folder, stdout=out, stderr=subprocess.DEVNULL)

        def batch(src: Path | None, fmt: str, *target: str) -> tuple[float, float]:
            env = dict(os.environ)
            if src is not None:
                env["PYTHONPATH"] = str(src)
            return timed_command([_tool("rejectlet"), "batch", "rows.csv", "--profile",
                                  "profile.yaml", "-f", fmt, *target, "--force"],
                                 cwd=folder, capture_output=True, env=env)

        def fresh_folder(src: Path | None) -> tuple[float, float]:
            # a new folder each time, as a user writing this week's batch; replacing
            # last run's files is timed apart, since the file system then waits for
            # each replaced file's data before the rename (ext4 does so on its own)
            target = folder / f"eml-{next(runs)}"
            target.mkdir()
            return batch(src, "eml", "--each", f"{target.name}/{{n}}.eml")

        (folder / "eml-again").mkdir()
        batch(None, "eml", "--each", "eml-again/{n}.eml")
        jobs: dict[str, Callable[[], tuple[float, float]]] = {"mailmerge": mailmerge}
        for label, src in versions.items():
            jobs[label + "eml"] = lambda src=src: fresh_folder(src)
            jobs[label + "text"] = lambda src=src: batch(
                src, "text", "-o", "all.txt")
        jobs["eml again"] = lambda: batch(None, "eml", "--each", "eml-again/{n}.eml")
        times: dict[str, list[tuple[float, float]]] = {job: [] for job in jobs}
        for _ in range(repeat):
            for job, run in jobs.items():
                times[job].append(run())
        messages = len(set(re.findall(rb"(?m)^>>> message (\d+)$", raw.read_bytes())))
        written = len(list((folder / "eml-0").glob("*.eml")))
    wall = {job: statistics.median(t[0] for t in runs_) / count for job, runs_ in times.items()}
    cpu = {job: statistics.median(t[1] for t in runs_) / count for job, runs_ in times.items()}
    print(f"  mailmerge wrote {messages} messages; rejectlet wrote {written} .eml files; "
          f"{repeat} turns, medians")
    results = []
    for label in versions:
        results += [
            report(f"{label}email per message: rejectlet batch / mailmerge", wall[label + "eml"],
                   wall["mailmerge"], "s", "<= 1.5"),
            report(f"{label}email per message, CPU time / mailmerge's", cpu[label + "eml"],
                   cpu["mailmerge"], "s", "<= 1.5"),
            report(f"{label}text per letter: rejectlet batch / mailmerge", wall[label + "text"],
                   wall["mailmerge"], "s", "<= 1.0"),
            report(f"{label}text per letter, CPU time / mailmerge's", cpu[label + "text"],
                   cpu["mailmerge"], "s", "<= 1.0")]
    results.append(report("email, replacing last run's files / mailmerge", wall["eml again"],
                          wall["mailmerge"], "s", "report"))
    return results


def figure_cold_cli(repeat: int, median_time: Callable[..., float],
                    report: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """The cold command against importing WeasyPrint, taking turns, by wall clock and
    by CPU time (the command's and its children's)."""
    del median_time  # the turns below time both commands themselves
    compile_sources(ROOT / "src")
    with tempfile.TemporaryDirectory(prefix="rejectlet-peers-") as name:
        out = Path(name) / "reply.pdf"
        ours, floor = [], []
        for _ in range(repeat):
            ours.append(timed_command(
                [_tool("rejectlet"), "render", str(ROOT / "examples" / "reply.yaml"), "-f",
                 "pdf", "-o", str(out), "--force"], capture_output=True))
            floor.append(timed_command([sys.executable, "-c", "import weasyprint"],
                                       capture_output=True))
    return [report("cold 'rejectlet render -f pdf' / import weasyprint",
                   statistics.median(t[0] for t in ours),
                   statistics.median(t[0] for t in floor), "s", "report"),
            report("cold render -f pdf, CPU time / import's",
                   statistics.median(t[1] for t in ours),
                   statistics.median(t[1] for t in floor), "s", "report")]


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
        one_cpu, two_cpu = [], []
        for _ in range(repeat):
            one_cpu.append(_critical_cpu(batch(1)))
            two_cpu.append(_critical_cpu(batch(2)))
    one_path = statistics.median(parts[0] + parts[1] for parts in one_cpu)
    two_path = statistics.median(parts[0] + parts[1] for parts in two_cpu)
    caller = statistics.median(parts[0] for parts in two_cpu)
    two_overlapped = statistics.median(parts[2] for parts in two_cpu)
    print(f"  batch of {count}, CPU seconds on the critical path (the caller's own, plus the "
          f"busiest layout worker's): 1 worker {one_path:.3f}, 2 workers {two_path:.3f} "
          f"(the caller {caller:.3f} of it); with composing overlapping layout, "
          f"2 workers {two_overlapped:.3f}")
    return [report("one PDF: render() / bare WeasyPrint", ours_one, bare_one, "s", "<= 1.1"),
            report(f"batch PDF per letter / bare one document ({count})", ours_batch,
                   bare_batch, "s", "<= 1.05"),
            report("batch PDF per letter: 1 worker / 2 workers", ours_batch, two_workers, "s",
                   ">= 1.8"),
            report("batch PDF, CPU critical path: 1 worker / 2", one_path / count,
                   two_path / count, "s", ">= 1.8"),
            report("batch PDF, CPU path, overlapped: 1 worker / 2", one_path / count,
                   two_overlapped / count, "s", ">= 1.8")]


_BEFORE_PDF = """\
import json, sys
sys.path.insert(0, {root!r})
import benchmarks.run as run
sys.path.insert(0, {src!r})
from benchmarks.peers import figure_weasyprint
import rejectlet
assert rejectlet.__file__.startswith({src!r}), rejectlet.__file__
figures = figure_weasyprint({count}, {repeat}, run.median_time, run.report, run.row)
print("FIGURES " + json.dumps(figures))
"""


def figure_weasyprint_before(before: Path, count: int, repeat: int,
                             report: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """The PDF figures with another checkout's code, in a child process (one process
    cannot hold two versions of rejectlet), measured the same way as this one's; run
    next to :func:`figure_weasyprint` so both see the machine's load alike."""
    code = _BEFORE_PDF.format(root=str(ROOT), src=str(before.resolve() / "src"),
                              count=count, repeat=repeat)
    print("  (the checkout before, in a child process:)")
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                            text=True)
    lines = result.stdout.splitlines()
    for line in lines:
        if not line.startswith("FIGURES "):
            print("  " + line)
    figures = json.loads(next(line for line in lines if line.startswith("FIGURES "))[8:])
    return [report("before: " + figure["figure"], figure["value"], figure["floor"],
                   figure["unit"], figure["target"]) for figure in figures]


def _worker_cpu() -> dict[int, float]:
    """CPU seconds used so far by each idle layout worker (Linux: from /proc)."""
    from rejectlet.renderers import isolation

    ticks = os.sysconf("SC_CLK_TCK")
    used = {}
    for worker in list(isolation._pool._idle):
        pid = worker.process.pid
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return used


def _critical_cpu(run: Callable[[], None]) -> tuple[float, float, float]:
    """The CPU time on a batch's critical path: the calling process's own CPU time,
    that of the layout worker that worked longest, and the path when the caller's
    composing overlaps the workers' layout.

    On a machine whose cores are all busy with other work, the wall clock of two
    workers says how the scheduler shared the cores, not what the batch needs; these
    figures are what the batch would take on idle cores (less the pipes' latency).
    The sum of the first two counts the caller's composing as if no worker ran
    meanwhile. The third counts the caller's CPU time until the last chunk left for a
    worker, the busiest worker's, and the caller's after the last chunk came back: an
    upper bound of the path when each chunk leaves as soon as it is composed.
    """
    from rejectlet.renderers import isolation

    real = isolation.call_isolated
    sent: list[float] = []
    back: list[float] = []

    def watched(*args: Any, **kwargs: Any) -> Any:
        sent.append(time.process_time())
        try:
            return real(*args, **kwargs)
        finally:
            back.append(time.process_time())

    before = _worker_cpu()
    isolation.call_isolated = watched
    start = time.process_time()
    try:
        run()
    finally:
        isolation.call_isolated = real
    end = time.process_time()
    caller = end - start
    after = _worker_cpu()
    busiest = max((after[pid] - before.get(pid, 0.0) for pid in after), default=0.0)
    overlapped = (max(sent) - start) + busiest + (end - max(back)) if sent else caller
    return caller, busiest, overlapped
