"""HTML output: a complete, well-formed document in which data and templates never
become markup the pack author or the data's writer did not intend."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import rejectlet
from rejectlet.pack import load_pack_folder
from tests.conftest import EXAMPLE, ROOT

VOID = {"meta", "br", "link", "img", "hr", "input", "source", "wbr"}
LETTER_TAGS = {"html", "head", "meta", "title", "style", "body", "article", "header",
               "address", "br", "p", "section", "div", "span", "strong", "em", "code", "a",
               "ul", "ol", "li", "blockquote"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    @property
    def elements(self) -> list[Element]:
        return [child for child in self.children if isinstance(child, Element)]

    def iter(self) -> Iterator[Element]:
        yield self
        for child in self.elements:
            yield from child.iter()

    def find_all(self, tag: str) -> list[Element]:
        return [element for element in self.iter() if element.tag == tag]

    def find(self, tag: str) -> Element:
        found = self.find_all(tag)
        assert len(found) == 1, f"{len(found)} <{tag}> elements"
        return found[0]

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text
                       for child in self.children)

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class TreeBuilder(HTMLParser):
    """Builds a tree and fails on any tag that is closed out of order or left open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.document = Element("#document")
        self.stack = [self.document]
        self.declarations: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert tag not in VOID, f"</{tag}> closes a void element"
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(document: str) -> Element:
    assert document.lower().startswith("<!doctype html>")
    builder = TreeBuilder()
    builder.feed(document)
    builder.close()
    assert [element.tag for element in builder.stack] == ["#document"], "unclosed elements"
    assert [d.lower() for d in builder.declarations] == ["doctype html"]
    [root] = builder.document.elements
    return root


