"""The validated, immutable picture of a pack and of a composed letter.

Everything downstream of loading works on these objects and never re-reads
YAML; every part keeps the location it came from so diagnostics can point back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import Location
from .suggest import quoted
from .yamlio import ScalarSpan

if TYPE_CHECKING:
    from .templates import CompiledPack


class SectionKind(enum.Enum):
    """What a section does in the letter; the rules reason about kinds, not words."""

    GRATITUDE = "gratitude"
    RESELL = "resell"
    INTEREST = "interest"
    FOLLOWUP = "followup"
    FEEDBACK = "feedback"
    UPDATE = "update"
    REQUEST = "request"
    SHARE = "share"
    REFERENCE = "reference"
    CLOSING = "closing"
    OTHER = "other"


VARIABLE_TYPES = ("string", "text", "list", "bool", "integer", "date", "email", "records")

#: The standard letters of the follow-up; rules that concern one of them apply by type.
LETTER_TYPES = ("reply", "feedback-followup", "check-in", "coffee-request", "keep-in-touch",
                "reapply", "panel-thanks", "custom")


@dataclass(frozen=True, slots=True)
class Variable:
    """One value a letter's data must or may supply."""

    name: str
    type: str = "string"
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    help: str = ""
    location: Location | None = None
    fields: dict[str, Variable] = field(default_factory=dict)

    @property
    def has_default(self) -> bool:
        return self.default is not None


@dataclass(frozen=True, slots=True)
class Template:
    """Template source plus where it sits, so Jinja's line numbers map to the file."""

    source: str
    span: ScalarSpan

    @property
    def location(self) -> Location:
        return self.span.location


class TemplateKind(enum.Enum):
    """Which part of a pack a template belongs to."""

    SECTION = "section"
    WHEN = "when"
    LETTER_PART = "letter part"
    LETTER_BLOCK = "letter block"
    LETTERHEAD = "letterhead"


@dataclass(frozen=True, slots=True)
class TemplateRef:
    """The address of one template in a compiled pack.

    A typed address instead of a joined string, so a letter named ``section``
    and a section named ``salutation`` can never land on the same key.
    ``name`` is the section or letter id (or the block, for a letterhead
    template); ``part`` is the letter's part or block.
    """

    kind: TemplateKind
    name: str
    part: str = ""

    @classmethod
    def section(cls, section_id: str) -> TemplateRef:
        return cls(TemplateKind.SECTION, section_id)

    @classmethod
    def when(cls, section_id: str) -> TemplateRef:
        return cls(TemplateKind.WHEN, section_id)

    @classmethod
    def letter_part(cls, letter_id: str, part: str) -> TemplateRef:
        return cls(TemplateKind.LETTER_PART, letter_id, part)

    @classmethod
    def letter_block(cls, letter_id: str, block: str) -> TemplateRef:
        return cls(TemplateKind.LETTER_BLOCK, letter_id, block)

    @classmethod
    def letterhead(cls, block: str) -> TemplateRef:
        return cls(TemplateKind.LETTERHEAD, block)

    def describe(self) -> str:
        """How a diagnostic names the template."""
        if self.kind is TemplateKind.SECTION:
            return f"section {quoted(self.name)}"
        if self.kind is TemplateKind.WHEN:
            return f"the condition of section {quoted(self.name)}"
        if self.kind is TemplateKind.LETTERHEAD:
            return f"the {self.name} block"
        if self.kind is TemplateKind.LETTER_BLOCK:
            return f"the {self.part} block of letter {quoted(self.name)}"
        return f"the {self.part} of letter {quoted(self.name)}"


#: The letterhead blocks a pack (and a letter kind) may define.
LETTERHEAD_BLOCKS = ("sender", "recipient", "date")
#: A letter kind's own templates, besides its sections and blocks.
LETTER_PARTS = ("subject", "salutation", "closing", "signature")


@dataclass(frozen=True, slots=True)
class Section:
    """A reusable paragraph (or a few) of Markdown with Jinja placeholders."""

    id: str
    kind: SectionKind
    text: Template
    when: str | None = None
    location: Location | None = None
    when_location: Location | None = None


@dataclass(frozen=True, slots=True)
class LetterKind:
    """How one kind of letter (reply, check-in, …) is assembled from sections."""

    id: str
    subject: Template | None
    salutation: Template
    body: tuple[str, ...]
    closing: Template
    signature: Template
    ps: tuple[str, ...] = ()
    body_locations: tuple[Location, ...] = ()
    ps_locations: tuple[Location, ...] = ()
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    description: str = ""
    location: Location | None = None
    type: str = "custom"
    each: str | None = None
    item_name: str = "person"
    uses: frozenset[str] = frozenset()
    blocks: tuple[str, ...] = ()  # which of sender/recipient/date this letter overrides
    block_templates: dict[str, Template] = field(default_factory=dict)
    #: every name in ``uses`` and every group above one ("sender" for "sender.name"),
    #: made once: composing asks :meth:`needs` hundreds of times per letter
    _read: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        groups = {used.rsplit(".", depth)[0] for used in self.uses
                  for depth in range(used.count(".") + 1)}
        object.__setattr__(self, "_read", frozenset(groups))

    def needs(self, variable: str) -> bool:
        """Whether this letter's templates read the variable (or a group it belongs to)."""
        return variable in self._read or variable == self.each


