"""Shared pieces of the security campaign: a pack to attack, the signs of a leak,
an HTML inspector, a recording web server and a memory-capped child process."""

from __future__ import annotations

import errno
import io
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pypdf
import tinycss2

import rejectlet

ROOT = Path(__file__).resolve().parents[2]

# -- the pack under attack -------------------------------------------------------------

PACK_YAML = """\
pack: secpack
version: 1.0.0
language: en
variables:
  name: {type: string, required: true}
  note: {type: text}
  items: {type: list}
  url: {type: string}
  count: {type: integer}
  sender.name: {type: string}
  sender.email: {type: email}
  recipient.name: {type: string}
  recipient.email: {type: email}
  cc: {type: list}
  signature_image: {type: string}
@STYLES@
sections:
  body: {kind: gratitude, file: body.md}
letters:
  note:
    type: custom
    subject: "Thanks, {{ name }}"
    salutation: "Dear {{ name }},"
    body: [body]
    closing: "Regards,"
    signature: "{{ sender.name }}"
"""

SAFE_BODY = "Thank you, {{ name }}, for your time."


def base_data(**overrides: Any) -> dict[str, Any]:
    """Letter data that fits the pack, with addresses so the email renders."""
    data: dict[str, Any] = {
        "name": "Ann Lee",
        "note": "It was good to meet the team.",
        "items": ["Ana", "Ben"],
        "url": "https://example.com/portfolio",
        "count": 3,
        "sender": {"name": "Sam Ortiz", "email": "sam@example.com"},
        "recipient": {"name": "Ann Lee", "email": "ann@example.com"},
    }
    data.update(overrides)
    return data


def codes_everywhere(folder: Path) -> dict[str, set[str]]:
    """The codes check, HTML and PDF report for the pack's one letter, so a test can
    show that every door that embeds a pack file judges it alike."""
    from rejectlet.pack_check import check_pack

    pack = rejectlet.load_pack(folder)
    found = {"check": {d.code for d in check_pack(pack)}}
    letter = rejectlet.compose(pack, "note", base_data())
    for kind in ("html", "pdf"):
        try:
            rejectlet.render(letter, kind, force=True)
        except rejectlet.RejectletError as error:
            found[kind] = {d.code for d in error.diagnostics}
        else:
            found[kind] = set()
    return found


def write_pack(folder: Path, body: str = SAFE_BODY, *, style: str | None = None,
               email_style: str | None = None,
               files: Mapping[str, str | bytes] | None = None) -> Path:
    """Write the pack: ``body`` is the one section's Markdown-and-Jinja source."""
    folder.mkdir(parents=True, exist_ok=True)
    styles = []
    if style is not None:
        styles.append("style: style.css")
        (folder / "style.css").write_text(style, encoding="utf-8")
    if email_style is not None:
        styles.append("email_style: email.css")
        (folder / "email.css").write_text(email_style, encoding="utf-8")
    (folder / "pack.yaml").write_text(PACK_YAML.replace("@STYLES@", "\n".join(styles)),
                                      encoding="utf-8")
    (folder / "body.md").write_text(body, encoding="utf-8")
    for relative, content in (files or {}).items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return folder


def compose(folder: Path, data: Mapping[str, Any] | Path | None = None) -> rejectlet.Letter:
    pack = rejectlet.load_pack(folder)
    if isinstance(data, Path):
        data = rejectlet.read_data_file(data)
    return rejectlet.compose(pack, "note", data if data is not None else base_data())


def render_text(letter: rejectlet.Letter) -> str:
    return rejectlet.render(letter, "text", force=True)


def render_html(letter: rejectlet.Letter) -> str:
    return rejectlet.render(letter, "html", force=True)