def _normal(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def example_html(classic: rejectlet.Pack) -> str:
    return rejectlet.render(rejectlet.compose(classic, "reply",
                                              rejectlet.read_data_file(EXAMPLE)), "html")


def html_pack_yaml(extra: str = "A plain extra paragraph.", language: str = "en",
                   subject: str | None = "Thank you, {{ name }}",
                   style: str | None = None) -> str:
    lines = [
        "pack: htmlcheck",
        "version: 1.0.0",
        "title: HTML check",
        f"language: {language}",
    ]
    if style is not None:
        lines.append(f"style: {style}")
    lines += [
        "variables:",
        "  name: {type: string, required: true}",
        "  site: {type: string}",
        "sections:",
        "  thanks: {kind: gratitude, text: 'Thank you, {{ name }}, for your time.'}",
        "  interest: {kind: interest, text: 'I remain interested in the team.'}",
        "  extra:",
        "    kind: other",
        "    text: |",
        textwrap.indent(textwrap.dedent(extra).strip("\n"), "      "),
        "letters:",
        "  reply:",
    ]
    if subject is not None:
        lines.append(f"    subject: {subject!r}")
    lines += [
        "    salutation: 'Dear {{ name }},'",
        "    body: [thanks, extra, interest]",
        "    closing: 'Best regards,'",
        "    signature: Sam Lee",
    ]
    return "\n".join(lines) + "\n"


HtmlFactory = Callable[..., str]


@pytest.fixture
def render_html(make_pack: Callable[..., Path]) -> HtmlFactory:
    def build(data: dict[str, Any] | None = None, *, files: dict[str, str] | None = None,
              **pack_options: Any) -> str:
        folder = make_pack(html_pack_yaml(**pack_options), files)
        letter = rejectlet.compose(load_pack_folder(folder), "reply",
                                   {"name": "Ana", **(data or {})})
        # forced: some values here are placeholders the rules rightly object to
        return rejectlet.render(letter, "html", force=True)
    return build


# -- the document ----------------------------------------------------------------------


def test_html_is_a_complete_html5_document(example_html: str) -> None:
    root = parse(example_html)
    assert root.tag == "html"
    assert [child.tag for child in root.elements] == ["head", "body"]
    head, body = root.elements
    assert {"charset": "utf-8"} in [meta.attrs for meta in head.find_all("meta")]
    assert head.find("title").text
    assert head.find("style").text.strip()
    assert body.find("article").find_all("section")


@pytest.mark.parametrize("language", ["en", "en-GB", "de", "fr"])
def test_the_document_language_is_the_pack_language(render_html: HtmlFactory,
                                                     language: str) -> None:
    root = parse(render_html(language=language))
    assert root.attrs["lang"] == language


def test_the_title_is_the_subject(example_html: str) -> None:
    title = parse(example_html).find("title")
    assert title.text == "Priya Raman — Senior Data Analyst Position"


def test_a_subject_with_markup_characters_is_escaped_in_the_title(
        render_html: HtmlFactory) -> None:
    document = render_html({"name": "Ana & <Co>"})
    assert "<title>Thank you, Ana &amp; &lt;Co&gt;</title>" in document
    assert parse(document).find("title").text == "Thank you, Ana & <Co>"


def test_a_letter_without_subject_still_has_a_title(render_html: HtmlFactory) -> None:
    title = parse(render_html(subject=None)).find("title")
    assert "HTML check" in title.text
    assert "Thank you" not in title.text


def test_the_author_is_the_sender_and_attribute_quotes_are_escaped(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["sender"]["name"] = 'Priya "PR" Raman <ops>'
    letter = rejectlet.compose(classic, "reply", example_data)
    root = parse(rejectlet.render(letter, "html", force=True))
    authors = [m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("name") == "author"]
    assert authors == ['Priya "PR" Raman <ops>']


# -- stylesheets -------------------------------------------------------------------------


def test_the_pack_stylesheet_is_included_after_the_default_one(example_html: str) -> None:
    style = parse(example_html).find("style").text
    pack_css = (ROOT / "packs" / "classic" / "style.css").read_text("utf-8").strip()
    default_css = (ROOT / "src" / "rejectlet" / "renderers" / "default.css").read_text("utf-8")
    assert pack_css in style
    assert style.index(default_css.strip()) < style.index(pack_css)


def test_a_pack_stylesheet_reaches_the_document(render_html: HtmlFactory) -> None:
    css = ".salutation { color: #123456; letter-spacing: 0.02em; }\n"
    document = render_html(style="look.css", files={"look.css": css})
    assert css.strip() in parse(document).find("style").text


# -- the letter's parts ----------------------------------------------------------------


def test_sections_appear_in_order_with_their_kind_classes(example_html: str) -> None:
    article = parse(example_html).find("article")
    sections = [(s.classes, s.attrs["data-section"]) for s in article.find_all("section")]
    assert sections == [
        (["block", "kind-gratitude"], "thanks"),
        (["block", "kind-resell"], "fit"),
        (["block", "kind-interest"], "interest"),
        (["block", "kind-followup"], "promise"),
        (["postscript", "kind-feedback"], "feedback"),
    ]


def test_the_parts_of_the_letter_come_in_reading_order(example_html: str) -> None:
    article = parse(example_html).find("article")
    parts = [(child.tag, child.classes[0] if child.classes else "") for child in article.elements]
    assert parts == [
        ("header", "letterhead"), ("p", "date"), ("address", "recipient"), ("p", "subject"),
        ("p", "salutation"), ("section", "block"), ("section", "block"), ("section", "block"),
        ("section", "block"), ("div", "closing"), ("section", "postscript"),
    ]
    closing = article.elements[-2]
    assert [(p.classes, p.text) for p in closing.elements] == [
        (["valediction"], "Sincerely,"), (["signature"], "Priya Raman")]
    assert _normal(article.elements[-1].text).startswith("P.S. If your policies allow it")


def test_the_role_is_not_set_in_bold(example_html: str) -> None:
    """A bold role reads like a mail merge; the letter names it in plain text."""
    article = parse(example_html).find("article")
    assert "Senior Data Analyst" in article.text
    assert not any("Senior Data Analyst" in strong.text for strong in article.find_all("strong"))


# -- data is escaped, never evaluated -------------------------------------------------------

NSYNC = "*NSYNC <b>{{ 7*7 }}"


def test_a_company_name_full_of_markup_is_escaped_not_evaluated(
        classic: rejectlet.Pack, example_data: dict[str, Any]) -> None:
    example_data["organization"] = NSYNC
    letter = rejectlet.compose(classic, "reply", example_data)
    document = rejectlet.render(letter, "html", force=True)
    assert "*NSYNC &lt;b&gt;{{ 7*7 }}" in document
    assert "<b>" not in document
    assert "49" not in document
    root = parse(document)
    assert "b" not in {element.tag for element in root.iter()}
    fit = next(s for s in root.find_all("section") if s.attrs["data-section"] == "fit")
    assert NSYNC in fit.text
    assert fit.find_all("em") == []
    recipient = next(a for a in root.find_all("address") if "recipient" in a.classes)
    assert NSYNC in recipient.text


@pytest.mark.parametrize("value", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;already escaped&gt; &amp; &#60;",
    "[link](javascript:alert(1))",
    "</section></article><h1>Hired!</h1>",
])
def test_data_never_adds_elements(render_html: HtmlFactory, value: str) -> None:
    document = render_html({"name": value})
    root = parse(document)
    assert {element.tag for element in root.iter()} <= LETTER_TAGS | {"#document"}
    thanks = next(s for s in root.find_all("section") if s.attrs["data-section"] == "thanks")
    assert thanks.text.strip() == f"Thank you, {value}, for your time."
    assert thanks.find_all("a") == []


# -- links and raw HTML in templates ------------------------------------------------------


@pytest.mark.parametrize("href", [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "JAVASCRIPT:void(0)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "jav&#x09;ascript:alert(1)",
])
def test_script_links_in_templates_are_dropped(render_html: HtmlFactory, href: str) -> None:
    document = render_html(
        extra=f"Please [see this]({href}) and [our jobs](https://example.com/jobs).")
    root = parse(document)
    extra = next(s for s in root.find_all("section") if s.attrs["data-section"] == "extra")
    assert [a.attrs.get("href") for a in extra.find_all("a")] == ["https://example.com/jobs"]
    assert "see this" in extra.text
    assert "javascript" not in document.lower()
    assert "vbscript" not in document.lower()
    assert "data:text" not in document


def test_script_links_from_data_are_dropped(render_html: HtmlFactory) -> None:
    document = render_html({"site": "javascript:alert(1)"}, extra="My [site]({{ site }}).")
    root = parse(document)
    assert root.find("article").find_all("a") == []
    assert "javascript:" not in document


def test_web_mail_and_phone_links_are_kept(render_html: HtmlFactory) -> None:
    document = render_html(extra="[Jobs](https://example.com/jobs?a=1&b=2), "
                                 "[mail](mailto:sam@example.com), [call](tel:+15035550147).")
    links = [(a.attrs["href"], a.text) for a in parse(document).find("article").find_all("a")]
    assert links == [("https://example.com/jobs?a=1&b=2", "Jobs"),
                     ("mailto:sam@example.com", "mail"), ("tel:+15035550147", "call")]


@pytest.mark.parametrize(("raw", "visible"), [
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("Hello <script>alert(1)</script> there.", "<script>alert(1)</script>"),
    ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
    ("<b>bold</b> words", "<b>bold</b>"),
    ('<a href="javascript:alert(1)">click</a>', '<a href="javascript:alert(1)">click</a>'),
    ("<div>\n<script>alert(1)</script>\n</div>", "<script>alert(1)</script>"),
    ("<style>body { display: none; }</style>", "display: none;"),
    ("<iframe src='https://example.com'></iframe>", "<iframe"),
])
def test_raw_html_in_a_template_is_shown_as_text(render_html: HtmlFactory, raw: str,
                                                 visible: str) -> None:
    document = render_html(extra=raw)
    root = parse(document)
    tags = {element.tag for element in root.iter()}
    assert tags <= LETTER_TAGS | {"#document"}
    assert len(root.find_all("style")) == 1
    assert root.find("article").find_all("a") == []
    extra = next(s for s in root.find_all("section") if s.attrs["data-section"] == "extra")
    assert visible in extra.text
