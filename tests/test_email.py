"""Email output: the .eml message, its HTML part for mail clients, mailto links, and
the rule that warns about email CSS that mail clients drop.

Every message is parsed back with the standard library, independently of how
rejectlet built it, and checked header by header and part by part.
"""

from __future__ import annotations

import copy
import datetime as dt
import email
import re
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

import rejectlet
from rejectlet import RenderError, Severity
from rejectlet.cli import main
from rejectlet.renderers.email import message_bytes, render_email
from tests.conftest import EXAMPLE, ROOT, PackFactory

PANEL_EXAMPLE = ROOT / "examples" / "panel-thanks.yaml"
SUBJECT = "Priya Raman — Senior Data Analyst Position"
#: Gmail clips a message whose HTML passes about 102 KB.
CLIP_BYTES = 102 * 1024
EXPECTED_HEADERS = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "X-Unsent",
                    "MIME-Version", "Content-Type"]


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def run_cli(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def cli_eml(target: Path) -> bytes:
    result = run_cli("render", str(EXAMPLE), "-f", "eml", "-o", str(target))
    assert result.exit_code == 0, result.output
    return target.read_bytes()


def part(message: EmailMessage, subtype: str) -> str:
    """The content of the text/SUBTYPE part, with line ends as newlines."""
    body = message.get_body((subtype,))
    assert body is not None, f"no text/{subtype} part"
    content = body.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def words(text: str) -> list[str]:
    return text.split()


def flat(text: str) -> str:
    return " ".join(text.split())


def paragraph_words(paragraph: rejectlet.Paragraph) -> str:
    return flat("".join(run.text for run in paragraph.runs))


class HtmlScan(HTMLParser):
    """Elements with their attributes and the table they sit in, and the body's words."""

    VOID = frozenset({"meta", "br", "link", "img", "hr", "input", "source", "wbr", "col"})
    BREAKS = frozenset({"p", "div", "td", "tr", "table", "br", "li", "ul", "ol", "body"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str], tuple[dict[str, str], ...]]] = []
        self.open: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        tables = tuple(a for t, a in self.open if t == "table")
        self.elements.append((tag, values, tables))
        if tag == "body":
            self.in_body = True
        if tag in self.BREAKS:
            self.text.append(" ")
        if tag not in self.VOID:
            self.open.append((tag, values))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BREAKS:
            self.text.append(" ")
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_body:
            self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs, _ in self.elements if tag == name]


def scan(html: str) -> HtmlScan:
    scanner = HtmlScan()
    scanner.feed(html)
    scanner.close()
    return scanner


def compact_style(value: str) -> str:
    return re.sub(r"\s+", "", value.lower())


@pytest.fixture(scope="module")
def letter() -> rejectlet.Letter:
    return rejectlet.compose(rejectlet.load_pack("classic"), "reply",
                             rejectlet.read_data_file(EXAMPLE))


@pytest.fixture(scope="module")
def api_message(letter: rejectlet.Letter) -> EmailMessage:
    return parse(message_bytes(rejectlet.render(letter, "email")))


@pytest.fixture(scope="module")
def cli_message(tmp_path_factory: pytest.TempPathFactory) -> EmailMessage:
    return parse(cli_eml(tmp_path_factory.mktemp("eml") / "reply.eml"))


@pytest.fixture(params=["cli", "api"])
def message(request: pytest.FixtureRequest) -> EmailMessage:
    """The example letter's message, as the command writes it and as the API returns it."""
    fixture = "cli_message" if request.param == "cli" else "api_message"
    value = request.getfixturevalue(fixture)
    assert isinstance(value, EmailMessage)
    return value


# -- headers ------------------------------------------------------------------------------

def test_message_has_exactly_the_expected_headers(message: EmailMessage) -> None:
    assert list(message.keys()) == EXPECTED_HEADERS
    assert message["MIME-Version"] == "1.0"


def test_from_is_the_sender_by_name_and_address(message: EmailMessage) -> None:
    addresses = message["From"].addresses
    assert [(a.display_name, a.addr_spec) for a in addresses] == [
        ("Priya Raman", "priya.raman@example.com")]


def test_to_is_the_recipient_only(message: EmailMessage) -> None:
    addresses = message["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in addresses] == [
        ("Elena Marsh", "elena.marsh@example.com")]


def test_cc_is_taken_from_the_data(message: EmailMessage) -> None:
    addresses = message["Cc"].addresses
    assert [(a.display_name, a.addr_spec) for a in addresses] == [
        ("Dana Whitfield", "dana.whitfield@example.com")]


