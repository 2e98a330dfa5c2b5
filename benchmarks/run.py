"""rejectlet's benchmark: each figure against a floor measured in the same run.

Run it from a set-up checkout:  .venv/bin/python benchmarks/run.py
or one figure:                   .venv/bin/python benchmarks/run.py --only batch

Every figure prints the median of several runs, the floor, and their ratio.
Absolute times move with the machine's load; the ratios are what to compare.
This is not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

FIRST_NAMES = ["Elena", "Marcus", "Ana", "Joe", "Priya", "Tomás", "Grace", "Luis", "Kim", "Noor"]
LAST_NAMES = ["Marsh", "Bell", "Lima", "Park", "Raman", "Ortega", "Hale", "Costa", "Yoon", "Aziz"]
COMPANIES = ["Northwind Logistics", "Bluewater Freight", "Cedar Rail", "Harbor Analytics",
             "Summit Health", "Riverbend Bank", "Oakline Studio", "Fernhill Software"]
ROLES = ["Senior Data Analyst", "Planning Analyst", "Data Scientist", "Product Designer",
         "Operations Lead", "Support Engineer"]


def _ascii(name: str) -> str:
    """A name as an address's local part takes it: "Tomás" is written "tomas"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def row(i: int) -> dict[str, Any]:
    """Varied, realistic data for letter number i."""
    first, last = FIRST_NAMES[i % 10], LAST_NAMES[(i // 10) % 10]
    return {
        "sender": {"name": "Priya Raman", "email": "priya.raman@example.com",
                   "address": "418 Alder Street\nPortland, OR 97205"},
        "recipient": {"name": f"{first} {last}", "title": ["Ms.", "Mr.", "Dr."][i % 3],
                      "email": f"{_ascii(first).lower()}.{last.lower()}@example.com",
                      "job_title": "Hiring Manager", "address": f"{100 + i} Harbor Way\nSeattle"},
        "organization": COMPANIES[i % len(COMPANIES)],
        "role": ROLES[i % len(ROLES)],
        "met_with": ["you", f"{FIRST_NAMES[(i + 3) % 10]} {LAST_NAMES[(i + 7) % 10]}"],
        "detail": f"hearing about project number {i} and how the team ran it",
        "strengths": (f"Over {3 + i % 7} years I built forecasting tools that planners used "
                      "every week, and I would bring that habit of useful analysis with me."),
        "date": dt.date(2026, 11, 1) + dt.timedelta(days=i % 28),
    }


def median_time(func: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: float, floor: float, unit: str, target: str) -> dict[str, Any]:
    ratio = value / floor if floor else float("inf")
    print(f"{name:<44} {value:>10.4f} {unit:<8} floor {floor:>10.4f} {unit:<8} "
          f"ratio {ratio:>6.2f}  (target {target})")
    return {"figure": name, "value": value, "floor": floor, "unit": unit, "ratio": ratio,
            "target": target}


def figure_import(repeat: int) -> list[dict[str, Any]]:
    python = sys.executable
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def run(code: str) -> Callable[[], None]:
        return lambda: subprocess.run([python, "-c", code], check=True, env=env)

    ours = median_time(run("import rejectlet"), repeat)
    floor = median_time(run("import jinja2, yaml, markdown"), repeat)
    # names load on first use, so also show what the first real call costs
    first_use = median_time(run("import rejectlet; rejectlet.load_pack('classic')"), repeat)
    return [report("import rejectlet", ours, floor, "s", "<= 1.3"),
            report("import rejectlet + load a pack (first use)", first_use, floor, "s",
                   "report")]


def figure_letters(count: int) -> list[dict[str, Any]]:
    import jinja2

    import rejectlet

    pack = rejectlet.load_pack("classic")
    rows = [row(i) for i in range(count)]

    def ours() -> None:
        for data in rows:
            letter = rejectlet.compose(pack, "reply", data)
            rejectlet.validate(letter)
            rejectlet.render(letter, "text", force=True)

    # The floor: one precompiled plain template giving the same final text, filled with
    # the same values. Built from a rendered letter by putting placeholders back.
    sample = rejectlet.render(rejectlet.compose(pack, "reply", rows[0]), "text", force=True)
    flat = {"org": rows[0]["organization"], "role": rows[0]["role"],
            "name": rows[0]["recipient"]["name"].split()[-1], "detail": rows[0]["detail"]}
    source = sample
    for key, value in sorted(flat.items(), key=lambda kv: -len(kv[1])):
        source = source.replace(value, "{{ " + key + " }}")
    template = jinja2.Environment().from_string(source)
    flats = [{"org": r["organization"], "role": r["role"],
              "name": r["recipient"]["name"].split()[-1], "detail": r["detail"]} for r in rows]

    def floor() -> None:
        for values in flats:
            template.render(values)

    mine = median_time(ours, 3) / count
    base = median_time(floor, 3) / count
    return [report(f"compose+validate+text, per letter ({count})", mine * 1e3, base * 1e3,
                   "ms", "<= 3")]


def figure_pack_loading(repeat: int) -> list[dict[str, Any]]:
    import yaml

    from rejectlet.pack import load_pack
    from rejectlet.pack.finder import load_pack_folder

    folder = load_pack("classic").root
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    parse = median_time(lambda: yaml.load(text, Loader=loader), repeat)
    cold = median_time(lambda: load_pack_folder(folder, "built-in"), repeat)
    warm = median_time(lambda: load_pack("classic"), repeat)
    return [report("load classic pack, cold", cold * 1e3, parse * 1e3, "ms", "report"),
            report("load classic pack, warm (cached)", warm * 1e3, parse * 1e3, "ms",
                   "report")]


def figure_pdf_one(repeat: int) -> list[dict[str, Any]]:
    import weasyprint

    import rejectlet
    from rejectlet.paper.formats import load_formats
    from rejectlet.paper.print_html import build_print_html
    from rejectlet.renderers.pdf import font_subsetting_path

    pack = rejectlet.load_pack("classic")
    letter = rejectlet.compose(pack, "reply", row(1))
    rejectlet.render(letter, "pdf", force=True)  # warm both paths up
    created = dt.datetime.now(dt.UTC)
    html = build_print_html(letter, load_formats().layout("letter-plain"), created=created)
    base_url = pack.root.as_uri() + "/"
    ours = median_time(lambda: rejectlet.render(letter, "pdf", force=True), repeat)
    floor = median_time(lambda: weasyprint.HTML(string=html, base_url=base_url).write_pdf(),
                        repeat)
    print(f"  font subsetting: {font_subsetting_path()}")
    return [report("render one PDF", ours, floor, "s", "<= 1.15")]


def figure_batch(count: int, singles: int) -> list[dict[str, Any]]:
    import rejectlet
    from rejectlet.batch import BatchJob, Row, _located, run_batch

    pack = rejectlet.load_pack("classic")
    rows = []
    for i in range(count):
        values = _located(rejectlet.Location("<bench>", i + 2, 1))
        for key, value in row(i).items():
            values[key] = value
        rows.append(Row(i + 2, values))
    with tempfile.TemporaryDirectory() as folder:
        def batch(jobs: int) -> Callable[[], None]:
            def run() -> None:
                run_batch(BatchJob(pack=pack, kind="reply", rows=rows, jobs=jobs,
                                   output=Path(folder) / "all.pdf", overwrite=True))
            return run

        one_batch = median_time(batch(1), 1) / count
        two_cores = median_time(batch(2), 1) / count
        letters = [rejectlet.compose(pack, "reply", row(i)) for i in range(singles)]

        def separately() -> None:
            for letter in letters:
                rejectlet.render(letter, "pdf", force=True)

        one_by_one = median_time(separately, 1) / singles
        data = Path(folder) / "letter.yaml"
        data.write_text("pack: classic\nletter: reply\n" + (ROOT / "examples" / "reply.yaml")
                        .read_text(encoding="utf-8").split("letter: reply", 1)[1],
                        encoding="utf-8")
        command = [str(Path(sys.executable).parent / "rejectlet"), "render", str(data), "-f",
                   "pdf", "-o", str(Path(folder) / "one.pdf"), "--force"]
        runs = max(3, singles // 20)
        per_command = median_time(lambda: subprocess.run(command, check=True,
                                                         capture_output=True), runs)
    print(f"  batch: {one_batch:.4f} s per letter over {count} (1 core), {two_cores:.4f} "
          f"(2 workers); one by one: {one_by_one:.4f} s per API call over {singles}, "
          f"{per_command:.4f} s per 'rejectlet render' command")
    return [report("PDF per letter: API calls / batch (1 core)", one_by_one, one_batch, "x",
                   ">= 4"),
            report("PDF per letter: API calls / batch (2 workers)", one_by_one, two_cores,
                   "x", ">= 4"),
            report("PDF per letter: commands / batch (1 core)", per_command, one_batch, "x",
                   ">= 4")]


def figure_memory(small: int, large: int) -> list[dict[str, Any]]:
    code = (
        "import resource, sys, tempfile, pathlib\n"
        f"sys.path.insert(0, {str(ROOT / 'src')!r}); sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.run import row\n"
        "import rejectlet\n"
        "from rejectlet.batch import BatchJob, Row, run_batch\n"
        "from rejectlet.batch import _located\n"
        "n = int(sys.argv[1])\n"
        "pack = rejectlet.load_pack('classic')\n"
        "def rows():\n"
        "    for i in range(n):\n"
        "        v = _located(rejectlet.Location('<bench>', i + 2, 1))\n"
        "        v.update(row(i)); yield Row(i + 2, v)\n"
        "out = pathlib.Path(tempfile.mkdtemp()) / 'all.txt'\n"
        "run_batch(BatchJob(pack=pack, kind='reply', rows=rows(), fmt='text', output=out))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )

    def peak(n: int) -> float:
        result = subprocess.run([sys.executable, "-c", code, str(n)], check=True,
                                capture_output=True, text=True)
        return int(result.stdout.strip().splitlines()[-1]) / 1024

    low, high = peak(small), peak(large)
    print(f"  peak memory: {low:.1f} MB for {small} letters, {high:.1f} MB for {large}")
    return [report(f"memory growth {small} -> {large} text letters", high - low, 20.0, "MB",
                   "< 20 MB (floor column shows the limit)")]


def figure_isolated_pdf(repeat: int) -> list[dict[str, Any]]:
    """One PDF of a pack from a folder, laid out in a warm worker, against the same
    letter laid out in the calling process."""
    import shutil

    import rejectlet
    from rejectlet.paper.options import PrintOptions

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "classic-copy"
        shutil.copytree(rejectlet.load_pack("classic").root, copy)
        letter = rejectlet.compose(rejectlet.load_pack(copy), "reply", row(1))
        started = time.perf_counter()
        rejectlet.render(letter, "pdf", force=True)  # starts the worker
        first = time.perf_counter() - started
        here = PrintOptions(isolate=False)
        rejectlet.render(letter, "pdf", force=True, options=here)
        ours = median_time(lambda: rejectlet.render(letter, "pdf", force=True), repeat)
        floor = median_time(lambda: rejectlet.render(letter, "pdf", force=True, options=here),
                            repeat)
    print(f"  first isolated PDF (starting a worker): {first:.3f} s")
    return [report("isolated PDF (warm worker) / in-process", ours, floor, "s", "<= 1.5")]


_PDF_MEMORY = """
import os, sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {root!r})
from benchmarks.run import row
import rejectlet

def rss():
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux: the peak is the nearest figure
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

pack = rejectlet.load_pack("classic")
letters = [rejectlet.compose(pack, "reply", row(i)) for i in range(50)]
for letter in letters[:20]:
    rejectlet.render(letter, "pdf", force=True)
start = rss()
for i in range(int(sys.argv[1])):
    rejectlet.render(letters[i % len(letters)], "pdf", force=True)
print(start, rss())
"""


def figure_pdf_memory(count: int) -> list[dict[str, Any]]:
    """Resident memory after ``count`` PDFs against memory after a warm-up of 20."""
    code = _PDF_MEMORY.format(src=str(ROOT / "src"), root=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code, str(count)], check=True,
                            capture_output=True, text=True)
    start, end = (float(v) for v in result.stdout.split())
    print(f"  resident memory: {start:.1f} MiB after 20 PDFs, {end:.1f} MiB after {count} more "
          f"({(end - start) * 1024 / count:.1f} KiB per PDF)")
    return [report(f"memory after {count} PDFs / after 20", end, start, "MiB", "<= 1.1")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["import", "letters", "packs", "pdf", "batch",
                                           "memory", "preview", "peers", "mailmerge",
                                           "pdf-memory", "isolated"],
                        action="append")
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--singles", type=int, default=200)
    parser.add_argument("--peer-rows", type=int, default=1_000,
                        help="rows for the comparison with mailmerge")
    parser.add_argument("--peer-pdfs", type=int, default=40,
                        help="letters for the comparison with bare WeasyPrint")
    parser.add_argument("--peer-repeat", type=int, default=5,
                        help="runs of each peer comparison (the median is printed)")
    parser.add_argument("--peer-before", type=Path, metavar="CHECKOUT", action="append",
                        help="also run the batch commands with this checkout's code, taking "
                             "turns with the current code and mailmerge, and its PDF figures "
                             "in a child process; may be given more than once (the starting "
                             "commit and the commit a change sits on, say)")
    parser.add_argument("--pdfs", type=int, default=2_000,
                        help="PDFs rendered for the pdf-memory figure")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    chosen = set(args.only or ["import", "letters", "packs", "pdf", "batch", "memory",
                               "preview", "peers", "pdf-memory", "isolated"])
    print(f"rejectlet benchmark on {platform.node() or 'this machine'}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.platform()}")
    results: list[dict[str, Any]] = []
    if "import" in chosen:
        results += figure_import(15)
    if "letters" in chosen:
        results += figure_letters(args.letters)
    if "packs" in chosen:
        results += figure_pack_loading(15)
    if "pdf" in chosen:
        results += figure_pdf_one(7)
    if "batch" in chosen:
        results += figure_batch(args.batch, args.singles)
    if "memory" in chosen:
        results += figure_memory(1_000, args.letters)
    if "preview" in chosen:
        sys.path.insert(0, str(ROOT))
        from benchmarks.preview_latency import figure_preview

        results += figure_preview(15, report)
    if "mailmerge" in chosen and "peers" not in chosen:
        sys.path.insert(0, str(ROOT))
        from benchmarks.peers import figure_mailmerge

        results += figure_mailmerge(args.peer_rows, median_time, report, row, args.peer_repeat,
                                    args.peer_before)
    if "peers" in chosen:
        sys.path.insert(0, str(ROOT))
        from benchmarks.peers import (
            figure_cold_cli,
            figure_mailmerge,
            figure_weasyprint,
            figure_weasyprint_before,
        )

        results += figure_mailmerge(args.peer_rows, median_time, report, row, args.peer_repeat,
                                    args.peer_before)
        for before in args.peer_before or ():
            results += figure_weasyprint_before(before, args.peer_pdfs, args.peer_repeat,
                                                report)
        results += figure_weasyprint(args.peer_pdfs, args.peer_repeat, median_time, report, row)
        results += figure_cold_cli(7, median_time, report)
    if "isolated" in chosen:
        results += figure_isolated_pdf(7)
    if "pdf-memory" in chosen:
        results += figure_pdf_memory(args.pdfs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
