"""Markup from packs and data stays text in the HTML letter and the email.

The HTML output and the email's HTML part are opened by browsers and mail
clients, so nothing a pack or the data writes may become a script, a frame, a
style sheet, an event handler or a script link there. Each output is parsed
with an HTML parser and every element and attribute is checked against what
rejectlet itself writes. Email headers get the same care: a value cannot add
a header or a recipient.
"""

from __future__ import annotations

import email
import html
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

import rejectlet
from tests.security._support import (
    PACK_YAML,
    base_data,
    codes,
    compose,
    markup_problems,
    parse_html,
    render_email_html,
    render_html,
    squeeze,
    write_pack,
)

HOSTILE = [
    pytest.param("<script>alert(1)</script>", id="script"),
    pytest.param("<SCRIPT SRC=//evil.example/a.js></SCRIPT>", id="script-upper"),
    pytest.param("<iframe src=javascript:alert(1)></iframe>", id="iframe"),
    pytest.param("<style>body { display: none }</style>", id="style"),
    pytest.param('<img src=x onerror="alert(1)">', id="onerror"),
    pytest.param("<svg onload=alert(1)>", id="svg-onload"),
    pytest.param('<p onmouseover="alert(1)">hover</p>', id="event-attribute"),
    pytest.param('<a href="javascript:alert(1)">click</a>', id="html-javascript-link"),
    pytest.param("[click](javascript:alert(1))", id="markdown-javascript-link"),
    pytest.param("[click](JaVaScRiPt:alert(1))", id="mixed-case-scheme"),
    pytest.param("[click]( javascript:alert(1))", id="leading-space"),
    pytest.param("[click](java&#115;cript:alert(1))", id="entity-in-scheme"),
    pytest.param("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                 id="data-link"),
    pytest.param("[click](vbscript:msgbox(1))", id="vbscript-link"),
    pytest.param("[click](file:///etc/passwd)", id="file-link"),
    pytest.param("[click][ref]\n\n[ref]: javascript:alert(1)", id="reference-link"),
    pytest.param("<javascript:alert(1)>", id="autolink"),
    pytest.param('"><script>alert(1)</script>', id="attribute-breakout"),
    pytest.param("</p></section><script>alert(1)</script>", id="element-breakout"),
    pytest.param("<!--<script>alert(1)</script>-->", id="comment"),
    pytest.param("<![CDATA[<script>alert(1)</script>]]>", id="cdata"),
    pytest.param("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                 id="mutation"),
    pytest.param('<form action="javascript:alert(1)"><button>go</button></form>', id="form"),
    pytest.param('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
                 id="meta-refresh"),
    pytest.param('<base href="javascript:alert(1)//">', id="base"),
    pytest.param("<object data=javascript:alert(1)></object>", id="object"),
]


def assert_inert(letter: rejectlet.Letter) -> None:
    assert markup_problems(render_html(letter)) == []
    assert markup_problems(render_email_html(letter), email=True) == []


@pytest.mark.parametrize("payload", HOSTILE)
def test_markup_written_in_a_section_stays_text(tmp_path: Path, payload: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you, {{ name }}.\n\n" + payload)
    assert_inert(compose(folder))


@pytest.mark.parametrize("payload", HOSTILE)
def test_markup_in_letter_data_stays_text(tmp_path: Path, payload: str) -> None:
    folder = write_pack(tmp_path / "pack", "Thank you, {{ name }}.\n\n{{ note }}\n\n"
                                           "- {{ items|join(', ') }}")
    data = base_data(name=payload.replace("\n", " "), note=payload, items=[payload, "Ben"],
                     recipient={"name": payload.replace("\n", " "), "email": "ann@example.com"})
    letter = compose(folder, data)
    assert_inert(letter)
    page = render_html(letter)
    assert html.escape(payload.replace("\n", " "), quote=False) in page


@pytest.mark.parametrize("url", [
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/",
])
def test_a_link_built_from_data_keeps_only_safe_schemes(tmp_path: Path, url: str) -> None:
    folder = write_pack(tmp_path / "pack", "My work is [online]({{ url }}).")
    if "\x01" in url:  # a control character in a value is refused at its key
        with pytest.raises(rejectlet.DataError) as refused:
            compose(folder, base_data(url=url))
        assert set(codes(refused.value)) == {"RJ215"}
        return
    letter = compose(folder, base_data(url=url))
    assert_inert(letter)
    links = [e for e in parse_html(render_html(letter)).elements if e.tag == "a"]
    assert links == []
    assert "My work is online." in squeeze(rejectlet.render(letter, "text", force=True))


@pytest.mark.parametrize("url", [
    'https://ok.example/" onclick="alert(1)',
    "https://ok.example/'><script>alert(1)</script>",
    "https://ok.example/<img src=x onerror=alert(1)>",
])
def test_a_safe_link_from_data_cannot_break_out_of_its_attribute(tmp_path: Path,
                                                                 url: str) -> None:
    folder = write_pack(tmp_path / "pack", "My work is [online]({{ url }}).")
    letter = compose(folder, base_data(url=url))
    assert_inert(letter)
    links = [e for e in parse_html(render_html(letter)).elements if e.tag == "a"]
    assert [link.attrs for link in links] == [{"href": url}]


def test_ids_and_names_from_the_pack_are_escaped_in_attributes(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    text = (PACK_YAML.replace("@STYLES@", "")
            .replace("  body: {kind: gratitude, file: body.md}",
                     "  '\"><script>alert(1)</script>': {kind: gratitude, file: body.md}")
            .replace("body: [body]", "body: ['\"><script>alert(1)</script>']")
            .replace("  note:\n    type: custom",
                     "  'x\" onmouseover=\"alert(1)':\n    type: custom"))
    # a language that is no tag ('en" onload=') is refused before any output is
    # written, at its key (test_language_tag.py), so it has no attribute to escape
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    try:
        pack = rejectlet.load_pack(folder)
    except rejectlet.PackError as exc:
        # refusing such names is as good as escaping them
        assert set(codes(exc)) <= {"RJ110", "RJ111", "RJ113"}, str(exc)
        return
    letter = rejectlet.compose(pack, next(iter(pack.letters)), base_data())
    assert_inert(letter)


# -- the pack's stylesheets ----------------------------------------------------------------

BREAKOUTS = [
    pytest.param("p { color: navy }\n</style><script>alert(1)</script><style>", id="script"),
    pytest.param("p { color: navy }\n</STYLE ><img src=x onerror=alert(1)>", id="upper-case"),
    pytest.param("p { color: navy }\n</style><iframe src=javascript:alert(1)></iframe>",
                 id="iframe"),
    pytest.param("p { color: navy }\n</style><base href=javascript:alert(1)//>", id="base"),
]


@pytest.mark.parametrize("css", BREAKOUTS)
def test_a_pack_stylesheet_cannot_close_its_style_element_in_the_html(tmp_path: Path,
                                                                     css: str) -> None:
    folder = write_pack(tmp_path / "pack", style=css)
    letter = compose(folder)
    try:
        page = render_html(letter)
    except rejectlet.RenderError as exc:  # refusing the stylesheet is fine too
        assert exc.diagnostics[0].location is not None
        return
    assert markup_problems(page) == []


@pytest.mark.parametrize("css", BREAKOUTS)
def test_an_email_stylesheet_cannot_close_its_style_element(tmp_path: Path, css: str) -> None:
    folder = write_pack(tmp_path / "pack", email_style=css)
    letter = compose(folder)
    try:
        part = render_email_html(letter)
    except rejectlet.RenderError as exc:
        assert exc.diagnostics[0].location is not None
        return
    assert markup_problems(part, email=True) == []


# -- email headers and links -----------------------------------------------------------

def parsed_message(letter: rejectlet.Letter) -> EmailMessage:
    from rejectlet.renderers.email import message_bytes

    message = rejectlet.render(letter, "email", force=True)
    parsed = email.message_from_bytes(message_bytes(message), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


HEADER_BREAKS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\r"]


@pytest.mark.parametrize("brk", HEADER_BREAKS, ids=[f"U+{ord(c):04X}" for c in HEADER_BREAKS])
def test_a_line_break_in_a_name_or_subject_cannot_add_a_header(tmp_path: Path,
                                                               brk: str) -> None:
    folder = write_pack(tmp_path / "pack")
    injected = f"Ann{brk}Bcc: evil@example.com{brk}X-Injected: yes"
    data = base_data(name=injected, recipient={"name": injected, "email": "ann@example.com"},
                     sender={"name": injected, "email": "sam@example.com"})
    try:
        letter = compose(folder, data)
    except rejectlet.DataError as exc:  # a line break in a one-line value, or a control
        assert set(codes(exc)) <= {"RJ204", "RJ215"}, str(exc)
        return
    message = parsed_message(letter)
    assert message.get_all("Bcc") is None
    assert message.get_all("X-Injected") is None
    assert [a.addr_spec for a in message["To"].addresses] == ["ann@example.com"]
    assert [a.addr_spec for a in message["From"].addresses] == ["sam@example.com"]
    assert "\n" not in str(message["Subject"])


@pytest.mark.parametrize(("field", "value"), [
    ("recipient", "ann@example.com\r\nBcc: evil@example.com"),
    ("recipient", "ann@example.com, evil@example.com"),
    ("recipient", '"evil@example.com" <ann@example.com>'),
    ("recipient", "ann@example.com\u2028Bcc: evil@example.com"),
    ("sender", "sam@example.com\nBcc: evil@example.com"),
    ("sender", "sam@example.com>, <evil@example.com"),
])
def test_an_address_that_smuggles_another_is_refused(tmp_path: Path, field: str,
                                                      value: str) -> None:
    folder = write_pack(tmp_path / "pack")
    data = base_data(**{field: {"name": "Ann Lee", "email": value}})
    with pytest.raises(rejectlet.RejectletError) as raised:
        parsed_message(compose(folder, data))
    assert set(codes(raised.value)) <= {"RJ204", "RJ430"}, str(raised.value)
    assert all(d.location is not None for d in raised.value.diagnostics)


@pytest.mark.parametrize("entry", [
    "Dana <dana@example.com>\r\nBcc: evil@example.com",
    "dana@example.com>, <evil@example.com",
    "Dana <dana@example.com>\u2028Bcc: evil@example.com",
    "dana@example.com\nevil@example.com",
    "=?utf-8?q?Dana?= <dana@example.com>, evil@example.com",
])
def test_a_copy_address_that_smuggles_another_is_refused(tmp_path: Path, entry: str) -> None:
    folder = write_pack(tmp_path / "pack")
    letter = compose(folder, base_data(cc=["Chris <chris@example.com>", entry]))
    with pytest.raises(rejectlet.RenderError) as raised:
        parsed_message(letter)
    if "=?" in entry:  # an encoded word is refused before the address is read
        assert codes(raised.value) == ["RJ434"]
        assert raised.value.diagnostics[0].key == "cc"
        return
    assert codes(raised.value) == ["RJ430"]
    assert "cc entry 2" in raised.value.diagnostics[0].message


def test_a_mailto_link_keeps_data_inside_its_own_fields(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack", "Thanks, {{ note }}")
    sneaky = "you&bcc=evil@example.com&cc=evil@example.com#x"
    letter = compose(folder, base_data(name=sneaky, note=sneaky))
    link = rejectlet.render(letter, "mailto", force=True)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert parts.path == "ann@example.com"
    assert parts.fragment == ""
    query = parse_qs(parts.query)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == [f"Thanks, {sneaky}"]
    assert sneaky in query["body"][0]
