"""A browser that gives up on a preview request leaves no traceback on the terminal.

Browsers cancel requests routinely (a new page generation drops a pending image);
the server's write then meets a closed connection. That is passed over in silence,
and any other failure of one request is a single line naming its kind, never a
traceback, and the preview goes on serving.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from rejectlet.preview.server import _Handler, _Server


class _ClosedFile(io.RawIOBase):
    def __init__(self, error: type[OSError]) -> None:
        self.error = error

    def write(self, data: Any) -> int:
        raise self.error(32, "the client went away")


def _handler(error: type[OSError]) -> _Handler:
    handler = _Handler.__new__(_Handler)
    handler.wfile = _ClosedFile(error)  # type: ignore[assignment]
    handler.send_response = lambda *args: None  # type: ignore[method-assign]
    handler.send_header = lambda *args: None  # type: ignore[method-assign]
    handler.end_headers = lambda: None  # type: ignore[method-assign]
    handler.close_connection = False
    return handler


@pytest.mark.parametrize("error", [BrokenPipeError, ConnectionResetError,
                                   ConnectionAbortedError])
def test_a_write_to_a_closed_connection_raises_nothing(error: type[OSError]) -> None:
    handler = _handler(error)
    from http import HTTPStatus

    handler._send(HTTPStatus.OK, b"\x89PNG page", "image/png")
    assert handler.close_connection is True


def _report(failure: BaseException, capsys: pytest.CaptureFixture[str]) -> str:
    server = _Server.__new__(_Server)
    try:
        raise failure
    except BaseException:
        server.handle_error(None, ("127.0.0.1", 1))
    return capsys.readouterr().err


def test_a_client_that_went_away_is_passed_over(capsys: pytest.CaptureFixture[str]) -> None:
    assert _report(BrokenPipeError(32, "Broken pipe"), capsys) == ""
    assert _report(ConnectionResetError(104, "reset"), capsys) == ""


def test_any_other_failure_is_one_line_without_a_traceback(
        capsys: pytest.CaptureFixture[str]) -> None:
    printed = _report(ValueError("boom"), capsys)
    assert "Traceback" not in printed
    assert printed.count("\n") == 1 and "ValueError" in printed
