"""Reading a letter's text the way the word rules need it: normalised, in sentences.

Writers type the same words many ways: curly or straight apostrophes, dashes of
every width, accents or none, odd spaces. The rules match one plain form, so a
pattern written once catches them all. Every character of the plain form
remembers where it came from, so a finding still quotes the writer's own words.

The plain form is pure ASCII: accented Latin letters lose their accents
("verärgert" reads "verargert", "ß" reads "ss"), and any other character
becomes a separator. That keeps word boundaries meaningful for the linear-time
matcher, whose notion of a word character is ASCII.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..limits import watch_the_clock
from .linear import linear

#: Characters folded to one plain form before matching.
_PUNCTUATION = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2039": '"', "\u203a": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00ad": "",
    "\u2026": "...",
    "\u00df": "ss", "\u1e9e": "SS", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe",
    "\u0152": "OE", "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L",
    "\u0111": "d", "\u0110": "D", "\u0131": "i", "\u00f0": "d", "\u00fe": "th",
}
#: What a character outside plain ASCII becomes: a separator that no pattern uses.
SEPARATOR = "\x1a"


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if char.isascii():
        return char if char.isprintable() or char in "\n\t" else " "
    if char.isspace():
        return "\n" if char in "\u2028\u2029\x85" else " "
    stripped = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
    if stripped and stripped.isascii() and stripped.isprintable():
        return stripped
    return SEPARATOR


@dataclass(frozen=True, slots=True)
class Plain:
    """A text in plain form, its lower-case twin, and where each character came from."""

    original: str
    text: str
    lower: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for a span of the plain form."""
        if not self.origin:
            return 0, 0
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[max(min(end, len(self.origin)) - 1, 0)] + 1 if end > start else first
        return first, max(first, last)

    def quote(self, start: int, end: int) -> str:
        """The writer's own words behind a span of the plain form."""
        first, last = self.span(start, end)
        return self.original[first:last]


@lru_cache(maxsize=64)
def plain(text: str) -> Plain:
    """The plain form of a text (see the module's docstring).

    Several rules read the same paragraphs of one letter, so recent answers are
    kept (a Plain is immutable); plain ASCII, the common case, is its own plain form.
    """
    if text.isascii() and "`" not in text and \
            text.replace("\n", " ").replace("\t", " ").isprintable():
        return Plain(text, text, text.lower(), tuple(range(len(text))))
    return _folded(text)


def _folded(text: str) -> Plain:
    """The plain form, character by character."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    joined = "".join(out)
    return Plain(text, joined, joined.lower(), tuple(origin))


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a plain text: its bounds in the plain form."""

    start: int
    end: int


_ENDS = ".!?"
#: Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "etc", "vs", "no",
    "fig", "approx", "inc", "ltd", "co", "corp", "hr", "z.b", "bzw", "ca", "nr", "str",
    "u.a", "d.h", "usw", "vgl", "ggf", "sog", "hrn", "fr",
})


def sentences(text: Plain) -> list[Sentence]:
    """Split a plain text into sentences, in one pass.

    A sentence ends at a line break, or at '.', '!' or '?' followed by a space,
    unless the word before a full stop is a known abbreviation or one letter.
    """
    return _ClockedSentences(_sentences(text.lower))


class _ClockedSentences(list[Sentence]):
    """The sentences of a text, which read the letter's clock every 256 as a rule
    loops over them: a rule does its work sentence by sentence, and a text of
    100,000 short sentences must stop at the letter's time (RJ307), not run on."""

    def __iter__(self) -> Iterator[Sentence]:
        for turn, sentence in enumerate(super().__iter__(), start=1):
            watch_the_clock(turn)
            yield sentence


#: Where a sentence may end: a line break, or a run of end marks, found as one
#: match however long, so a text of marks costs one step a run, not one a mark.
_STOPS = r"\n|[.!?]+"


#: Words that follow an ordinal number written with a full stop ("12. Dezember", "3. Runde",
#: "21. Jahrhundert"): months and the nouns that are counted in order. Plain, lower case.
_AFTER_ORDINAL = frozenset({
    "januar", "jan", "janner", "februar", "feb", "marz", "maerz", "april", "apr", "mai", "juni",
    "jun", "juli", "jul", "august", "aug", "september", "sept", "sep", "oktober", "okt",
    "november", "nov", "dezember", "dez", "runde", "gesprachsrunde", "platz", "stelle", "stock",
    "etage", "jahrhundert", "jahrestag", "klasse", "auflage", "woche", "kalenderwoche", "kw",
    "tag", "mal", "quartal", "halbjahr", "semester", "stufe", "schritt", "phase", "preis",
    "liga", "lauf", "ausgabe", "jahr", "monat", "geburtstag", "interview", "gesprach",
    "termin", "version", "band", "kapitel", "akt", "reihe", "bis",
})


def _ordinal(word: str, value: str, after: int) -> bool:
    """Whether a full stop after a number marks an ordinal: the next word is a month or
    a noun counted in order ("am 12. Dezember", "nach der 3. Runde"), not a new sentence."""
    if not word.isdigit() or len(word) > 4:
        return False
    start = after
    while start < len(value) and value[start] in " \t":
        start += 1
    end = start
    while end < len(value) and value[end].isalpha():
        end += 1
    return value[start:end] in _AFTER_ORDINAL


@lru_cache(maxsize=64)
def _sentences(value: str) -> tuple[Sentence, ...]:
    """The sentence bounds of a lower-case plain text; several rules read the same
    paragraphs, so recent answers are kept."""
    found: list[Sentence] = []
    start = 0
    length = len(value)
    index = 0
    for turn, stop in enumerate(linear(_STOPS).finditer(value), start=1):
        watch_the_clock(turn)  # 100,000 end marks are many steps, not one
        if stop.start < index:
            continue
        index = stop.start
        # the marks of the run in turn, until one ends the sentence; after a mark
        # not followed by a space, none of the run does, so the run is done
        while index < stop.end:
            char = value[index]
            end: int | None = None
            if char == "\n":
                end = index
            else:
                after = index + 1
                while after < length and value[after] in _ENDS + "\"')":
                    after += 1
                if after >= length or value[after] in " \n\t":
                    word_start = index
                    while word_start > start and (value[word_start - 1].isalnum()
                                                  or value[word_start - 1] == "."):
                        word_start -= 1
                    word = value[word_start:index]
                    if char != "." or (word not in _ABBREVIATIONS and len(word) != 1
                                       and not _ordinal(word, value, after)):
                        end = after
                        index = after - 1
                else:
                    index = after - 1
            if end is not None:
                if value[start:end].strip():
                    found.append(Sentence(start, end))
                start = end if char != "\n" else end + 1
            index += 1
    if value[start:].strip():
        found.append(Sentence(start, length))
    return tuple(found)
