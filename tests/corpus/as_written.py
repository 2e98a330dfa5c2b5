"""Score each held-out part the way it was first met: by what existed before it.

    python tests/corpus/as_written.py           # the table
    python tests/corpus/as_written.py --json    # the figures as JSON

The frames are tuned on every part now, so scoring a part with today's frames
says nothing about a writer they have not seen. This script goes back in the
repository's history instead: for each held-out part it finds the commit that
added the part, runs the frames of that commit on it (they had never seen it),
and trains the learned scorer on the rows the corpus held at that commit, the
part itself left out. Both columns then read the part as a fresh writer's.

It needs the git history (a clone, not an unpacked release); each part's old
tree is unpacked into a temporary folder and its frames run in a child process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
#: The held-out parts, each added in a commit of its own before it was tuned against.
PARTS = ("holdout", "holdout2", "holdout4", "holdout4-de", "holdout3")

#: Run in a child with the old tree's sources first on the path: what fired per row
#: (code -> strongest severity).
_FRAMES_THEN = """
import json, sys
from pathlib import Path
old, part, root = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
sys.path[:0] = [str(old / "src"), root]
from tests.corpus import score
score.HERE = old / "tests" / "corpus"
fired = [dict(o.fired) if isinstance(o.fired, dict) else dict.fromkeys(o.fired, "warning")
         for o in score.run(score.read_part(part))]
print(json.dumps(fired))
"""


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def added_in(part: str) -> str:
    """The commit that first added a part's file."""
    found = _git("log", "--diff-filter=A", "--format=%H", "--",
                 f"tests/corpus/{part}.tsv").decode().split()
    if not found:
        raise SystemExit(f"{part}.tsv has no history here; run this in a clone")
    return found[-1]


def _unpack(commit: str, into: Path) -> None:
    archive = _git("archive", "--format=tar", commit, "src", "tests/corpus")
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def score_part(part: str) -> dict[str, Any]:
    """Frames then, model trained on the corpus then, and both, on one part."""
    from rejectlet.rules.learned import scorer_from
    from tests.corpus import score, train

    commit = added_in(part)
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder)
        _unpack(commit, old)
        done = subprocess.run([sys.executable, "-c", _FRAMES_THEN, str(old), part, str(ROOT)],
                              capture_output=True, text=True, timeout=1800, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the frames of {commit[:7]} did not run: {done.stderr}")
        frames = [dict(codes) for codes in json.loads(done.stdout)]
        saved = score.HERE
        score.HERE = old / "tests" / "corpus"
        try:
            examples = score.read_part(part)
            earlier = [e for p in score.PARTS if p != part
                       and (score.HERE / f"{p}.tsv").exists() for e in score.read_part(p)]
        finally:
            score.HERE = saved
    model = train.train(train.rows_of(earlier), {e.language for e in examples},
                        explain=False)
    fired = []
    for example in examples:
        heads = scorer_from(model, example.language)
        fired.append(score.model_fired(example, heads) if heads is not None else set())
    one = score.Round(part, examples, frames, fired)
    return {"commit": commit[:7], "trained_on": len(earlier), "round": one}


def main(argv: Sequence[str] | None = None) -> int:
    from tests.corpus import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = {part: score_part(part) for part in PARTS if (HERE / f"{part}.tsv").exists()}
    rounds = [r["round"] for r in results.values()]
    if args.json:
        report = {part: {"commit": r["commit"], "trained_on": r["trained_on"],
                         **score.round_figures([r["round"]])} for part, r in results.items()}
        print(json.dumps(report | {"all": score.round_figures(rounds)}, indent=2))
    else:
        for part, r in results.items():
            print(f"{part}: frames of {r['commit']}, model trained on {r['trained_on']} rows")
        print(score.round_table(rounds))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
