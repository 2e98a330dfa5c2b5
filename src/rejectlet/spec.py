"""The pack file format, described once.

The loader takes its allowed keys, required keys, value types and word lists
from here (through :func:`check_fields`), and :mod:`rejectlet.schema` turns the
same description into the JSON Schema that editors use, so the two cannot
drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks import Problems
from .model import LETTER_TYPES, VARIABLE_TYPES, SectionKind
from .yamlio import LocatedMap


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a YAML mapping, or the shape of a value."""

    name: str
    type: str  # string | boolean | integer | number | mapping | list | template | any | version
    description: str = ""
    required: bool = False
    enum: tuple[str, ...] = ()
    children: tuple[Field, ...] = ()     # a mapping with these fixed keys
    values: Field | None = None           # a mapping whose keys are names the author chooses
    items: Field | None = None            # a list of these
    alternatives: tuple[Field, ...] = ()  # the value may also take these shapes
    #: the loader checks this value itself, with a message of its own (a kind
    #: with "did you mean", an expression, a size with a unit), so the walker
    #: leaves it alone rather than report it twice
    own_check: bool = False

    def child(self, name: str) -> Field:
        for field in self.children:
            if field.name == name:
                return field
        raise KeyError(name)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.children)

    @property
    def required_keys(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.children if field.required)

    def words(self, name: str) -> tuple[str, ...]:
        """The words a child key allows (page sizes, severities, kinds)."""
        return self.child(name).enum


#: The Python type a scalar value of each spec type must have.
_SCALAR_TYPES: dict[str, type] = {"string": str, "template": str, "boolean": bool}


def check_fields(problems: Problems, mapping: LocatedMap, shape: Field, where: str, *,
                 required: bool = True) -> None:
    """Walk one mapping against its spec: unknown keys, missing required keys
    (unless a parent pack may still supply them), and the type of every
    plain value the spec describes."""
    problems.check_keys(mapping, shape.keys, where,
                        required=shape.required_keys if required else ())
    for child in shape.children:
        kind = _SCALAR_TYPES.get(child.type)
        if kind is not None and not child.own_check:
            problems.expect(mapping, child.name, kind, where)


SEVERITY = Field("severity", "string", "error, warning, or off", enum=("error", "warning", "off"))
RULE_SETTING = Field(
    "rule", "mapping", "severity and the rule's own options", children=(SEVERITY,),
    alternatives=(Field("severity", "string", enum=("error", "warning", "off")),))
RULES = Field("rules", "mapping", "rule settings by code (RJ007) or name (tone)",
              values=RULE_SETTING)

_VARIABLE_KEYS = (
    Field("type", "string", "the kind of value", enum=VARIABLE_TYPES, own_check=True),
    Field("required", "boolean", "the letter cannot be written without it"),
    Field("default", "any", "used when the data leaves the value out"),
    Field("choices", "list", "the only values allowed", items=Field("choice", "string")),
    Field("help", "string", "one line telling the letter writer what to put here"),
)
FIELD_SPEC = Field("field", "mapping", "one field of each record", children=_VARIABLE_KEYS)
VARIABLE = Field("variable", "mapping", "a value the letter data supplies", children=(
    *_VARIABLE_KEYS,
    Field("fields", "mapping", "for type records: the fields of each record",
          values=FIELD_SPEC),
))

SECTION = Field("section", "mapping", "a paragraph or a few, in Markdown with Jinja", children=(
    Field("kind", "string", "what the section does; the rules reason about kinds",
          required=True, enum=tuple(k.value for k in SectionKind), own_check=True),
    Field("text", "template", "the Markdown text, with {{ variables }}", own_check=True),
    Field("file", "string", "a Markdown file in the pack, instead of text", own_check=True),
    Field("when", "string", "an expression; the section is left out when it is false",
          own_check=True),
))

SECTION_LIST = Field("sections", "list", "section ids in order", items=Field("id", "string"))
LETTER = Field("letter", "mapping", "how one kind of letter is assembled", children=(
    Field("type", "string", "which standard letter this is; rules depend on it",
          enum=LETTER_TYPES),
    Field("description", "string", "one line on when to send it"),
    Field("each", "string", "a records variable: one letter per record"),
    Field("as", "string", "the name each record has in templates (default: person)"),
    Field("subject", "template", "the email subject line"),
    Field("salutation", "template", "for example: Dear Ms. Rivera,", required=True),
    Field("body", "list", "body section ids in order", required=True,
          items=Field("id", "string")),
    Field("closing", "template", "for example: Sincerely,", required=True),
    Field("signature", "template", "the name (and lines) under the closing", required=True),
    Field("ps", "list", "P.S. section ids; at most one may be active",
          items=Field("id", "string")),
    Field("blocks", "mapping", "this letter's own sender, recipient or date block",
          children=(
              Field("sender", "template", "the sender's name and address, one line each"),
              Field("recipient", "template", "the recipient's name and address"),
              Field("date", "template", "the date line"),
          )),
    RULES,
))