def render_email_html(letter: rejectlet.Letter) -> str:
    message = rejectlet.render(letter, "email", force=True)
    part = message.get_body(("html",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def render_pdf(letter: rejectlet.Letter, **options: Any) -> bytes:
    from rejectlet.paper.options import PrintOptions

    return rejectlet.render(letter, "pdf", force=True, options=PrintOptions(**options))


def squeeze(text: str) -> str:
    """Runs of white space as one space, so wrapped output compares to its source."""
    return " ".join(text.split())


# -- signs of a leak -------------------------------------------------------------------

def _secret_lines() -> tuple[str, ...]:
    try:
        lines = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ("root:x:0:0",)
    return (*(line for line in lines[:3] if line.strip()), "root:x:0:0")


#: Text from /etc/passwd that must never appear in any output or message.
SECRET_LINES = _secret_lines()

_OBJECT_REPR = re.compile(
    r"<(?:class|function|built-in|bound method|method|module|generator|"
    r"TemplateReference|Macro|jinja2\.|rejectlet\.)|\bat 0x[0-9a-fA-F]{4,}")


def shows_file_contents(text: str) -> bool:
    return any(line in text for line in SECRET_LINES)


def shows_python_object(text: str) -> bool:
    """Whether text holds the repr of a Python object (a class, a function, a generator)."""
    return _OBJECT_REPR.search(text) is not None


def leaked(text: str) -> str:
    """What of /etc/passwd or of a Python object's repr the text shows, with context; or ''."""
    for line in SECRET_LINES:
        at = text.find(line)
        if at >= 0:
            return f"file contents: {text[max(0, at - 60):at + 80]!r}"
    match = _OBJECT_REPR.search(text)
    if match:
        return f"a Python object: {text[max(0, match.start() - 60):match.end() + 60]!r}"
    return ""


def codes(error: rejectlet.RejectletError) -> list[str]:
    return [diagnostic.code for diagnostic in error.diagnostics]


#: A pack stylesheet that uses one SVG file of the pack, ``l.svg``, as an image.
SVG_SHEET = "p { color: red }\nbody { background: url(l.svg) }\n"


def assert_svg_refused_everywhere(folder: Path, svg: str) -> None:
    """A pack whose stylesheet uses ``svg`` as an image is refused (RJ412) by HTML,
    PDF and ``check`` alike: one rule, so no format carries what another refuses."""
    from rejectlet.pack_check import check_pack

    folder = write_pack(folder, style=SVG_SHEET, files={"l.svg": svg})
    pack = rejectlet.load_pack(folder)
    letter = rejectlet.compose(pack, "note", base_data())
    for fmt in ("html", "pdf"):
        try:
            rejectlet.render(letter, fmt, force=True)  # type: ignore[call-overload]
        except rejectlet.RejectletError as error:
            assert codes(error) == ["RJ412"], fmt
        else:
            raise AssertionError(f"{fmt} carried the SVG's outside reference")
    assert [d.code for d in check_pack(pack) if d.code == "RJ412"] == ["RJ412"]


def assert_located(error: rejectlet.RejectletError) -> None:
    """Every problem names where it is, so the user can find and fix it."""
    for diagnostic in error.diagnostics:
        assert diagnostic.location is not None, f"no location: {diagnostic}"
        assert diagnostic.location.path, f"no file in the location: {diagnostic}"


# -- PDF contents ----------------------------------------------------------------------

def pdf_reader(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(pdf))


def pdf_text(pdf: bytes) -> str:
    reader = pdf_reader(pdf)
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_attachments(pdf: bytes) -> dict[str, list[bytes]]:
    return dict(pdf_reader(pdf).attachments)


# -- HTML inspection -------------------------------------------------------------------

@dataclass(frozen=True)
class Element:
    tag: str
    attrs: dict[str, str]
    in_head: bool


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.style_texts: list[str] = []
        self.in_head = False
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "style":
            self.in_style = True
            self.style_texts.append("")
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}, self.in_head))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}, self.in_head))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style and self.style_texts:
            self.style_texts[-1] += data


def parse_html(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


#: Elements rejectlet's HTML and email builders produce; anything else came from input.
BODY_TAGS = frozenset({"html", "body", "article", "header", "address", "p", "br", "section",
                       "div", "ul", "ol", "li", "blockquote", "span", "em", "strong", "code",
                       "a", "table", "tbody", "tr", "td"})
HEAD_TAGS = frozenset({"head", "meta", "title", "style"})
ACTIVE_TAGS = frozenset({"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                         "img", "link", "base", "form", "input", "button", "svg", "math",
                         "image", "use", "video", "audio", "source", "track", "noscript",
                         "template", "portal"})
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "background", "poster",
                  "srcset", "xlink:href", "ping", "cite", "longdesc", "manifest")
SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")


