"""A letter as an email message that mail clients open as a draft or message.

Headers are built from separate names and addresses, never from formatted
strings, so a recipient name or subject holding line breaks or header text can
never add a header or a recipient: line breaks are folded to spaces and every
address is checked before it is used.

Every part that reaches a header is decoded text, and none may hold ``=?``:
Python's email package, and every mail client, decodes an RFC 2047 encoded
word (``=?utf-8?q?…=0D=0A…?=``) wherever it sits, so one written into a value
would come back as a real line break or header structure. Such a value is
refused at its data key (RJ434). Finally the finished message is parsed as a
mail client would parse it, and every header, the count of each, and the
body's parts must come back exactly as intended, or the message is refused.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from email.utils import format_datetime, make_msgid
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..addresses import is_email_address
from ..controls import without_bidi
from ..diagnostics import Diagnostic, Location, Severity
from ..errors import RenderError
from ..model import Letter
from ..suggest import quoted, shown_name
from .email_html import build_email_html
from .mime_writer import Draft, Part, address_list, unstructured, write_message
from .text import render_text

if TYPE_CHECKING:
    from email.message import EmailMessage

_BREAKS = re.compile(r"[\s\u0085\u2028\u2029]+")
#: Largest HTML part allowed; Gmail clips messages whose HTML passes 102 KB.
MAX_HTML_BYTES = 80_000


def header_text(value: str) -> str:
    """One line of header text: every control character (C0, DEL and C1) and kind
    of line break and run of space is one space, and bidirectional controls are
    dropped, so a value can neither start a header nor reorder what is shown."""
    spaced = "".join(ch if ch >= " " and not "\x7f" <= ch <= "\x9f" else " " for ch in value)
    return _BREAKS.sub(" ", without_bidi(spaced)).strip()


_COPY_RE = re.compile(r"^\s*(?:(?P<name>[^<>]*?)\s*<(?P<angle>[^<>\s]+)>"
                      r"|(?P<bare>[^<>\s,;:]+))\s*$")


def parse_copy(text: str) -> tuple[str, str]:
    """A cc entry as (name, address): only 'addr' or 'Name <addr>' are accepted, so
    text such as 'Bcc: x@y' or 'a@b, c@d' is never read as extra recipients."""
    match = _COPY_RE.match(text)
    if match is None:
        return "", ""
    if match.group("bare"):
        return "", match.group("bare")
    return match.group("name").strip(), match.group("angle")


def _address_field(letter: Letter, name_key: str, email_key: str) -> tuple[str, str]:
    return str(letter.data.get(name_key) or ""), str(letter.data.get(email_key) or "")


def _check_address(address: str, field: str, letter: Letter, problems: list[Diagnostic]) -> bool:
    if is_email_address(address):
        return True
    problems.append(Diagnostic(
        "RJ430", Severity.ERROR,
        f"{field} is not a usable email address: {quoted(address)}" if address
        else f"{field} is missing; the email needs it",
        letter.place_of_value(field),
        "write it as name@example.com"))
    return False


#: The opening of an RFC 2047 encoded word; no header value may contain one.
ENCODED_WORD = "=?"


def _refuse_encoded_words(letter: Letter, parts: list[tuple[str, str, Location | None]],
                          problems: list[Diagnostic]) -> None:
    """One RJ434 per header part (name, address, copy entry, subject) holding ``=?``."""
    seen: set[tuple[str, str]] = set()
    for field, value, where in parts:
        # as written, too: dropping a bidi control from '=\u200e?' joins an '=?'
        written = ENCODED_WORD in value or ENCODED_WORD in header_text(value)
        if written and (field, value) not in seen:
            seen.add((field, value))
            problems.append(Diagnostic(
                "RJ434", Severity.ERROR,
                f"{field} holds '=?', which mail programs decode as an encoded word "
                "(RFC 2047) and could turn into a line break or another header: "
                f"{shown_name(value)}",
                where or letter.data_source,
                "remove '=?' from the value; write the text as it should read",
                key=field if field in letter.data else ""))


#: Longest display name a header carries: a name is a few words, and a long word
#: cannot be folded, so it would make a header line longer than mail allows.
MAX_NAME_CHARS = 200
#: Longest line of a message, in bytes, that mail transports accept (RFC 5322).
MAX_LINE_BYTES = 998


def _refuse_long_names(letter: Letter, names: list[tuple[str, str, Location | None]],
                       problems: list[Diagnostic]) -> None:
    """One RJ430 per display name over :data:`MAX_NAME_CHARS`: its header line could
    not be folded under the 998 bytes a mail line may have."""
    for field, value, where in names:
        if len(value) > MAX_NAME_CHARS:
            problems.append(Diagnostic(
                "RJ430", Severity.ERROR,
                f"{field} is {len(value):,} characters, too long for a mail header "
                f"(the limit for a name is {MAX_NAME_CHARS})", where or letter.data_source,
                "shorten the name", key=field if field in letter.data else ""))


def _subject_parts(letter: Letter, subject: str) -> list[tuple[str, str, Location | None]]:
    """The subject, located at the data value that brought ``=?`` into it when one did."""
    if ENCODED_WORD not in subject:
        return []
    for key, value in letter.data.items():
        if isinstance(value, str) and ENCODED_WORD in header_text(value):
            return [(key, value, letter.location_of_value(key))]
    return [("the subject", subject, letter.data_source)]


_STRUCTURE = re.compile(r'[,;:<>@"()\[\]\\]')


def display_name(name: str) -> str:
    """A name fit for an address header: one line, and none of the characters that
    give a header structure (',', ';', ':', '<', '@' …). Header folding does not
    always keep a quoted name quoted, and unquoted those characters would turn
    'A, B: x@y;' into a group of extra recipients."""
    return " ".join(_STRUCTURE.sub(" ", header_text(name)).split())


def _make_address(name: str, address: str) -> tuple[str, str]:
    """The (display name, address) pair a header is written from."""
    return display_name(name), address


def recipients(letter: Letter) -> tuple[str, str]:
    """The keys naming this letter's recipient: the per-person record, else recipient."""
    kind = letter.pack.letters.get(letter.kind)
    if kind is not None and kind.each:
        return f"{kind.item_name}.name", f"{kind.item_name}.email"
    return "recipient.name", "recipient.email"


