"""Compiling a pack's templates once, and mapping Jinja errors back to pack files.

Compilation happens when the pack loads, so a syntax error is reported at its
line in pack.yaml before any letter is written, and the compiled templates are
reused for every letter composed from the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes

from .diagnostics import Diagnostic, Location, Severity
from .model import Template, TemplateRef
from .nesting import token_problem, tree_problem
from .sandbox import LetterSandbox, make_environment
from .suggest import quoted
from .yamlio import ScalarSpan


@dataclass
class CompiledPack:
    """A pack's sandbox and its compiled templates; nothing in it changes after loading,
    so any number of threads may compose from it at once."""

    env: LetterSandbox
    extra_roots: tuple[Path, ...] = ()
    templates: dict[TemplateRef, jinja2.Template] = field(default_factory=dict)
    conditions: dict[TemplateRef, Any] = field(default_factory=dict)
    sources: dict[TemplateRef, Template] = field(default_factory=dict)
    #: per template: the dotted names it reads, and its undeclared top-level names,
    #: taken from the one syntax tree parsed when the template was compiled
    names: dict[TemplateRef, frozenset[str]] = field(default_factory=dict)
    free_names: dict[TemplateRef, frozenset[str]] = field(default_factory=dict)
    #: per template: the line (of the template) each free name is first read on,
    #: so a finding about the name points inside a block scalar, not at its key
    name_lines: dict[TemplateRef, dict[str, int]] = field(default_factory=dict)
    #: whether the pack went past :data:`MAX_PACK_TEMPLATE_CHARS` (reported once, at
    #: the first template past it); the count itself is the sandbox's, which the
    #: files ``{% include %}`` compiles later are counted against too
    over_bound: bool = False

    @property
    def source_chars(self) -> int:
        """Characters of template source compiled so far for this pack."""
        return self.env.source_chars


def new_compiled(root: Path | None, language: str,
                 extra_roots: tuple[Path, ...] = ()) -> CompiledPack:
    """A fresh sandbox for a pack; includes search the pack, then the packs it extends."""
    roots = (root, *extra_roots) if root is not None else extra_roots
    return CompiledPack(make_environment(roots, language), extra_roots)


#: Longest template source accepted; a letter's section is a few hundred characters.
MAX_TEMPLATE_CHARS = 20_000
#: Most characters of template source one pack may compile, counting every section,
#: letter part, block and ``when:`` of it and of the packs it extends. Compiling
#: costs time in proportion to the source (tens of microseconds a character), at
#: every load and before any budget applies, so without this bound a pack of a
#: thousand full-size sections would take half an hour to load. The files that
#: ``{% include %}`` compiles while letters are composed count against it too. The
#: built-in packs have under 9,000.
MAX_PACK_TEMPLATE_CHARS = 100_000
#: Longest run of one Markdown bracket or backtick character accepted: Python-Markdown
#: slows down badly on long runs of them.
MAX_MARKUP_RUN = 64
_RUNS = re.compile("|".join(rf"{re.escape(ch)}{{{MAX_MARKUP_RUN + 1},}}"
                            for ch in "[]`(*_<"))
#: Most '[' characters one section's rendered Markdown may hold: Python-Markdown's
#: link patterns take time that grows with the square of their number.
MAX_BRACKETS = 200
#: Most of each other character Python-Markdown's inline patterns search onward
#: from (a code span's backtick, emphasis, an escape): each unclosed one is
#: scanned to the end of its paragraph, so their cost grows with the square of
#: their number. A letter's section uses a handful.
MAX_MARKUP_CHARS = {"`": 200, "*": 2_000, "_": 2_000, "\\": 2_000}
#: Most list or quote markers one line may open with: Python-Markdown nests a list
#: in a list for each ("- - - x"), by recursion.
MAX_LINE_MARKERS = 8
_NESTED_MARKERS = re.compile(
    rf"^[ \t]*(?:(?:[-*+]|\d{{1,9}}[.)]|>)[ \t]+){{{MAX_LINE_MARKERS + 1}}}", re.MULTILINE)


def markdown_problem(source: str) -> str | None:
    """Why a section's rendered Markdown would be slow to convert, or None.

    Checked on what the templates produced, before Markdown sees it, because a
    loop can build what the check at load time never saw.
    """
    brackets = source.count("[")
    if brackets > MAX_BRACKETS:
        return f"{brackets:,} '[' characters (the limit is {MAX_BRACKETS})"
    run = _RUNS.search(source)
    if run:
        return (f"a run of {len(run.group(0))} {quoted(run.group(0)[0])} characters (the limit "
                f"is {MAX_MARKUP_RUN})")
    for char, limit in MAX_MARKUP_CHARS.items():
        count = source.count(char)
        if count > limit:
            return f"{count:,} {quoted(char)} characters (the limit is {limit:,})"
    if _NESTED_MARKERS.search(source):
        return (f"a line opening more than {MAX_LINE_MARKERS} lists or quotes "
                "('- - - …')")
    return None


def compile_template(compiled: CompiledPack, key: TemplateRef, template: Template,
                     problems: list[Diagnostic]) -> None:
    """Compile one template, recording a syntax error at its line in the pack file."""
    if not _within_pack_bound(compiled, len(template.source), template.location, problems):
        return
    if len(template.source) > MAX_TEMPLATE_CHARS:
        problems.append(Diagnostic(
            "RJ308", Severity.ERROR, f"template is {len(template.source):,} characters; the "
            f"limit is {MAX_TEMPLATE_CHARS:,}", template.location,
            "a section is a paragraph or two; split or shorten it"))
        return
    run = _RUNS.search(template.source)
    if run:
        line = template.source.count("\n", 0, run.start()) + 1
        problems.append(Diagnostic(
            "RJ308", Severity.ERROR, f"a run of {len(run.group(0))} {quoted(run.group(0)[0])} "
            f"characters (the limit is {MAX_MARKUP_RUN})", template.span.template_line(line),
            "long runs of brackets or backticks make Markdown slow; remove them"))
        return
    try:
        deep = nesting_problem(compiled.env, template.source)
        if deep is None:
            tree = compiled.env.parse(template.source)
            deep = tree_problem(tree)
        if deep is not None:
            problems.append(_too_deep(template.span.template_line(deep[0]), deep[1]))
            return
        _remember_names(compiled, key, tree)
        compiled.templates[key] = compiled.env.from_string(tree)
        compiled.sources[key] = template
    except jinja2.TemplateSyntaxError as exc:
        problems.append(Diagnostic(
            "RJ301", Severity.ERROR, f"template syntax error: {exc.message}",
            template.span.template_line(exc.lineno or 1),
            "check that every {{ has its }} and every {% if %} its {% endif %}"))
    except (RecursionError, SyntaxError, MemoryError):  # past the bounds above, still refused
        problems.append(_too_deep(template.span.template_line(1),
                                  "the template nests too deeply to compile"))


def _within_pack_bound(compiled: CompiledPack, size: int, location: Location | None,
                       problems: list[Diagnostic]) -> bool:
    """Count ``size`` characters of template source against the pack's bound; past
    it, report the first template that went over (RJ308) and compile nothing more."""
    if compiled.over_bound:
        return False
    if compiled.env.charge_source(size):
        return True
    compiled.over_bound = True
    problems.append(Diagnostic(
        "RJ308", Severity.ERROR, f"the pack's templates, counting those of the packs it "
        f"extends, add up to more than {MAX_PACK_TEMPLATE_CHARS:,} characters; this one "
        "goes past that, and nothing after it is compiled", location,
        "a pack's sections are a few paragraphs each; split the pack or shorten them"))
    return False


def _too_deep(location: Location, message: str) -> Diagnostic:
    return Diagnostic("RJ308", Severity.ERROR, f"template nests too deeply: {message}",
                      location, "split the template into simpler parts, or use "
                      "{% set %} to name a part of a long expression")


def nesting_problem(env: jinja2.Environment, source: str) -> tuple[int, str] | None:
    """How ``source`` nests past a bound of :mod:`rejectlet.nesting`, read from its
    tokens before anything recursive runs; a syntax error is left to the parser."""
    try:
        return token_problem(env.lex(source))
    except jinja2.TemplateSyntaxError:
        return None


def compile_condition(compiled: CompiledPack, key: TemplateRef, expression: str,
                      location: Location, problems: list[Diagnostic]) -> None:
    """Compile a section's ``when`` expression."""
    source = "{{ " + expression + " }}"
    if not _within_pack_bound(compiled, len(source), location, problems):
        return
    try:
        deep = nesting_problem(compiled.env, source)
        if deep is None:
            tree = compiled.env.parse(source)
            deep = tree_problem(tree)
        if deep is not None:
            problems.append(_too_deep(location, deep[1]))
            return
        compiled.conditions[key] = compiled.env.compile_expression(expression,
                                                                   undefined_to_none=False)
        _remember_names(compiled, key, tree)
        compiled.sources[key] = Template(source, ScalarSpan(location))
    except jinja2.TemplateSyntaxError as exc:
        problems.append(Diagnostic(
            "RJ302", Severity.ERROR, f"'when' is not a valid expression: {exc.message}",
            location, "write a variable name or a Jinja test, e.g. ask_feedback"))
    except (RecursionError, SyntaxError, MemoryError):  # past the bounds above, still refused
        problems.append(_too_deep(location, "the condition nests too deeply to compile"))


def _remember_names(compiled: CompiledPack, key: TemplateRef, tree: nodes.Template) -> None:
    """Note which names a template reads, from the tree it is compiled from.

    The dotted names (``sender.name``) let a letter kind require only the values
    its own templates use; the free top-level names catch undeclared variables.
    """
    def dotted(node: nodes.Node) -> str | None:
        if isinstance(node, nodes.Name):
            return node.name
        if isinstance(node, nodes.Getattr):
            base = dotted(node.node)
            return f"{base}.{node.attr}" if base else None
        return None

    found = {name for node in tree.find_all((nodes.Getattr, nodes.Name))
             if (name := dotted(node))}
    compiled.names[key] = frozenset(found)
    free = frozenset(meta.find_undeclared_variables(tree))
    compiled.free_names[key] = free
    lines: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.name in free and node.ctx == "load":
            lines[node.name] = min(lines.get(node.name, node.lineno), node.lineno)
    compiled.name_lines[key] = lines
