"""Many threads sharing loaded packs write exactly the letters one thread writes.

The threads switch as often as the interpreter allows, so two letters that
share a pack's converter or cache would interleave inside it; every output is
compared with a serial run. REJECTLET_STRESS_RUNS sets how many rounds one
test run makes (a few by default; 100 when hunting for a rare interleaving).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import rejectlet
from rejectlet.markup import clear_caches

from ._letters import Job, jobs, letters, process_state

THREADS = 8
VARIANTS = 4
RUNS = int(os.environ.get("REJECTLET_STRESS_RUNS", "3"))


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads every microsecond, and put the interval back afterwards."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def _outputs(packs: dict[str, rejectlet.Pack], job: Job) -> tuple[Any, ...]:
    """Everything a caller sees of one job's letters: text, HTML, email and findings."""
    pack = packs[job.pack]
    result: list[Any] = []
    for letter in letters(pack, job):
        findings = tuple(str(d) for d in rejectlet.validate(letter))
        result.append((rejectlet.render(letter, "text", force=True),
                       rejectlet.render(letter, "html", force=True),
                       _email(letter), findings))
    return tuple(result)


def _email(letter: rejectlet.Letter) -> bytes | str:
    """The message without its per-send headers; or the refusal, which must match too."""
    try:
        message = rejectlet.render(letter, "email", force=True)
    except rejectlet.RejectletError as exc:
        return str(exc)
    del message["Date"], message["Message-ID"]
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"part-{number}")  # random otherwise
    return message.as_bytes()


def _threaded(work: Callable[[Job], tuple[Any, ...]], todo: list[Job]) -> list[Any]:
    start = threading.Barrier(THREADS)

    def first(job: Job) -> Any:
        return work(job)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        # every worker waits at the barrier once, so all eight run from the start
        list(pool.map(lambda _: start.wait(), range(THREADS)))
        return list(pool.map(first, todo))


def test_threads_sharing_packs_write_the_serial_letters(fast_switching: None) -> None:
    todo = jobs(VARIANTS)
    packs = {name: rejectlet.load_pack(name) for name in {job.pack for job in todo}}
    clear_caches()
    before = process_state()
    expected = [_outputs(packs, job) for job in todo]
    for run in range(RUNS):
        clear_caches()  # cold: the threads fill the shared caches together
        cold = _threaded(lambda job: _outputs(packs, job), todo)
        warm = _threaded(lambda job: _outputs(packs, job), todo)  # then read them together
        for label, got in (("cold", cold), ("warm", warm)):
            differing = [job.name for job, want, have in zip(todo, expected, got, strict=True)
                         if want != have]
            assert not differing, (f"run {run + 1} ({label}): {len(differing)} of {len(todo)} "
                                   f"jobs differ from the serial run: {differing[:10]}")
    assert process_state() == before