def render_email(letter: Letter, *, date: dt.datetime | None = None) -> EmailMessage:
    """The letter as a multipart/alternative message: a text part and an HTML part.

    The message is the .eml file's bytes, checked, then parsed by the standard
    library, so the object and the file always hold the same message."""
    from email import message_from_bytes

    message: EmailMessage = message_from_bytes(email_file(letter, date=date),
                                               policy=_keep_headers())
    return message


@cache
def _keep_headers() -> Any:
    """``policy.default``, except that headers read from the checked bytes are written
    back exactly as they are. The email package refolds a header line over 78
    characters when the message is serialised (``bytes(message)``, ``as_string``,
    ``smtplib``), and its folding of encoded words can swallow a comma and the next
    address into a name; the host must send the message that was read back."""
    from email import policy

    return policy.default.clone(refold_source="none")


def email_file(letter: Letter, *, date: dt.datetime | None = None) -> bytes:
    """The letter as the bytes of a .eml file: exactly the bytes that were read back
    and checked, so the file is never serialised a second time after its check."""
    try:
        return _build_email(letter, date)
    except UnicodeEncodeError:
        raise _not_unicode(letter) from None


def _not_unicode(letter: Letter) -> RenderError:
    """A lone surrogate cannot be written as UTF-8: say which value holds one."""
    for key, value in letter.data.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            return RenderError(
                f"{key} holds text that is not valid Unicode (a lone surrogate), which no "
                "message can carry", letter.location_of_value(key) or letter.data_source,
                code="RJ436", hint="pass the value as proper text")
    return RenderError("the letter holds text that is not valid Unicode (a lone surrogate), "
                       "which no message can carry", letter.data_source, code="RJ436",
                       hint="a template or a value made a lone surrogate; remove it")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _build_email(letter: Letter, date: dt.datetime | None) -> bytes:
    problems: list[Diagnostic] = []
    sender_name, sender_address = _address_field(letter, "sender.name", "sender.email")
    name_key, email_key = recipients(letter)
    to_name, to_address = _address_field(letter, name_key, email_key)
    subject = header_text(letter.subject or letter.title)
    _refuse_encoded_words(letter, [
        ("sender.name", sender_name, letter.location_of_value("sender.name")),
        ("sender.email", sender_address, letter.location_of_value("sender.email")),
        (name_key, to_name, letter.location_of_value(name_key)),
        (email_key, to_address, letter.location_of_value(email_key)),
        *(("cc", str(raw), letter.location_of_value("cc"))
          for raw in letter.data.get("cc") or []),
        *_subject_parts(letter, subject)], problems)
    _refuse_long_names(letter, [
        ("sender.name", sender_name, letter.location_of_value("sender.name")),
        (name_key, to_name, letter.location_of_value(name_key)),
        *(("cc", parse_copy(str(raw))[0], letter.location_of_value("cc"))
          for raw in letter.data.get("cc") or [])], problems)
    if problems:
        raise RenderError(problems)
    ok_from = _check_address(sender_address, "sender.email", letter, problems)
    ok_to = _check_address(to_address, email_key, letter, problems)
    copies: list[tuple[str, str]] = []
    for index, raw in enumerate(letter.data.get("cc") or []):
        name, address = parse_copy(str(raw))
        if not is_email_address(address):
            problems.append(Diagnostic("RJ430", Severity.ERROR,
                                       f"cc entry {index + 1} is not a usable email address: "
                                       f"{quoted(str(raw))}", letter.location_of_value("cc"),
                                       "write it as name@example.com or Name <name@example.com>"))
            continue
        copies.append(_make_address(name, address))
    if problems:
        raise RenderError(problems)
    assert ok_from and ok_to
    sender = _make_address(sender_name, sender_address)
    to = _make_address(to_name, to_address)
    html = build_email_html(letter)
    size = len(html.encode("utf-8"))
    if size > MAX_HTML_BYTES:
        raise RenderError(f"the email's HTML part is {size // 1024} KB; webmail clips messages "
                          f"over about 100 KB", letter.data_source, code="RJ431",
                          hint="shorten the letter; a reply to a rejection reads in a minute")
    text = render_text(letter, include_subject=False)
    boundary = _BOUNDARY
    if _BOUNDARY in text or _BOUNDARY in html:
        boundary = f"rejectlet-{secrets.token_hex(16)}"
    when = _date_header(date)
    message_id = make_msgid(domain=sender_address.partition("@")[2])
    intended: list[tuple[str, str | list[tuple[str, str]]]] = [("From", [sender]), ("To", [to])]
    headers: list[tuple[str, tuple[str, ...]]] = [
        ("From", tuple(address_list([sender]))), ("To", tuple(address_list([to])))]
    if copies:
        intended.append(("Cc", copies))
        headers.append(("Cc", tuple(address_list(copies))))
    intended += [("Subject", subject), ("Date", when), ("Message-ID", message_id),
                 ("X-Unsent", "1"), ("MIME-Version", "1.0"),
                 ("Content-Type", "multipart/alternative")]
    headers += [("Subject", tuple(unstructured(subject))), ("Date", (when,)),
                ("Message-ID", (message_id,)), ("X-Unsent", ("1",)), ("MIME-Version", ("1.0",)),
                ("Content-Type", ("multipart/alternative;", f'boundary="{boundary}"'))]
    data = write_message(Draft(tuple(headers), boundary,
                               (Part("plain", text), Part("html", html))))
    _verify(data, letter, intended, text, html,
            {"From": "sender.name", "To": name_key, "Cc": "cc"})
    return data