def markup_problems(html: str, *, email: bool = False) -> list[str]:
    """Everything in rejectlet's HTML that did not come from rejectlet itself."""
    parsed = parse_html(html)
    problems: list[str] = []
    style_elements = 0
    for element in parsed.elements:
        if element.tag in ACTIVE_TAGS:
            problems.append(f"<{element.tag}> element {element.attrs}")
        elif element.in_head and element.tag not in HEAD_TAGS:
            problems.append(f"<{element.tag}> in the head")
        elif not element.in_head and element.tag not in BODY_TAGS | {"head"}:
            problems.append(f"<{element.tag}> in the body")
        if element.tag == "style":
            style_elements += 1
        for name, value in element.attrs.items():
            if name.startswith("on"):
                problems.append(f"event handler {name}={value!r} on <{element.tag}>")
            if name in ("srcdoc", "formaction"):
                problems.append(f"{name} on <{element.tag}>")
            if name in URL_ATTRIBUTES:
                target = re.sub(r"[\x00-\x20]", "", value).lower()
                if not target.startswith(SAFE_SCHEMES):
                    problems.append(f"{name}={value!r} on <{element.tag}>")
            if name == "style":
                problems.extend(css_problems(value, inline=True))
    if email:
        if style_elements:
            problems.append(f"{style_elements} <style> element(s) left in the email")
    elif style_elements != 1:
        problems.append(f"{style_elements} <style> elements; rejectlet writes one")
    return problems