def test_subject_decodes_to_the_letters_subject(message: EmailMessage) -> None:
    assert str(message["Subject"]) == SUBJECT


def test_date_is_a_parseable_timestamp_with_a_zone(message: EmailMessage) -> None:
    when = message["Date"].datetime
    assert isinstance(when, dt.datetime)
    assert when.tzinfo is not None
    assert abs(dt.datetime.now(dt.UTC) - when) < dt.timedelta(days=1)


def test_an_explicit_date_is_the_messages_date(letter: rejectlet.Letter) -> None:
    fixed = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    parsed = parse(message_bytes(render_email(letter, date=fixed)))
    assert parsed["Date"].datetime == fixed


def test_message_id_is_present_and_well_formed(message: EmailMessage) -> None:
    assert re.fullmatch(r"<[^<>@\s]+@example\.com>", str(message["Message-ID"]))


def test_every_render_gets_a_new_message_id(letter: rejectlet.Letter, tmp_path: Path) -> None:
    first = parse(message_bytes(rejectlet.render(letter, "email")))
    second = parse(message_bytes(rejectlet.render(letter, "email")))
    assert first["Message-ID"] != second["Message-ID"]
    one = parse(cli_eml(tmp_path / "one.eml"))
    two = parse(cli_eml(tmp_path / "two.eml"))
    assert len({str(m["Message-ID"]) for m in (first, second, one, two)}) == 4


def test_message_is_marked_unsent(message: EmailMessage) -> None:
    assert message["X-Unsent"] == "1"


def test_eml_file_uses_crlf_line_ends(tmp_path: Path) -> None:
    raw = cli_eml(tmp_path / "reply.eml")
    assert b"\r\n" in raw
    assert re.search(rb"(?<!\r)\n", raw) is None


# -- structure and the text part --------------------------------------------------------

def test_message_is_multipart_alternative_text_then_html(message: EmailMessage) -> None:
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert [p.get_content_charset() for p in parts] == ["utf-8", "utf-8"]


def test_text_part_has_the_whole_letter_in_order(message: EmailMessage,
                                                 letter: rejectlet.Letter) -> None:
    text = flat(part(message, "plain"))
    expected = [letter.salutation]
    expected += [paragraph_words(p) for block in letter.body for p in block.paragraphs]
    expected += [letter.closing, letter.signature]
    expected += ["P.S. " + paragraph_words(p) for block in letter.postscripts
                 for p in block.paragraphs]
    position = 0
    for piece in expected:
        found = text.find(flat(piece), position)
        assert found >= 0, f"missing or out of order in the text part: {piece!r}"
        position = found + len(flat(piece))


def test_text_part_reads_as_the_example_letter(message: EmailMessage) -> None:
    text = part(message, "plain")
    assert text.startswith("Dear Ms. Marsh,\n\n")
    assert "Thank you for letting me know your decision about the Senior Data Analyst " \
           "position" in flat(text)
    assert "I will be in touch again around December 23, 2026." in flat(text)
    assert "\n\nSincerely,\nPriya Raman\n\n" in text
    assert "\n\nP.S. If your policies allow it" in text
    # salutation, four body paragraphs, closing with signature, P.S.
    assert len([chunk for chunk in text.split("\n\n") if chunk.strip()]) == 7


def test_text_part_has_no_subject_line_and_no_markup(message: EmailMessage) -> None:
    text = part(message, "plain")
    assert not any(line.lstrip().lower().startswith("subject:") for line in text.splitlines())
    assert SUBJECT not in text
    assert re.search(r"</?[A-Za-z!][^>]*>", text) is None
    assert "**" not in text
    assert "&amp;" not in text


# -- the HTML part ----------------------------------------------------------------------

def test_html_part_has_the_same_words_as_the_text_part(message: EmailMessage) -> None:
    text_words = words(part(message, "plain"))
    html_words = words("".join(scan(part(message, "html")).text))
    assert html_words == text_words


def test_html_paragraphs_carry_inline_styles(message: EmailMessage) -> None:
    paragraphs = scan(part(message, "html")).tags("p")
    assert len(paragraphs) >= 7
    for attrs in paragraphs:
        style = compact_style(attrs.get("style", ""))
        assert "font-family:" in style, attrs
        assert "font-size:" in style, attrs
        assert "margin" in style, attrs