def _date_header(date: dt.datetime | None) -> str:
    """The Date header: the moment in the computer's time zone when that zone can be
    written as RFC 5322 asks (+hhmm: whole minutes, under a day), else in UTC.

    A POSIX TZ may give an offset of 24 hours (which Python's datetime refuses with
    a ValueError) or one with seconds (which would be written as six digits, a Date
    no client reads); the moment is the same in UTC, so nothing is lost by using it.
    """
    moment = date or dt.datetime.now(dt.UTC)
    try:
        local = moment.astimezone()
        offset = local.utcoffset()
    except (ValueError, OverflowError, OSError):
        offset = None
    if offset is None or offset % dt.timedelta(minutes=1) or abs(offset) >= dt.timedelta(days=1):
        try:
            local = moment.astimezone(dt.UTC)
        except (ValueError, OverflowError, OSError):
            # a local time that cannot be placed (the zone itself is unwritable, or
            # the moment sits at the calendar's edge) is taken as UTC as written
            local = moment.replace(tzinfo=dt.UTC)
    return format_datetime(local)


#: What RFC 5322 allows in a Date header as we write it: day, date, time, +hhmm.
_DATE_SHAPE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                         r"\d{2}:\d{2}:\d{2} [+-]\d{4}")


#: The parts' boundary: one per process, so the reader's pattern for it is compiled
#: once. A body holding it (checked above) gets a fresh one; the read-back would
#: refuse a clash in any case.
_BOUNDARY = f"rejectlet-{secrets.token_hex(16)}"


_ADDRESS_HEADERS = ("From", "To", "Cc")