def css_urls(css: str, *, inline: bool = False) -> list[str]:
    """Every url() a CSS parser finds, escapes decoded, as a browser would."""
    tokens: list[Any]
    if inline:
        tokens = list(tinycss2.parse_component_value_list(css))
    else:
        tokens = list(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    found: list[str] = []

    def walk(nodes: list[Any]) -> None:
        for node in nodes:
            if node.type == "url":
                found.append(node.value)
            elif node.type == "function":
                if node.lower_name in ("url", "src", "image", "image-set", "-webkit-image-set"):
                    found.append(tinycss2.serialize([node]))
                walk(node.arguments)
            elif node.type in ("() block", "[] block", "{} block"):
                walk(node.content)
            elif node.type == "qualified-rule":
                walk(node.prelude)
                walk(node.content)
            elif node.type == "at-rule":
                if node.lower_at_keyword in ("import", "font-face", "namespace"):
                    found.append(f"@{node.at_keyword}")
                walk(node.prelude)
                if node.content is not None:
                    walk(node.content)
            elif node.type == "declaration":
                walk(node.value)

    walk(tokens)
    return found


def css_problems(css: str, *, inline: bool = False) -> list[str]:
    return [f"CSS loads {url!r}" for url in css_urls(css, inline=inline)]


# -- a web server that records every request -------------------------------------------

@dataclass
class RecordingServer:
    """A local web server that notes every request; ``base`` is its http://127.0.0.1:PORT."""

    base: str
    requests: list[str]

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"


@dataclass
class _Running:
    server: ThreadingHTTPServer
    thread: threading.Thread
    stopper: threading.Timer


def start_recording_server(lifetime: float = 120.0) -> tuple[RecordingServer, _Running]:
    """Serve on a free port of 127.0.0.1 in a thread; it stops itself after ``lifetime``."""
    seen: list[str] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            with lock:
                seen.append(f"{self.command} {self.path}")
            if self.path.startswith("/redirect"):
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.end_headers()
                return
            body = b"p { color: red }"
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_HEAD = do_POST = _answer

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    stopper = threading.Timer(lifetime, server.shutdown)
    stopper.daemon = True
    stopper.start()
    return RecordingServer(f"http://127.0.0.1:{port}", seen), _Running(server, thread, stopper)


def stop_recording_server(running: _Running) -> None:
    running.stopper.cancel()
    running.server.shutdown()
    running.server.server_close()
    running.thread.join(5)


# -- a child process with a memory cap, for inputs meant to exhaust ----------------------

#: Address space the child may use: enough for rejectlet, far below what a bomb asks for.
CHILD_MEMORY_BYTES = 1536 * 1024 * 1024


@dataclass(frozen=True)
class ChildReport:
    outcome: str  # "error", "ok" or "crash"
    codes: tuple[str, ...]
    messages: tuple[str, ...]
    located: bool
    elapsed: float  # seconds the work took inside the child
    wall: float  # seconds the parent waited, start-up included
    detail: str
    floor: float = 0.0  # seconds one ordinary letter took in the same child, just before
    steps: int = 0  # template steps the work was charged

    @property
    def letters(self) -> float:
        """What the work cost, in ordinary letters timed in the same child."""
        return self.elapsed / max(self.floor, 1e-3)

    def describe(self) -> str:
        return (f"{self.outcome} codes={list(self.codes)} after {self.elapsed:.2f}s "
                f"({self.letters:.0f} ordinary letters of {self.floor * 1000:.0f} ms, "
                f"{self.steps:,} steps): {self.detail or '; '.join(self.messages)}")


#: Most ordinary letters' worth of time a refused hostile input may cost. A ratio to
#: a floor timed in the same child, so a loaded machine slows both alike. The counted
#: step bound in ``assert_cheap`` is the precise one; this ratio only tells a stopped
#: input from one that ran on until the child's timeout, so it is set well clear of
#: the noise of a shared machine (517 was seen for a refused input under load, and
#: ordinary letters grow cheaper as the renderer gets faster, which raises the ratio).
MAX_LETTERS_OF_WORK = 2_000


def assert_cheap(report: ChildReport, letters: float = MAX_LETTERS_OF_WORK) -> None:
    """The input cost at most ``letters`` ordinary letters, and no more template
    steps than one letter's budget: it was stopped by a counted limit, not a clock."""
    from rejectlet.limits import DEFAULT_LIMITS

    assert report.steps <= DEFAULT_LIMITS.operations + 1, report.describe()
    assert report.letters <= letters, report.describe()


#: Errors with which starting a process can fail on a loaded machine before the new
#: program runs a line (the exec itself failed): EFAULT has been seen from a parent
#: with several threads starting children at once, EAGAIN and ENOMEM under memory
#: pressure. The memory cap is not the cause: the child sets it on itself, after exec.
_START_FAILURES = frozenset({errno.EFAULT, errno.EAGAIN, errno.ENOMEM})
#: Starts tried before such a failure is taken as real.
START_TRIES = 5


def start_child(command: list[str]) -> subprocess.Popen[str]:
    """Start ``command`` in the repository with its output piped, trying again when
    the start itself fails in one of the ways a loaded machine makes it fail. Nothing
    of what the child then does is retried: once it runs, its outcome is the test's."""
    for attempt in range(1, START_TRIES + 1):
        try:
            return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
        except OSError as error:
            if error.errno not in _START_FAILURES or attempt == START_TRIES:
                raise
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


class Child:
    """One ``tests.security._bounded`` process, started at once and read when asked."""

    def __init__(self, *args: str, timeout: float = 40.0) -> None:
        self.args = args
        self.timeout = timeout
        self.started = time.monotonic()
        self.process = start_child(
            [sys.executable, "-m", "tests.security._bounded", str(CHILD_MEMORY_BYTES), *args])
        self._report: ChildReport | None = None

    def report(self) -> ChildReport:
        """Wait for the child (a hang past the timeout fails) and read its report."""
        if self._report is not None:
            return self._report
        left = max(0.1, self.timeout - (time.monotonic() - self.started))
        try:
            stdout, stderr = self.process.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise AssertionError(f"still running after {self.timeout:g} s: {self.args}") from None
        wall = time.monotonic() - self.started
        assert self.process.returncode == 0, (
            f"the child died with status {self.process.returncode}: {stderr[-2000:]}")
        lines = stdout.strip().splitlines()
        assert lines, f"the child printed nothing: {stderr[-2000:]}"
        data = json.loads(lines[-1])
        self._report = ChildReport(
            outcome=data["outcome"], codes=tuple(data.get("codes", ())),
            messages=tuple(data.get("messages", ())), located=bool(data.get("located", False)),
            elapsed=float(data["elapsed"]), wall=wall, detail=str(data.get("detail", "")),
            floor=float(data.get("floor", 0.0)), steps=int(data.get("steps", 0)))
        return self._report

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None and not stream.closed:
                stream.close()


def run_in_child(*args: str, timeout: float = 40.0) -> ChildReport:
    """Run ``tests.security._bounded`` with ``args`` in a capped child; a hang fails."""
    child = Child(*args, timeout=timeout)
    try:
        return child.report()
    finally:
        child.stop()
