"""Time limits for work a hostile pack could make endless.

Template loops, Markdown and layout run Python code whose length depends on
the pack; size limits bound most of it, and a wall-clock deadline bounds the
rest. On the main thread of a Unix process the deadline interrupts the work
with a timer signal; elsewhere (threads, other systems) the size limits alone
apply, as docs/security.md explains.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

#: Seconds one letter's templates and Markdown may take.
COMPOSE_SECONDS = 5.0


class DeadlineExceeded(Exception):
    """Raised inside the guarded work when its time is up."""


def _can_use_signals() -> bool:
    return (hasattr(signal, "setitimer") and
            threading.current_thread() is threading.main_thread())


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`DeadlineExceeded` after ``seconds``."""
    if seconds <= 0 or not _can_use_signals():
        yield
        return
    previous_timer = signal.getitimer(signal.ITIMER_REAL)
    if previous_timer[0] > 0:  # someone else's timer is running: leave it alone
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded(f"stopped after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