def test_html_part_has_no_elements_mail_clients_strip(message: EmailMessage) -> None:
    html = part(message, "html")
    scanner = scan(html)
    for tag in ("style", "link", "script", "iframe", "object", "form"):
        assert scanner.tags(tag) == [], f"<{tag}> in the HTML part"
    assert re.search(r"<\s*(style|link|script)\b", html, re.I) is None


@pytest.mark.parametrize("unsupported", ["display:flex", "display:inline-flex", "display:grid",
                                         "position:", "@font-face", "float:", "@import"])
def test_html_part_has_no_css_mail_clients_drop(message: EmailMessage,
                                                unsupported: str) -> None:
    assert unsupported not in compact_style(part(message, "html"))


def test_html_part_is_a_600px_column_holding_every_paragraph(message: EmailMessage) -> None:
    scanner = scan(part(message, "html"))
    columns = [attrs for attrs in scanner.tags("table") if attrs.get("width") == "600"]
    assert len(columns) == 1
    assert "width:600px" in compact_style(columns[0].get("style", ""))
    paragraphs = [(attrs, tables) for tag, attrs, tables in scanner.elements if tag == "p"]
    assert paragraphs
    for attrs, tables in paragraphs:
        assert any(t.get("width") == "600" for t in tables), attrs


def test_html_part_is_well_under_the_clipping_size(message: EmailMessage) -> None:
    size = len(part(message, "html").encode("utf-8"))
    assert 0 < size < CLIP_BYTES // 2


def test_a_letter_too_large_for_webmail_is_refused(classic: rejectlet.Pack,
                                                   example_data: dict[str, Any]) -> None:
    long_text = " ".join(["naïve—résumé"] * 1500)
    example_data["strengths"] = long_text
    example_data["interest_in"] = long_text
    example_data["detail"] = long_text
    letter = rejectlet.compose(classic, "reply", example_data)
    with pytest.raises(RenderError) as caught:
        rejectlet.render(letter, "email", force=True)
    assert [d.code for d in caught.value.diagnostics] == ["RJ431"]


# -- bad addresses ----------------------------------------------------------------------

def rj430(letter: rejectlet.Letter, format: str = "email") -> list[rejectlet.Diagnostic]:
    with pytest.raises(RenderError) as caught:
        rejectlet.render(letter, format)
    found = caught.value.diagnostics
    assert {d.code for d in found} == {"RJ430"}
    assert all(d.severity is Severity.ERROR for d in found)
    return list(found)


