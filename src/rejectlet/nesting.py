"""Bounds on how deeply a template nests, checked before Jinja parses or compiles it.

Jinja parses a template by recursion, turns it into Python source and hands that
to Python's compiler, and each of the three gives up at a depth of its own: the
parser and code generator with ``RecursionError``, the compiler with "too many
statically nested blocks" (about 20 loops) or "too many levels of indentation"
(about 100 blocks). A pack could reach any of them with a few hundred
characters, and each would surface as a traceback. These bounds lie well below
all three and far above anything a letter needs, so the pack gets a located
message that says the limit instead.

The bracket and unary-operator bounds are read from Jinja's token stream, which
is produced without recursion, so they hold before the parser runs; the
expression depth is measured on the parsed tree, by walking it without
recursion, before the tree is compiled.
"""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import nodes
from jinja2.lexer import operators

#: Blocks (``for``, ``if``, ``macro``, ``call``, ``filter``, ``with``, ``set``) open
#: inside one another at any point of a template.
MAX_BLOCK_DEPTH = 10
#: Brackets (``(``, ``[``, ``{``) open inside one another in one tag.
MAX_BRACKET_DEPTH = 16
#: ``not``, unary ``-`` and ``+`` in a row (``not not -x``); each nests one level.
MAX_UNARY_RUN = 8
#: Nodes inside one another in one expression: a chain of ``+``, of ``.name``, of
#: filters, or of calls adds one level per link.
MAX_EXPRESSION_DEPTH = 32

_OPENING_BLOCKS = frozenset({"for", "if", "macro", "call", "filter", "with", "block",
                             "autoescape", "trans"})
_TAG_ENDS = frozenset({"block_end", "variable_end"})
_TAG_STARTS = frozenset({"block_begin", "variable_begin"})
#: token types after which a ``-`` or ``+`` is a sign, not a subtraction or addition
_OPERAND_EXPECTED = frozenset({"block_begin", "variable_begin", "lparen", "lbracket",
                               "lbrace", "comma", "colon", "add", "sub", "mul", "div",
                               "floordiv", "mod", "pow", "tilde", "eq", "ne", "lt", "lteq",
                               "gt", "gteq", "assign", "pipe"})
_IGNORED = frozenset({"whitespace", "comment_begin", "comment", "comment_end", "data",
                      "raw_begin", "raw_end"})
_WORD_OPERATORS = frozenset({"not", "and", "or", "in", "is", "if", "else"})


def token_problem(tokens: Iterable[tuple[int, str, str]]) -> tuple[int, str] | None:
    """The first place the token stream nests past a bound, as (line, message).

    ``tokens`` is what ``Environment.lex`` yields: (line, type, value).
    """
    blocks = 0
    brackets = 0
    unary = 0
    tag_first_name: str | None = None
    tag_has_assign = False
    in_block_tag = False
    previous = ""
    for line, kind, value in tokens:
        if kind in _IGNORED:
            continue
        if kind == "operator":  # the raw stream names operators by their characters
            kind = operators.get(value, kind)
        if kind in _TAG_STARTS:
            brackets, unary = 0, 0
            in_block_tag = kind == "block_begin"
            tag_first_name, tag_has_assign = None, False
        elif kind in _TAG_ENDS:
            if in_block_tag and tag_first_name is not None:
                if tag_first_name.startswith("end"):
                    blocks = max(blocks - 1, 0)
                elif (tag_first_name in _OPENING_BLOCKS
                      or (tag_first_name == "set" and not tag_has_assign)):
                    blocks += 1
                    if blocks > MAX_BLOCK_DEPTH:
                        return line, (f"blocks nest {blocks} deep here; the limit is "
                                      f"{MAX_BLOCK_DEPTH}")
            in_block_tag = False
        elif kind in ("lparen", "lbracket", "lbrace"):
            brackets += 1
            if brackets > MAX_BRACKET_DEPTH:
                return line, (f"brackets nest more than {MAX_BRACKET_DEPTH} deep in one "
                              "expression")
        elif kind in ("rparen", "rbracket", "rbrace"):
            brackets = max(brackets - 1, 0)
        elif kind == "name" and in_block_tag and tag_first_name is None:
            tag_first_name = value
        elif kind == "assign":
            tag_has_assign = True
        if (kind == "name" and value == "not") or (
                kind in ("sub", "add") and (previous in _OPERAND_EXPECTED
                                            or previous in _WORD_OPERATORS)):
            unary += 1
            if unary > MAX_UNARY_RUN:
                return line, (f"more than {MAX_UNARY_RUN} 'not', '-' or '+' signs in a row")
        else:
            unary = 0
        previous = value if kind == "name" and value in _WORD_OPERATORS else kind
    return None


def tree_problem(tree: nodes.Node) -> tuple[int, str] | None:
    """The first expression in a parsed template that nests past the bound."""
    stack: list[tuple[nodes.Node, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, nodes.Expr):
            depth += 1
            if depth > MAX_EXPRESSION_DEPTH:
                return node.lineno, (f"an expression nests more than {MAX_EXPRESSION_DEPTH} "
                                     "levels deep (long chains of '+', '.name', filters "
                                     "or calls, or nested brackets)")
        else:
            depth = 0
        stack.extend((child, depth) for child in node.iter_child_nodes())
    return None
