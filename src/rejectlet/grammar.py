"""Grammar that depends on the data: possessives, agreement, counts, capitals.

A template is written once, but the values poured into it vary: a company whose
name ends in "s", a single interviewer, a phrase typed with a capital, a role
that already ends in "Position". These helpers let a sentence follow the value
instead of assuming it. Regular English plurals follow spelling rules here;
inflect, slow to import, is loaded only for the endings where English is
irregular (person, analysis, leaf).
"""

from __future__ import annotations

import functools
import re
from typing import Any

#: Words that only start a phrase with a capital because they start a sentence;
#: mid-sentence they read lower-case ("Since then, my team …").
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "my", "our", "your", "his", "her", "its", "their", "this", "that",
    "these", "those", "we", "you", "he", "she", "they", "it", "there", "here", "some", "many",
    "several", "most", "each", "every", "all", "both", "one", "two", "few", "more", "much",
    "no", "none", "since", "after", "before", "when", "while", "during", "as", "at", "by",
    "for", "from", "in", "into", "of", "on", "over", "to", "with", "and", "but", "or", "so",
    "yet", "because", "although", "though", "if", "once", "until",
})
_DOUBLED_NOUNS = frozenset({"position", "role", "job", "opening", "post", "stelle"})
_POSTING_SUFFIX = re.compile(
    r"\s*\((?:[mwfdxi]|div|divers|all genders?|alle geschlechter|gn\*?)"
    r"(?:\s*[/|,]\s*(?:[mwfdxi]|div|divers))*\)\s*$", re.IGNORECASE)


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten")
#: Endings where English plurals stop being regular (man → men, analysis → analyses,
#: criterion → criteria, leaf → leaves, hero → heroes): inflect decides those.
_IRREGULAR_ENDINGS = re.compile(
    r"(man|person|child|foot|tooth|goose|mouse|ox|is|us|(?<!i)on|um|[^f]f|fe|o|ex|ix)$")
#: Plurals that do not end in s.
_PLURAL_WORDS = frozenset({"people", "children", "men", "women", "data", "media", "criteria"})


@functools.lru_cache(maxsize=1)
def _engine() -> Any:
    # imported only for the nouns our own rules leave open: inflect takes a couple
    # of seconds to import, several times what rendering a letter costs
    import inflect

    return inflect.engine()


#: Longest word handed to inflect's irregular plurals.
MAX_WORD_CHARS = 100


@functools.lru_cache(maxsize=512)
def plural_of(noun: str) -> str:
    """The plural of an English noun phrase's last word: regular spelling rules for
    the common case, inflect for the endings where English is irregular."""
    head, _, last = noun.rpartition(" ")
    lower = last.lower()
    if len(last) > MAX_WORD_CHARS:
        # no word is this long: spelling rules only, never inflect, whose cost grows
        # with the square of the word (24,000 characters took it 10 s in one step)
        word = f"{last}es" if lower.endswith(("s", "x", "z", "ch", "sh")) else f"{last}s"
    elif _IRREGULAR_ENDINGS.search(lower):
        word = str(_engine().plural_noun(last))
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        word = f"{last}es"
    elif lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        word = f"{last[:-1]}ies"
    else:
        word = f"{last}s"
    return f"{head} {word}" if head else word


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def possessive(value: Any, language: str = "en") -> str:
    """'Elena' → "Elena's"; a name ending in s takes a bare apostrophe ('Siemens'')."""
    text = _text(value)
    if not text or language.split("-")[0] != "en":
        return text
    return f"{text}'" if text[-1] in "sSxXzZ" else f"{text}'s"


def items_of(value: Any) -> list[str]:
    """The non-empty items of a list value, or the value itself as one item."""
    if isinstance(value, list | tuple):
        return [_text(item) for item in value if _text(item)]
    text = _text(value)
    return [text] if text else []


