"""The preview server: what it serves, what it refuses, and how it follows saves."""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rejectlet.preview import PreviewServer, PreviewSession, Selection

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "reply.yaml"
WAIT = 20.0  # seconds; a bound on waiting for a save to be noticed, not a speed claim


def get(server: PreviewServer, path: str,
        host: str | None = None) -> tuple[int, bytes, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": host or f"127.0.0.1:{server.port}"})
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def get_json(server: PreviewServer, path: str) -> dict:
    status, body, _ = get(server, path)
    assert status == 200, body
    return json.loads(body)


def wait_for_generation(server: PreviewServer, above: int) -> int:
    deadline = time.monotonic() + WAIT
    while server.session.generation <= above:
        assert time.monotonic() < deadline, "the save was not noticed"
        time.sleep(0.02)
    return server.session.generation


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    target = tmp_path / "letters" / "reply.yaml"
    target.parent.mkdir()
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def server(data_file: Path) -> Iterator[PreviewServer]:
    with PreviewServer(PreviewSession(data_file), 0) as running:
        yield running


def test_it_listens_on_loopback_only(server: PreviewServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server._http.server_address[0] == "127.0.0.1"


def test_a_request_naming_another_host_is_refused(server: PreviewServer) -> None:
    status, _, _ = get(server, "/letter.json", host="evil.example")
    assert status == 403
    status, _, _ = get(server, "/letter.json", host=f"localhost:{server.port}")
    assert status == 200


def test_the_page_and_its_parts_are_served_with_a_strict_policy(server: PreviewServer) -> None:
    status, body, headers = get(server, "/")
    assert status == 200 and b"/preview.js" in body
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    status, body, headers = get(server, "/letter.html")
    assert status == 200 and b"Northwind Logistics" in body
    assert "script-src" not in headers["Content-Security-Policy"]  # no script in the letter


def test_the_letter_its_pages_and_diagnostics_come_as_data(server: PreviewServer) -> None:
    letter = get_json(server, "/letter.json")
    assert letter["ok"] and letter["kind"] == "reply" and "reply" in letter["kinds"]
    assert "Northwind Logistics" in letter["text"]
    assert letter["diagnostics"] == []
    pages = get_json(server, "/pages.json")
    assert pages["pages"] >= 1
    status, png, headers = get(server, "/page/1.png")
    assert status == 200 and png.startswith(b"\x89PNG") and headers["Content-Type"] == "image/png"
    assert get(server, f"/page/{pages['pages'] + 1}.png")[0] == 404


def test_a_save_is_noticed_and_the_next_letter_is_the_new_one(server: PreviewServer,
                                                             data_file: Path) -> None:
    before = get_json(server, "/letter.json")
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace("Northwind Logistics", "Southwind Freight"), "utf-8")
    generation = wait_for_generation(server, before["generation"])
    after = get_json(server, "/letter.json")
    assert after["generation"] == generation
    assert "Southwind Freight" in after["text"] and "Northwind" not in after["text"]


def test_a_broken_save_shows_located_diagnostics_and_the_source_line(server: PreviewServer,
                                                                    data_file: Path) -> None:
    lines = data_file.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("role:"))
    lines[number - 1] = "role: [Senior Data Analyst"
    data_file.write_text("\n".join(lines) + "\n", "utf-8")
    wait_for_generation(server, 0)
    letter = get_json(server, "/letter.json")
    assert not letter["ok"]
    (problem,) = letter["diagnostics"]
    assert problem["code"] == "RJ100" and problem["path"].endswith("reply.yaml")
    assert problem["line"] >= number and problem["source"] is not None


def test_another_kind_is_composed_from_the_same_values(server: PreviewServer) -> None:
    letter = get_json(server, "/letter.json?kind=check-in")
    assert letter["kind"] == "check-in"
    assert letter["ok"] or letter["diagnostics"]  # either the letter, or what it still needs
    for problem in letter["diagnostics"]:
        assert problem["path"] or problem["key"], problem


def test_the_event_stream_sends_one_change_per_save(server: PreviewServer,
                                                    data_file: Path) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WAIT)
    connection.request("GET", "/events?since=0", headers={"Host": f"127.0.0.1:{server.port}"})
    response = connection.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    assert response.readline() == b"retry: 500\n"

    def save() -> None:
        time.sleep(0.2)
        data_file.write_text(data_file.read_text("utf-8") + "\n", "utf-8")

    threading.Thread(target=save).start()
    lines = [response.readline() for _ in range(3)]
    connection.close()
    assert lines[1] == b"event: change\n" and lines[2].startswith(b"data: ")


def test_a_pack_is_previewed_through_its_samples(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(ROOT / "packs" / "classic", folder)
    text = (folder / "pack.yaml").read_text("utf-8")
    (folder / "pack.yaml").write_text(text.replace("name: classic", "name: mine", 1), "utf-8")
    session = PreviewSession(folder)
    view = session.letter_view(Selection(kind="check-in"))
    assert view.html is not None and view.kind == "check-in", view.diagnostics
    assert folder.resolve() in session.pack_folders()
    (folder / "samples" / "reapply.yaml").unlink()
    missing = session.letter_view(Selection(kind="reapply"))
    assert [d.code for d in missing.diagnostics] == ["RJ214"]


def test_results_are_cached_per_save(data_file: Path) -> None:
    session = PreviewSession(data_file)
    first = session.letter_view(Selection())
    assert session.letter_view(Selection()) is first
    session.changed()
    assert session.letter_view(Selection()) is not first


def test_the_command_refuses_a_taken_port_with_a_located_code(tmp_path: Path,
                                                              server: PreviewServer) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rejectlet", "preview", str(EXAMPLE), "--port", str(server.port)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "RJ470" in result.stderr and "Traceback" not in result.stderr


def test_the_command_refuses_an_unknown_pack_before_serving(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "rejectlet", "preview", "clasic"],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "classic" in result.stderr  # the suggestion
