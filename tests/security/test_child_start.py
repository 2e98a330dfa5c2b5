"""The memory-capped children the budget tests start survive a failed start.

On a loaded machine, starting a child from a parent with several threads once
failed with EFAULT before the child ran a line, and a budget test failed for
it. Such a start is tried again; a child that started is never run twice, and
any other failure to start still fails the test.
"""

from __future__ import annotations

import errno
import subprocess
import sys
from typing import Any

import pytest

from tests.security import _support


def test_a_start_that_failed_before_the_child_ran_is_tried_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = subprocess.Popen
    tries: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        tries.append(1)
        if len(tries) < 3:
            raise OSError(errno.EFAULT, "Bad address")
        return real(*args, **kwargs)

    monkeypatch.setattr(_support.subprocess, "Popen", flaky)
    monkeypatch.setattr(_support.time, "sleep", lambda seconds: None)
    child = _support.start_child([sys.executable, "-c", "print('ran')"])
    out, _ = child.communicate(timeout=120)
    assert out.strip() == "ran"
    assert len(tries) == 3


def test_a_start_that_keeps_failing_or_fails_otherwise_is_a_failure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(code: int) -> Any:
        def start(*args: Any, **kwargs: Any) -> Any:
            raise OSError(code, "no")
        return start

    monkeypatch.setattr(_support.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(_support.subprocess, "Popen", failing(errno.EFAULT))
    with pytest.raises(OSError):
        _support.start_child([sys.executable, "-c", "pass"])
    monkeypatch.setattr(_support.subprocess, "Popen", failing(errno.ENOENT))
    with pytest.raises(OSError):
        _support.start_child([sys.executable, "-c", "pass"])