@dataclass(frozen=True, slots=True)
class PackCheck:
    """A rule a pack declares in YAML: one test, its own code and message."""

    code: str
    message: str
    severity: str
    form: str  # require_kind | forbid | swap | require | max_words | order
    argument: Any
    kind: SectionKind | None = None
    letters: tuple[str, ...] = ()
    hint: str = ""
    location: Location | None = None
    #: Where it looks: a section kind's word, or body, ps, subject, letter or data.
    scope: str = "body"
    #: Longer phrases inside which a forbidden phrase is fine.
    exceptions: tuple[str, ...] = ()
    #: A page that explains the check; the finding's docs link.
    link: str = ""
    #: For forbid: what to write instead (empty: remove it); None: no fix offered.
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class PageSettings:
    """Paper and the default print layout for letters."""

    size: str = "letter"
    layout: str | None = None


@dataclass(frozen=True, slots=True)
class CardSettings:
    """How the pack dresses note cards: typeface, size, the front's words, colour."""

    size: str | None = None
    font: str = '"EB Garamond", "DejaVu Serif", serif'
    font_size: float = 12.0
    front: str = "Thank you"
    background: str = ""


@dataclass(frozen=True, slots=True)
class Stylesheet:
    """A pack's CSS file, read and checked once when the pack loaded.

    Renderers use ``text`` and never open the file again, and every reference
    the CSS makes is listed here, so ``rejectlet check`` and the renderers
    judge the same text the same way.
    """

    path: Path
    text: str
    location: Location
    #: targets of url(), image(), @import and the like, and of inline SVG hrefs
    references: tuple[str, ...] = ()
    #: the hrefs inside inline SVG images alone
    svg_references: tuple[str, ...] = ()
    #: '@import' or '@font-face' when the CSS has one (both load files), else ''
    loading_rule: str = ""


@dataclass(frozen=True, slots=True)
class Pack:
    """A loaded, checked template pack."""

    name: str
    version: str
    title: str
    language: str
    root: Path
    source: str
    variables: dict[str, Variable]
    sections: dict[str, Section]
    letters: dict[str, LetterKind]
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    sender_block: Template | None = None
    recipient_block: Template | None = None
    date_line: Template | None = None
    stylesheet: Path | None = None
    email_stylesheet: Path | None = None
    page: PageSettings = PageSettings()
    card: CardSettings = CardSettings()
    description: str = ""
    location: Location | None = None
    checks: tuple[PackCheck, ...] = ()
    requires: str = ""
    extends: str | None = None
    parents: tuple[str, ...] = ()
    page_css: Stylesheet | None = None
    email_css: Stylesheet | None = None
    #: where pack.yaml writes ``language`` (None when it is inherited from nowhere)
    language_location: Location | None = None
    compiled: CompiledPack = field(kw_only=True, compare=False, repr=False)

    def letter(self, kind: str) -> LetterKind:
        from .errors import PackError
        from .suggest import did_you_mean

        # a kind taken from a request: null, 5, a list; judged by its type alone, so an
        # object whose own __getattribute__ raises is described, never asked
        if not issubclass(type(kind), str):
            from .checks import describe

            raise PackError(f"a letter kind is a name, not {describe(kind)}", self.location,
                            code="RJ120", hint=f"name one: {', '.join(sorted(self.letters))}")
        kind = str.__str__(kind)  # a plain str, whatever subclass was passed
        try:
            return self.letters[kind]
        except KeyError:
            from .suggest import shown_name

            raise PackError(
                f"pack {quoted(self.name)} has no letter kind {shown_name(kind)}", self.location,
                code="RJ120",
                hint=did_you_mean(kind, self.letters) or
                f"it has: {', '.join(sorted(self.letters))}") from None


class Style(enum.Flag):
    """Inline emphasis kept from Markdown."""

    PLAIN = 0
    EM = enum.auto()
    STRONG = enum.auto()
    CODE = enum.auto()


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one style; ``origin`` names the data value it came from."""

    text: str
    style: Style = Style.PLAIN
    href: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph, or one item of a bulleted or numbered list."""

    runs: tuple[Run, ...]
    kind: str = "p"  # "p", "bullet", "number", "quote"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Block:
    """One composed section of a letter, in reading order."""

    section_id: str
    kind: SectionKind
    paragraphs: tuple[Paragraph, ...]
    place: str  # "body" or "ps"
    location: Location | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Omission:
    """A section the letter kind lists but whose ``when`` left it out, and why."""

    section_id: str
    kind: SectionKind
    place: str
    condition: str
    location: Location | None = None


class _KeepsFindings:
    """Room on a letter for the outcome of its last validation (see
    :mod:`rejectlet.validation`). It is a slot, not a field: not part of the
    letter's value, its constructor, its copies or its pickles."""

    __slots__ = ("_validation",)


@dataclass(frozen=True, slots=True)
class Letter(_KeepsFindings):
    """A composed letter: everything a renderer or a rule needs, already filled in."""

    pack: Pack
    kind: str
    subject: str
    salutation: str
    blocks: tuple[Block, ...]
    closing: str
    signature: str
    sender_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    date_line: str
    data: dict[str, Any]
    data_locations: dict[str, Location]
    data_source: Location | None
    omitted: tuple[Omission, ...] = ()
    title: str = ""
    author: str = ""
    letter_type: str = "custom"
    record_index: int | None = None

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.place == "body")

    @property
    def postscripts(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.place == "ps")

    @property
    def language(self) -> str:
        return self.pack.language

    def location_of_value(self, dotted: str | None) -> Location | None:
        """Where in the data file a value was given, when it was."""
        if dotted is None:
            return None
        return self.data_locations.get(dotted)

    def place_of_value(self, dotted: str) -> Location:
        """Where to point a problem with a value, given or not: where it was written,
        else the data file (or, for data given in memory, nothing but its key)."""
        found = self.data_locations.get(dotted)
        if found is not None:
            return found
        if self.data_source is not None:
            return self.data_source.with_key(dotted)
        return Location.of_key(dotted)