def _verify(data: bytes, letter: Letter,
            intended: list[tuple[str, str | list[tuple[str, str]]]],
            text: str, html: str, keys: dict[str, str]) -> None:
    """Parse the message as a mail client will and refuse it unless it reads back
    exactly as built: the same header names in the same order (so nothing was added,
    such as Bcc or Reply-To, and nothing doubled), each address header with the
    same names and addresses, every other header with the same decoded value, and a
    body of exactly the text part and the HTML part.

    The message is split into headers and parts once, keeping each header's raw
    text; each header is then read with the full header parser exactly once (the
    step ``policy.default`` would repeat on every lookup), which keeps the check
    whole at a fraction of the cost.
    """
    from email import message_from_bytes, policy

    parsed = message_from_bytes(data, policy=policy.compat32)
    raw = list(parsed.raw_items())
    wrong_recipients: list[str] = []
    wrong_headers: list[str] = []
    if [name.lower() for name, _ in raw] != [name.lower() for name, _ in intended]:
        wrong_headers.append("")
    for name, wanted in intended:
        values = [value for key, value in raw if key.lower() == name.lower()]
        if len(values) != 1:
            (wrong_recipients if name in _ADDRESS_HEADERS else wrong_headers).append(name)
            continue
        if name in _ADDRESS_HEADERS:
            if list(_addresses_read(values[0])) != wanted:
                wrong_recipients.append(name)
            continue
        got = _header_reads(name, values[0])
        if got != wanted or _BREAKS.search(str(got).replace(" ", "")) or (
                name == "Date" and not _DATE_SHAPE.fullmatch(str(got))):
            wrong_headers.append(name)
    if any(key.lower() == "bcc" for key, _ in raw):
        wrong_recipients.append("Bcc")
    if wrong_recipients:
        first = wrong_recipients[0]
        key = keys.get(first, "")
        raise RenderError([Diagnostic(
            "RJ430", Severity.ERROR,
            f"the message's recipients would not read back as written (the {first} header)",
            (letter.place_of_value(key) if key else None) or letter.data_source,
            "simplify the recipient and copy names", key=key)])
    head = data.split(b"\r\n\r\n", 1)[0]
    if max(len(line) for line in head.split(b"\r\n")) > MAX_LINE_BYTES:
        wrong_headers.append("")  # a transport would refuse the line, or break it its own way
    if wrong_headers or not _body_reads_back(parsed, text, html):
        named = next((name for name in wrong_headers if name), "")
        key = _subject_key(letter) if named == "Subject" else ""
        raise RenderError([Diagnostic(
            "RJ435", Severity.ERROR,
            "the message's headers or body would not read back as written"
            + (f" (the {named} header)" if named else ""),
            (letter.place_of_value(key) if key else None) or letter.data_source,
            "remove control characters and header text from the names and the subject",
            key=key)])


def _subject_key(letter: Letter) -> str:
    """The data value the subject shows, to point a subject that did not read back at:
    of the values found in it, the one that starts earliest, and of those starting
    there the longest (``Senior Data Analyst`` rather than ``Data``), not merely the
    first in the data's order, which may stand anywhere in the subject."""
    subject = header_text(letter.subject or letter.title)
    best: tuple[int, int] | None = None
    chosen = ""
    for key, value in letter.data.items():
        if not isinstance(value, str) or not value.strip():
            continue
        at = subject.find(header_text(value))
        rank = (at, -len(value))
        if at >= 0 and (best is None or rank < best):
            best, chosen = rank, key
    return chosen


@lru_cache(maxsize=256)
def _addresses_read(raw: str) -> tuple[tuple[str, str], ...]:
    """The (name, address) pairs of an address header, as the standard has them read.

    Python's header parser and RFC 2047 agree on the addresses, but not on a name
    written as several encoded words: the standard drops the space between two
    adjacent encoded words (section 6.2), the parser keeps it. So both must find
    the same addresses, and the names are decoded the standard's way; they may
    differ from the parser's names only by spaces."""
    from email.header import decode_header, make_header
    from email.utils import getaddresses

    structured = _header_reads("To", raw)
    unfolded = raw.replace("\r\n", "").replace("\n", "")
    try:
        pairs = getaddresses([unfolded])
        names = [str(make_header(decode_header(name))) if "=?" in name else name
                 for name, _ in pairs]
    except (ValueError, LookupError, UnicodeError):
        return ()
    if len(pairs) != len(structured) or any(
            address != theirs[1] or name.replace(" ", "") != theirs[0].replace(" ", "")
            for (_, address), name, theirs in zip(pairs, names, structured, strict=True)):
        return ()
    return tuple((name, address) for name, (_, address) in zip(names, pairs, strict=True))


