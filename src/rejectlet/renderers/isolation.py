"""Layout in worker processes, for packs whose stylesheets rejectlet does not trust.

A worker is a fresh Python interpreter started with :mod:`subprocess` (never a
fork of the caller, so it is safe from any thread and on any Python), which
imports WeasyPrint once and then lays out one document after another. Calls
borrow an idle worker or start one; a worker that overruns its time is killed
and replaced, and each worker retires after :data:`JOBS_PER_WORKER` jobs, so
its memory stays bounded in a long-running host.

The caller sends a picklable call (a function of rejectlet's and plain
arguments). The worker answers with JSON and raw byte strings only, never a
pickle: if a hostile document ever took the worker over, it still could not
make the caller run code.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

from ..diagnostics import Diagnostic, Fix, Location, Severity
from ..errors import RejectletError, RenderError

#: Documents one worker lays out before it is replaced with a fresh one.
JOBS_PER_WORKER = 200
#: Idle workers kept ready; more concurrent calls start more, which then retire.
IDLE_WORKERS = max(2, os.cpu_count() or 1)
#: Seconds a new worker may take to start and import WeasyPrint.
START_SECONDS = 120.0
#: Largest answer accepted from a worker, in bytes.
MAX_ANSWER = 512 * 2**20

_LENGTH = struct.Struct(">Q")
#: The worker's first act: take the caller's import path, then serve.
_BOOT = ("import sys, json; sys.path[:] = json.loads(sys.stdin.buffer.readline()); "
         "from rejectlet.renderers.layout_worker import serve; serve()")

Answer = tuple[Any, list[bytes]]


def send_frame(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_LENGTH.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def read_frame(stream: IO[bytes], limit: int = MAX_ANSWER) -> bytes | None:
    """One length-prefixed message, or None when the other side has gone."""
    head = _read_exactly(stream, _LENGTH.size)
    if head is None:
        return None
    (length,) = _LENGTH.unpack(head)
    if length > limit:
        return None
    return _read_exactly(stream, length)


def _read_exactly(stream: IO[bytes], count: int) -> bytes | None:
    chunks = []
    while count:
        chunk = stream.read(count)
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


class _Worker:
    """One worker process and its pipes; used by one call at a time."""

    def __init__(self) -> None:
        self.jobs = 0
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOT], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True)
        except OSError as exc:  # no interpreter to start (sys.executable is not Python)
            raise RenderError(f"could not start a process to lay out the document: {exc}",
                              None, code="RJ418",
                              hint="isolated layout needs sys.executable to be a Python "
                                   "interpreter") from None
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.stdout: IO[bytes] = self.process.stdout
        try:
            self.stdin.write(json.dumps(sys.path).encode() + b"\n")
            self.stdin.flush()
        except OSError:
            pass  # reading the greeting below reports the failure
        greeting = self._with_time_limit(START_SECONDS, lambda: read_frame(self.stdout))[1]
        if greeting != b"ready":
            self.stop()
            raise RenderError("could not start a process to lay out the document", None,
                              code="RJ418", hint="check that this Python can import "
                                                 "WeasyPrint on its own")

    def call(self, function: Callable[..., Answer], args: tuple[Any, ...],
             timeout: float | None) -> tuple[bool, Any]:
        """Send one call; (True, answer frames) or (False, why) when it failed."""
        self.jobs += 1
        try:
            send_frame(self.stdin, pickle.dumps((function, args)))
        except OSError:
            return False, "ended"

        def answer() -> tuple[bytes, list[bytes]] | None:
            header = read_frame(self.stdout)
            if header is None:
                return None
            try:
                count = int(json.loads(header).get("blobs", 0))
            except (ValueError, AttributeError, TypeError):
                return None
            blobs = [read_frame(self.stdout) for _ in range(count)]
            if any(blob is None for blob in blobs):
                return None
            return header, [blob for blob in blobs if blob is not None]

        expired, result = (self._with_time_limit(timeout, answer) if timeout is not None
                           else (False, answer()))
        if expired:
            return False, "timeout"
        if result is None:
            return False, "ended"
        return True, result

    def _with_time_limit(self, seconds: float, read: Callable[[], Any]) -> tuple[bool, Any]:
        """Run a blocking read; kill the worker (ending the read) when time is up."""
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            self.process.kill()

        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        timer.start()
        try:
            result = read()
        finally:
            timer.cancel()
        return expired.is_set(), result

    def stop(self) -> None:
        """End the worker and collect it, so no zombie is left behind."""
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        if self.process.poll() is None:
            try:
                self.process.wait(2)  # an idle worker ends when its input closes
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class _Pool:
    """Idle workers, shared by every thread of the calling process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._owner = os.getpid()

    def take(self) -> _Worker:
        with self._lock:
            if self._owner != os.getpid():
                # a forked copy of the process that started these workers: their pipes
                # are shared with the parent, so this process starts its own
                self._idle, self._owner = [], os.getpid()
            if self._idle:
                return self._idle.pop()
        return _Worker()

    def give_back(self, worker: _Worker) -> None:
        if worker.jobs < JOBS_PER_WORKER and self._owner == os.getpid():
            with self._lock:
                if len(self._idle) < IDLE_WORKERS:
                    self._idle.append(worker)
                    return
        worker.stop()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            if self._owner != os.getpid():
                return  # the parent's workers: the parent ends them
        for worker in idle:
            worker.stop()

    def __len__(self) -> int:
        with self._lock:
            return len(self._idle)