CHECK = Field("check", "mapping", "a rule of the pack's own, written without Python", children=(
    Field("code", "string", "the pack's own code, e.g. ACME001 (not starting with RJ)",
          required=True, own_check=True),
    Field("message", "string", "what is wrong, in plain words", required=True),
    Field("severity", "string", "error or warning (default warning)",
          enum=("error", "warning")),
    Field("letters", "list", "letter ids or types it applies to (default: all)",
          items=Field("letter", "string")),
    Field("kind", "string", "the section kind it looks at (default: the whole body)",
          enum=tuple(k.value for k in SectionKind)),
    Field("scope", "string", "where it looks: a section kind, body (default), ps, subject, "
          "letter or data", enum=(*(k.value for k in SectionKind), "body", "ps", "subject",
                                  "letter", "data")),
    Field("exceptions", "list", "longer phrases inside which a forbidden phrase is fine",
          items=Field("phrase", "string")),
    Field("link", "string", "a page that explains the check (https://…)"),
    Field("replacement", "string", "for forbid: what to write instead (empty: remove it)"),
    Field("require_kind", "string", "the body must contain a section of this kind",
          enum=tuple(k.value for k in SectionKind)),
    Field("forbid", "list", "phrases that must not appear", items=Field("phrase", "string")),
    Field("swap", "mapping", "phrases that must not appear, each with what to write instead",
          values=Field("replacement", "string")),
    Field("require", "list", "phrases of which at least one must appear",
          items=Field("phrase", "string")),
    Field("max_words", "integer", "most words allowed", own_check=True),
    Field("order", "list", "section kinds that must appear in this order when present",
          items=Field("kind", "string", enum=tuple(k.value for k in SectionKind))),
    Field("hint", "string", "how to fix it"),
))
CHECK_FORMS = ("require_kind", "forbid", "swap", "require", "max_words", "order")

PACK = Field("pack.yaml", "mapping", "a rejectlet template pack", children=(
    Field("pack", "string", "the pack's name: lower-case words joined by '-' or '_'",
          required=True),
    Field("version", "version", "the pack's own version, e.g. 1.0.0", required=True),
    Field("requires", "string", "the rejectlet versions it works with, e.g. '>=0.1,<1'"),
    Field("extends", "string", "a pack to build on: its name or a relative folder"),
    Field("title", "string", "a human name for the pack"),
    Field("description", "string", "what the pack is for and its voice"),
    Field("language", "string", "a language tag: en, en-GB, de, es …"),
    Field("style", "string", "a CSS file in the pack"),
    Field("email_style", "string", "a CSS file for the email's HTML part (inlined)"),
    Field("page", "mapping", "paper for printed letters", children=(
        Field("size", "string", "letter or a4", enum=("letter", "a4"), own_check=True),
        Field("layout", "string", "the default print layout, e.g. us-10-window or din5008-a",
              own_check=True),
    )),
    Field("card", "mapping", "how note cards look", children=(
        Field("size", "string", "the card this pack is written for, e.g. us-a2"),
        Field("font", "string", "a CSS font-family list, e.g. \"Dancing Script\", cursive"),
        Field("font_size", "string", "e.g. 13pt", own_check=True),
        Field("front", "string", "the words on a folded card's front"),
        Field("background", "string", "a CSS colour for the front panel (bleeds)"),
    )),
    Field("variables", "mapping", "what a letter's data must or may supply", values=VARIABLE),
    Field("sections", "mapping", "the pack's reusable sections", values=SECTION),
    Field("letters", "mapping", "the letter kinds the pack offers", values=LETTER),
    Field("blocks", "mapping", "templates for the printed letter's head", children=(
        Field("sender", "template", "the sender's name and address, one line each"),
        Field("recipient", "template", "the recipient's name and address, one line each"),
        Field("date", "template", "the date line"),
    )),
    RULES,
    Field("checks", "list", "the pack's own declarative rules", items=CHECK),
))