def is_plural(value: Any) -> bool:
    """Whether a value names more than one thing: a list of several items, a number
    other than one, or a phrase joined by 'and' or headed by a plural noun."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value != 1
    if isinstance(value, list | tuple):
        return len(items_of(value)) > 1
    words = _text(value).lower().split()
    if not words:
        return False
    if "and" in words or "&" in words:
        return True
    head: list[str] = []
    for index, word in enumerate(words):
        if index and word in _FUNCTION_WORDS:
            break
        head.append(word)
    noun = re.sub(r"[^\w'-]", "", head[-1])
    if noun in _PLURAL_WORDS:
        return True
    # focus, process, analysis, news, series: singular nouns that end in s
    if noun in {"series", "species"}:
        return False
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is", "news"))


def agree(value: Any, singular: str, plural: str) -> str:
    """The verb or pronoun that agrees with the value: ``agree("is", "are")``."""
    return plural if is_plural(value) else singular


def _count(value: Any) -> int:
    if isinstance(value, bool):
        return 1
    if isinstance(value, int):
        return value
    if isinstance(value, list | tuple):
        return max(len(items_of(value)), 1)
    return 1


def plural(value: Any, noun: str) -> str:
    """The noun in the number the value implies: ``met_with | plural("conversation")``.
    An empty list counts as one: you met at least the person you are writing to."""
    count = _count(value)
    return noun if count == 1 else plural_of(noun)


def count(value: Any, noun: str) -> str:
    """A number with its noun, in words up to ten: 'one question', 'three questions'."""
    number = _count(value)
    words = _NUMBER_WORDS[number] if 0 <= number <= 10 else f"{number:,}"
    return f"{words} {plural(number, noun)}"


def sentence_start(value: Any) -> str:
    """A value that starts a sentence gets a capital: 'the Wellcome Trust' → 'The …'."""
    text = _text(value)
    return text[:1].upper() + text[1:] if text else text


def mid_sentence(value: Any, language: str = "en") -> str:
    """A phrase inside a sentence: its first word loses a capital that only marked
    a sentence start ('My team …' → 'my team …'); names and 'I' keep theirs, and
    German, which capitalises nouns and 'Sie', is left as written."""
    text = _text(value)
    if language.split("-")[0] != "en" or not text:
        return text
    first, _, rest = text.partition(" ")
    if first.lower() in _FUNCTION_WORDS and first[:1].isupper() and first[1:].islower():
        return first.lower() + (f" {rest}" if rest else "")
    return text


def phrase(value: Any, language: str = "en") -> str:
    """A value used mid-sentence: no trailing full stop (the template has its own
    punctuation) and no sentence-start capital."""
    return mid_sentence(_text(value).rstrip(".").rstrip(), language)


def because(value: Any) -> str:
    """A reason as a clause: 'it covers …' → 'because it covers …'; one that already
    starts with a conjunction is kept."""
    text = phrase(value)
    first = text.split(" ", 1)[0].lower()
    if first in {"because", "since", "as", "given", "for", "after", "when"}:
        return text
    return f"because {text}" if text else text


def posting_title(value: Any) -> str:
    """A job title without the job ad's gender marker: 'Analyst (m/w/d)' → 'Analyst'."""
    return _POSTING_SUFFIX.sub("", _text(value))


def with_noun(value: Any, noun: str) -> str:
    """The role followed by a noun such as 'position', unless it already ends in one:
    'Senior Data Analyst Position' is not followed by another 'position'."""
    text = posting_title(value)
    last = text.rsplit(" ", 1)[-1].lower() if text else ""
    if last in _DOUBLED_NOUNS or last == noun.lower():
        return text
    return f"{text} {noun}".strip()


def accusative(value: Any) -> Any:
    """German 'Herr Ortega' → 'Herrn Ortega' after a verb that takes the accusative
    ('… kennenzulernen'); each item of a list is changed the same way."""
    if isinstance(value, list | tuple):
        return [accusative(item) for item in value]
    return re.sub(r"^Herr\b(?!n)", "Herrn", _text(value))