_pool = _Pool()
atexit.register(_pool.close)


def stop_workers() -> None:
    """End the idle layout workers (a host may call this to free their memory; the
    next isolated layout starts a fresh one)."""
    _pool.close()


def idle_workers() -> int:
    """How many layout workers are waiting for work."""
    return len(_pool)


def call_isolated(function: Callable[..., Answer], args: tuple[Any, ...],
                  timeout: float | None, where: Location | None = None) -> Answer:
    """``function(*args)`` in a worker process, stopped after ``timeout`` seconds
    (``None``: no time limit, for work that only wants another process).

    ``function`` returns JSON-able data and a list of byte strings, which come
    back unchanged. Safe to call from any number of threads at once.
    """
    worker = _pool.take()
    ok, result = worker.call(function, args, timeout)
    if not ok:
        worker.stop()
        if result == "timeout":
            raise RenderError(f"rendering took longer than {timeout:g} s and was stopped",
                              where, code="RJ416",
                              hint="the pack's stylesheet or text makes layout endless; "
                                   "raise the limit only for packs you trust")
        raise RenderError("the rendering process ended without a result", where,
                          code="RJ418", hint="the pack may ask for too much memory")
    _pool.give_back(worker)
    header, blobs = result
    message = json.loads(header)
    if message.get("status") != "ok":
        raise RenderError(f"rendering failed: {message.get('error', 'unknown error')}", where,
                          code="RJ418")
    return message.get("data"), blobs


def run_isolated(work: Callable[[], bytes], timeout: float | None,
                 where: Location | None = None) -> bytes:
    """``work()`` in a worker process, stopped after ``timeout`` seconds; a
    :class:`RejectletError` it raises comes back as a :class:`RenderError` with
    the same diagnostics. ``work`` travels by pickle: a module-level function,
    or a :func:`functools.partial` of one."""
    data, blobs = call_isolated(_bytes_answer, (work,), timeout, where)
    problems = data.get("diagnostics") if isinstance(data, dict) else None
    if problems:
        raise RenderError([_diagnostic(item) for item in problems])
    if not blobs:
        raise RenderError("the rendering process gave no result", where, code="RJ418")
    return blobs[0]


def _bytes_answer(work: Callable[[], bytes]) -> Answer:
    try:
        return {}, [bytes(work())]
    except RejectletError as exc:
        return {"diagnostics": [_plain(d) for d in exc.diagnostics]}, []


def _plain(diagnostic: Diagnostic) -> dict[str, Any]:
    where = diagnostic.location
    fix = diagnostic.fix
    return {"code": diagnostic.code, "severity": diagnostic.severity.value,
            "message": diagnostic.message, "hint": diagnostic.hint, "rule": diagnostic.rule,
            "key": diagnostic.key,
            "location": [where.path, where.line, where.column] if where else None,
            "fix": [fix.old, fix.new, fix.description] if fix else None}


def _diagnostic(data: dict[str, Any]) -> Diagnostic:
    where, fix = data.get("location"), data.get("fix")
    return Diagnostic(str(data["code"]), Severity(data["severity"]), str(data["message"]),
                      Location(str(where[0]), int(where[1]), int(where[2])) if where else None,
                      str(data.get("hint", "")), str(data.get("rule", "")),
                      str(data.get("key", "")),
                      Fix(str(fix[0]), str(fix[1]), str(fix[2])) if fix else None)
