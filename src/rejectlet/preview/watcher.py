"""Notice saves in the previewed files, quickly and without polling.

watchfiles reads the system's change notifications (inotify on Linux) from its
own thread; a short debounce folds an editor's write-rename-chmod burst into
one change, so one save is one re-render.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

#: Milliseconds to wait for a burst of events from one save to end.
DEBOUNCE_MS = 40
#: Milliseconds between checks for the stop event while nothing happens.
STEP_MS = 20

#: Seconds given to the watcher to set up its watches before a save can be missed.
SETTLE_SECONDS = 0.15

IGNORED_PARTS = frozenset({"__pycache__", ".git", ".mypy_cache", ".pytest_cache"})


def _interesting(path: str, suffixes: frozenset[str] | None) -> bool:
    parts = Path(path).parts
    name = parts[-1] if parts else ""
    if IGNORED_PARTS & set(parts) or name.endswith(("~", ".swp", ".swx", ".tmp")) \
            or name.startswith(".#"):
        return False
    return suffixes is None or Path(name).suffix.lower() in suffixes


class Watcher:
    """Calls ``on_change`` after each save under ``paths``, until stopped.

    ``recursive=False`` watches only the folders' own files, for the folder a
    data file sits in (it may be a home folder with much else below it);
    ``suffixes`` keeps only files with those endings.
    """

    def __init__(self, paths: Iterable[Path], on_change: Callable[[], None], *,
                 recursive: bool = True, suffixes: frozenset[str] | None = None) -> None:
        self.paths = [Path(p) for p in paths]
        self.on_change = on_change
        self.recursive = recursive
        self.suffixes = suffixes
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rejectlet-preview-watch",
                                        daemon=True)
        self._ready = threading.Event()

    def start(self) -> None:
        if not self.paths:
            return
        self._thread.start()
        self._ready.wait(timeout=5)
        # watchfiles gives no signal once its watches are in place; setting them
        # up for a pack's folder takes a few milliseconds.
        time.sleep(SETTLE_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        from watchfiles import watch

        self._ready.set()
        suffixes = self.suffixes
        for changes in watch(*self.paths, stop_event=self._stop, debounce=DEBOUNCE_MS,
                             step=STEP_MS, yield_on_timeout=False, raise_interrupt=False,
                             recursive=self.recursive,
                             watch_filter=lambda _change, path: _interesting(path, suffixes)):
            if changes:
                self.on_change()