@lru_cache(maxsize=256)
def _header_reads(name: str, raw: str) -> str | tuple[tuple[str, str], ...]:
    """What a client reads in one header: the (name, address) pairs of an address
    header, the media type of a Content-Type, or else the decoded value. The full
    header parser gives the same answer for the same raw text every time, and a
    batch repeats most headers (the sender, the MIME headers), so recent answers
    are kept."""
    from email import policy

    try:
        header: Any = policy.default.header_fetch_parse(name, raw)
    except Exception:  # a header the parser cannot read at all is a mismatch
        return () if name in _ADDRESS_HEADERS else "\x00unreadable"
    if name in _ADDRESS_HEADERS:
        try:
            return tuple((a.display_name, a.addr_spec) for a in header.addresses)
        except (AttributeError, ValueError, TypeError):
            return ()
    if name == "Content-Type":
        return _content_type(header)
    return str(header)


def _content_type(header: Any) -> str:
    """The media type a Content-Type header gives, read as ``policy.default`` reads it."""
    value = getattr(header, "content_type", "")
    return str(value).lower()


def _part_type(part: Any) -> str:
    raw = [value for key, value in part.raw_items() if key.lower() == "content-type"]
    if len(raw) != 1:
        return ""
    return str(_header_reads("Content-Type", raw[0]))


def _part_text(part: Any) -> str:
    """A part's text as a client shows it: transfer encoding undone, charset applied."""
    payload = part.get_payload(decode=True)
    charset = part.get_param("charset", "ascii")
    try:
        return bytes(payload).decode(str(charset), errors="replace")
    except LookupError:  # a charset no client knows: the text cannot read back
        return "\ufffd"


def _body_reads_back(parsed: Any, text: str, html: str) -> bool:
    """Exactly two parts, text then HTML, holding what was written, and no defects."""
    if parsed.defects or not parsed.is_multipart():
        return False
    parts = parsed.get_payload()
    if not isinstance(parts, list) or [_part_type(part) for part in parts] != [
            "text/plain", "text/html"]:
        return False
    if any(part.defects or part.is_multipart() for part in parts):
        return False
    got_text, got_html = (_part_text(part).replace("\r\n", "\n") for part in parts)
    return got_text.rstrip("\n") == text.replace("\r\n", "\n").rstrip("\n") and \
        got_html.rstrip("\n") == html.replace("\r\n", "\n").rstrip("\n")


def render_mailto(letter: Letter) -> str:
    """A mailto: link (RFC 6068) with subject, body and copies, for pasting into a client."""
    try:
        return _build_mailto(letter)
    except UnicodeEncodeError:
        raise _not_unicode(letter) from None


def _build_mailto(letter: Letter) -> str:
    problems: list[Diagnostic] = []
    name_key, email_key = recipients(letter)
    _, to_address = _address_field(letter, name_key, email_key)
    subject = header_text(letter.subject or letter.title)
    _refuse_encoded_words(letter, [
        (email_key, to_address, letter.location_of_value(email_key)),
        *(("cc", str(raw), letter.location_of_value("cc"))
          for raw in letter.data.get("cc") or []),
        *_subject_parts(letter, subject)], problems)
    if not problems:
        _check_address(to_address, email_key, letter, problems)
    if problems:
        raise RenderError(problems)
    query: list[tuple[str, str]] = [("subject", subject)]
    valid = []
    for index, raw in enumerate(letter.data.get("cc") or []):
        address = parse_copy(str(raw))[1]
        if not is_email_address(address):
            raise RenderError(f"cc entry {index + 1} is not a usable email address: "
                              f"{quoted(str(raw))}", letter.location_of_value("cc"), code="RJ430",
                              hint="write it as name@example.com or Name <name@example.com>")
        valid.append(address)
    if valid:
        query.append(("cc", ",".join(valid)))
    body = render_text(letter, include_subject=False).replace("\n", "\r\n")
    query.append(("body", body))
    encoded = "&".join(f"{key}={quote(value, safe='')}" for key, value in query)
    return f"mailto:{quote(to_address, safe='@')}?{encoded}"


def message_bytes(message: EmailMessage) -> bytes:
    """The message as a .eml file: CRLF line ends, as mail clients expect."""
    data: Any = message.as_bytes(policy=_file_policy())
    return bytes(data)


@cache
def _file_policy() -> Any:
    """SMTP's policy with lines folded only at 998 characters, the standard's hard
    limit: folding at 78 can mangle address lists on some Python versions (an
    encoded comma merges two recipients). Made once; policies are immutable."""
    from email import policy

    return policy.SMTP.clone(max_line_length=998)


__all__ = ["email_file", "header_text", "message_bytes", "render_email", "render_mailto"]
