"""The small builders every frame module writes its patterns with.

Frames are written as readable alternatives and, in German, with umlauts as a
writer types them; these turn that into the pattern the linear-time engine
runs. They live in one place so that every module widens umlauts and joins
alternatives the same way.
"""

from __future__ import annotations

from .frames import Signal

#: Each umlaut and ß, with the forms a writer may type instead.
UMLAUT_FOLDS = (("ä", "(?:a|ae)"), ("ö", "(?:o|oe)"), ("ü", "(?:u|ue)"), ("ß", "ss"))


def any_of(*alternatives: str) -> str:
    """A group that matches any one of the alternatives."""
    return "(?:" + "|".join(alternatives) + ")"


def widen_umlauts(pattern: str) -> str:
    """A pattern written with umlauts, widened to their plain and typed forms.

    This runs on every German frame when the rules are first loaded (hundreds of
    thousands of characters, in English letters too), so it is four ``replace``
    calls: a character-by-character rebuild, or ``translate`` with a mapping to
    longer strings, took 50 times as long."""
    for char, widened in UMLAUT_FOLDS:
        pattern = pattern.replace(char, widened)
    return pattern


def signal_de(category: str, pattern: str, also: str | None = None,
              unless: str | None = None, mild: bool = False) -> Signal:
    """A German frame: each of its patterns widened for umlauts."""
    return Signal(category, widen_umlauts(pattern),
                  widen_umlauts(also) if also else None,
                  widen_umlauts(unless) if unless else None, mild)