def test_missing_recipient_address_is_rj430_naming_the_field(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    del example_data["recipient"]["email"]
    found = rj430(rejectlet.compose(classic, "reply", example_data))
    assert len(found) == 1
    assert "recipient.email" in found[0].message
    assert "missing" in found[0].message


@pytest.mark.parametrize("address", ["elena..marsh@example.com", "elena@example",
                                     "elena@exa_mple.com", ".elena@example.com"])
def test_unusable_recipient_address_is_refused_when_composing(
        classic: rejectlet.Pack, example_data: dict[str, Any], address: str) -> None:
    # compose and the email renderer share one address check, so an address the
    # renderer would refuse (RJ430) never gets that far: it is a data error at its key
    example_data["recipient"]["email"] = address
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.compose(classic, "reply", example_data)
    (found,) = caught.value.diagnostics
    assert (found.code, found.key) == ("RJ204", "recipient.email")
    assert address in found.message


def test_missing_sender_address_is_rj430_naming_the_field(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    del example_data["sender"]["email"]
    found = rj430(rejectlet.compose(classic, "reply", example_data))
    assert [("sender.email" in d.message) for d in found] == [True]


@pytest.mark.parametrize("entry", ["Dana Whitfield <dana@@example.com>", "dana.whitfield",
                                   "Dana Whitfield <dana.whitfield@example>"])
def test_unusable_cc_entry_is_rj430_naming_the_entry(
        classic: rejectlet.Pack, example_data: dict[str, Any], entry: str) -> None:
    example_data["cc"] = ["tomas.ortega@example.com", entry]
    found = rj430(rejectlet.compose(classic, "reply", example_data))
    assert len(found) == 1
    assert "cc entry 2" in found[0].message
    assert entry in found[0].message


def test_address_errors_point_at_the_data_file_lines(tmp_path: Path) -> None:
    source = EXAMPLE.read_text(encoding="utf-8")
    source = source.replace("email: elena.marsh@example.com", "email: elena..marsh@example.com")
    source = source.replace("<dana.whitfield@example.com>", "<dana@@example.com>")
    data = tmp_path / "reply.yaml"
    data.write_text(source, encoding="utf-8")
    lines = source.splitlines()
    to_line = next(n for n, line in enumerate(lines, 1) if "elena..marsh" in line)
    cc_line = next(n for n, line in enumerate(lines, 1) if "dana@@example.com" in line)
    # the recipient's address is checked while composing (RJ204, at its line)...
    with pytest.raises(rejectlet.DataError) as caught:
        rejectlet.letter_from_file(data)
    (bad_to,) = caught.value.diagnostics
    assert (bad_to.code, bad_to.key) == ("RJ204", "recipient.email")
    assert bad_to.location is not None and bad_to.location.line == to_line
    result = run_cli("render", str(data), "-f", "eml", "-o", str(tmp_path / "out.eml"))
    assert result.exit_code == 2
    assert f"reply.yaml:{to_line}:" in result.output
    assert "RJ204" in result.output
    assert not (tmp_path / "out.eml").exists()
    # ...and a copy line, free text until the email is made, by the renderer (RJ430)
    data.write_text(source.replace("elena..marsh", "elena.marsh"), encoding="utf-8")
    found = rj430(rejectlet.letter_from_file(data))
    located = {d.message.split(" ")[0]: d.location for d in found}
    assert set(located) == {"cc"}
    assert located["cc"] is not None
    assert located["cc"].line == cc_line
    result = run_cli("render", str(data), "-f", "eml", "-o", str(tmp_path / "out.eml"))
    assert result.exit_code == 2
    assert f"reply.yaml:{cc_line}:" in result.output
    assert "RJ430" in result.output
    assert not (tmp_path / "out.eml").exists()


# -- panel-thanks: one message per person --------------------------------------------------

PANEL = [("Elena Marsh", "elena.marsh@example.com"),
         ("Tomás Ortega", "tomas.ortega@example.com"),
         ("Dana Whitfield", "dana.whitfield@example.com")]


def recipients_of(message: EmailMessage) -> list[tuple[str, str]]:
    found = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
    if message["Cc"] is not None:
        found += [(a.display_name, a.addr_spec) for a in message["Cc"].addresses]
    return found


def test_panel_thanks_api_gives_one_message_per_person(classic: rejectlet.Pack) -> None:
    letters = rejectlet.compose_all(classic, "panel-thanks",
                                    rejectlet.read_data_file(PANEL_EXAMPLE))
    messages = [parse(message_bytes(rejectlet.render(one, "email"))) for one in letters]
    assert [recipients_of(m) for m in messages] == [[person] for person in PANEL]
    assert [m["Bcc"] for m in messages] == [None, None, None]
    for (name, _), message in zip(PANEL, messages, strict=True):
        assert name.split()[-1] in part(message, "plain").splitlines()[0]
    assert len({str(m["Message-ID"]) for m in messages}) == 3


def test_panel_thanks_cli_writes_one_eml_per_person(tmp_path: Path) -> None:
    result = run_cli("render", str(PANEL_EXAMPLE), "-f", "eml", "-o", str(tmp_path / "note.eml"))
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["note-dana-whitfield.eml", "note-elena-marsh.eml", "note-tomas-ortega.eml"]
    slugs = {"Elena Marsh": "elena-marsh", "Tomás Ortega": "tomas-ortega",
             "Dana Whitfield": "dana-whitfield"}
    for person in PANEL:
        message = parse((tmp_path / f"note-{slugs[person[0]]}.eml").read_bytes())
        assert recipients_of(message) == [person]
        # the recruiter is thanked for the process, the interviewers for the interviews
        after = "process" if person[0] == "Dana Whitfield" else "interviews"
        assert str(message["Subject"]) == f"Thank you — Senior Data Analyst {after}"
        greeting = part(message, "plain").splitlines()[0]
        assert person[0].split()[-1] in greeting


# -- mailto -------------------------------------------------------------------------------

def mailto_fields(link: str) -> tuple[str, list[tuple[str, str]]]:
    target, _, query = link.partition("?")
    fields = []
    for pair in query.split("&"):
        key, sep, value = pair.partition("=")
        assert sep == "=", pair
        fields.append((key, value))
    return target, fields


def test_mailto_link_goes_to_the_recipient(letter: rejectlet.Letter) -> None:
    link = rejectlet.render(letter, "mailto")
    assert link.startswith("mailto:elena.marsh@example.com?")


def test_mailto_values_are_fully_percent_encoded(letter: rejectlet.Letter) -> None:
    _, fields = mailto_fields(rejectlet.render(letter, "mailto"))
    assert [key for key, _ in fields] == ["subject", "cc", "body"]
    for key, value in fields:
        assert re.fullmatch(r"(?:[A-Za-z0-9._~@-]|%[0-9A-F]{2})*", value), key


def test_mailto_decodes_back_to_the_subject_copies_and_body(letter: rejectlet.Letter) -> None:
    _, fields = mailto_fields(rejectlet.render(letter, "mailto"))
    decoded = {key: unquote(value, errors="strict") for key, value in fields}
    assert decoded["subject"] == SUBJECT
    assert decoded["cc"] == "dana.whitfield@example.com"
    body = decoded["body"]
    assert re.search(r"(?<!\r)\n", body) is None, "mailto bodies break lines with CRLF"
    plain = part(parse(message_bytes(rejectlet.render(letter, "email"))), "plain")
    assert body.replace("\r\n", "\n") == plain
    assert body.startswith("Dear Ms. Marsh,\r\n\r\nThank you for letting me know")


def test_mailto_needs_the_recipient_address(classic: rejectlet.Pack,
                                            example_data: dict[str, Any]) -> None:
    del example_data["recipient"]["email"]
    found = rj430(rejectlet.compose(classic, "reply", example_data), "mailto")
    assert ["recipient.email" in d.message for d in found] == [True]


def test_mailto_cli_prints_the_link() -> None:
    result = run_cli("render", str(EXAMPLE), "-f", "mailto")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("mailto:elena.marsh@example.com?subject=Priya%20Raman%20")


# -- RJ015: email CSS that mail clients drop ------------------------------------------------

EMAIL_PACK = """
pack: mailpack
version: 0.1.0
language: en
email_style: email.css
variables:
  sender.name: {type: string, required: true}
  sender.email: {type: email, required: true}
  recipient.name: {type: string, required: true}
  recipient.email: {type: email, required: true}
  organization: {type: string, required: true}
sections:
  thanks: {kind: gratitude, text: "Thank you for your time at {{ organization }}."}
  fit: {kind: resell, text: "I still believe I would fit well."}
  interest: {kind: interest, text: "I remain keen on {{ organization }}."}
letters:
  reply:
    subject: "Thank you"
    salutation: "Dear {{ recipient.name }},"
    body: [thanks, fit, interest]
    closing: "Best regards,"
    signature: "{{ sender.name }}"
"""
EMAIL_PACK_DATA = {
    "sender": {"name": "Sam Lee", "email": "sam.lee@example.com"},
    "recipient": {"name": "Jordan Park", "email": "jordan.park@example.com"},
    "organization": "Acme Tools",
}
UNSAFE_CSS = """\
p { color: #333333; }
div.block {
  display: flex;
}
@font-face { font-family: "Fancy"; src: url(fancy.woff2); }
"""
SAFE_CSS = """\
p { color: #2a4d69; }
table.column { background-color: #fafafa; }
"""


def styled_letter(make_pack: PackFactory, css: str) -> rejectlet.Letter:
    pack = rejectlet.load_pack(str(make_pack(EMAIL_PACK, {"email.css": css})))
    return rejectlet.compose(pack, "reply", copy.deepcopy(EMAIL_PACK_DATA))


def test_unsafe_email_css_is_warned_about_at_its_lines(make_pack: PackFactory) -> None:
    letter = styled_letter(make_pack, UNSAFE_CSS)
    found = [d for d in rejectlet.validate(letter) if d.code == "RJ015"]
    assert all(d.severity is Severity.WARNING for d in found)
    where = []
    for diagnostic in found:
        assert diagnostic.location is not None
        assert Path(diagnostic.location.path).name == "email.css"
        where.append((diagnostic.location.line, diagnostic.location.column))
    assert sorted(where) == [(3, 3), (5, 1)]
    messages = " ".join(d.message for d in found)
    assert "display: flex" in messages
    assert "@font-face" in messages


def test_safe_email_css_gets_no_warning_and_is_inlined(make_pack: PackFactory) -> None:
    letter = styled_letter(make_pack, SAFE_CSS)
    assert [d for d in rejectlet.validate(letter) if d.code == "RJ015"] == []
    html = part(rejectlet.render(letter, "email"), "html")
    styles = [compact_style(a.get("style", "")) for a in scan(html).tags("p")]
    assert styles
    assert all("color:#2a4d69" in style for style in styles)
    assert scan(html).tags("style") == []
