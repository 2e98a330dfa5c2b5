"""The letter's own names, read by the rules as one word class: their side.

A frame must not know which company a corpus happened to name. A real letter
goes to any organisation, and its data says which: the ``organization``, the
recipient, the people met, the panel. Before the frames read a paragraph,
every mention of those names becomes a class word (``their_org`` for the
organisation, ``their_name`` for a person), so "I won't be applying to Quarrow
Freight again" and "I won't be applying to Brask & Moe again" read the same, and a
pattern says "their side" once instead of listing companies.

The class words keep the plain form's map to the original text (see
``reading``), so a finding still quotes the writer's own words. They contain an
underscore, which plain prose never does, so they cannot be mistaken for a word
the writer typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from ..model import Letter
from .linear import LinearPattern, escape, linear
from .reading import Plain, plain

#: The class word an organisation's name becomes, and a person's.
ORG = "their_org"
PERSON = "their_name"
#: Either class word, for a pattern over the plain lower-case form.
THEIRS = r"their_(?:org|name)"

#: Data keys that name the organisation written to.
_ORG_KEYS = ("organization", "organisation", "company", "employer", "unternehmen", "firma")
#: Data keys that name a person on their side.
_PERSON_KEYS = ("recipient.name", "recipient.given_name", "recipient.family_name",
                "recipient.salutation_name", "hiring_manager", "recruiter", "interviewer")
#: Data keys whose list items or records name people on their side.
_PEOPLE_KEYS = ("met_with", "panel", "interviewers", "cc")
#: At most this many forms of names per side are read, and a value longer than
#: ``_LONGEST_NAME`` characters is not taken for a name. A letter names a
#: handful of people; data that lists thousands must not make the rules compile
#: and scan one pattern per word it holds.
_MOST_FORMS = 32
_LONGEST_NAME = 120
#: At most this many items of a people list are looked at.
_MOST_ITEMS = 32
#: Endings of a company's legal name that writers leave out.
_LEGAL = frozenset({"gmbh", "ag", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.",
                    "co", "co.", "kg", "se", "ug", "gbr", "ohg", "e.v.", "sa", "s.a.", "bv",
                    "nv", "limited", "& co.", "& co", "gmbh & co. kg"})
#: Words that begin names but are ordinary words too: never read alone as a name.
_ORDINARY = frozenset({
    "the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "by", "with", "new", "open",
    "first", "general", "united", "national", "international", "global", "american",
    "british", "european", "central", "north", "south", "east", "west", "city", "state",
    "you", "your", "team", "der", "die", "das", "und", "von", "van", "de", "del", "la", "le",
    "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx.", "dr", "dr.", "prof", "prof.",
    "herr", "herrn", "frau", "sie", "ihr", "ihre", "ihnen", "ihren", "ihrem", "ihrer", "dear",
    "hi", "hello", "sehr", "geehrte", "geehrter", "st", "st.", "saint", "sankt", "all",
})
#: Courtesy titles and particles before a person's name in a list item.
_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx.", "dr", "dr.", "prof",
                     "prof.", "herr", "herrn", "frau", "professor", "professorin"})


def names_of(letter: Letter) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The organisation's names and the people's names the letter's data gives."""
    return names_in(letter.data)


def names_in(data: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of their side in letter data (keys dotted, as ``Letter.data``):
    the organisation's forms, then the people's, each longest first.

    The rules ask for a letter's names once per rule that reads its sentences, and a
    batch's rows often name the same people; the answer depends only on the values
    ``_name_values`` picks out, so recent answers are kept under those values."""
    return _names(_name_values(data))


#: The fields of a person's record in a people list that may hold a name.
_PERSON_FIELDS = ("name", "given_name", "family_name", "salutation_name")

_NameValues = tuple[tuple[str | None, ...], tuple[str | None, ...],
                    tuple[tuple[str | tuple[str | None, ...] | None, ...] | None, ...]]


def _name_values(data: Mapping[str, Any]) -> _NameValues:
    """Exactly what ``_names`` reads of the data: the text of each name key, and
    of each people list the first items, a text or a record's name fields; any
    other value, which gives no names, is None."""
    def text(value: object) -> str | None:
        return value if isinstance(value, str) else None

    def item(value: object) -> str | tuple[str | None, ...] | None:
        if isinstance(value, str):
            return value
        if isinstance(value, Mapping):
            return tuple(text(value.get(field)) for field in _PERSON_FIELDS)
        return None

    def items(value: object) -> tuple[str | tuple[str | None, ...] | None, ...] | None:
        return tuple(item(i) for i in value[:_MOST_ITEMS]) if isinstance(value, list) else None

    return (tuple(text(data.get(key)) for key in _ORG_KEYS),
            tuple(text(data.get(key)) for key in _PERSON_KEYS),
            tuple(items(data.get(key)) for key in _PEOPLE_KEYS))


@lru_cache(maxsize=64)
def _names(values: _NameValues) -> tuple[tuple[str, ...], tuple[str, ...]]:
    org_values, person_values, lists = values
    orgs: dict[str, None] = {}
    for value in org_values:
        _take(orgs, _org_forms, value)
    people: dict[str, None] = {}
    for value in person_values:
        _take(people, _person_forms, value)
    for listed in lists:
        for entry in listed or ():
            if isinstance(entry, str):
                _take(people, _person_forms, entry.split("<")[0])
            elif entry is not None:
                for field in entry:
                    _take(people, _person_forms, field)
    return (_longest_first(orgs),
            _longest_first(name for name in people if name not in orgs))


def _take(found: dict[str, None], forms: Callable[[str], set[str]], value: object) -> None:
    """Add a value's name forms, in the data's order, up to the cap."""
    if not isinstance(value, str) or len(value) > _LONGEST_NAME:
        return
    for form in sorted(forms(value)):
        if len(found) >= _MOST_FORMS:
            return
        found.setdefault(form, None)


def _longest_first(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _words(value: str) -> list[str]:
    return [w for w in value.replace(",", " ").split() if w]


def _org_forms(value: str) -> set[str]:
    """The full name, the name without its legal ending, and its first word when
    that is distinctive ("Quarrow Freight Ltd", "Quarrow Freight", "Quarrow")."""
    words = _words(value)
    forms = {" ".join(words)} if words else set()
    while len(words) > 1 and (words[-1].lower() in _LEGAL or words[-1] == "&"):
        words = words[:-1]
        forms.add(" ".join(words))
    if words and _distinctive(words[0]):
        forms.add(words[0].rstrip(",."))
    return {f for f in forms if _usable(f)}


def _person_forms(value: str) -> set[str]:
    """A person's full name and each distinctive word of it ("Tomás Ortega",
    "Ortega", "Tomás"); titles are dropped, and items that are not names
    ("you", "the forecasting team") give nothing."""
    words = [w for w in _words(value) if w.lower() not in _TITLES]
    if not words or not any(w[:1].isupper() for w in words):
        return set()
    if not all(w[:1].isupper() or w.lower() in _ORDINARY for w in words):
        return set()
    forms = {" ".join(words)}
    forms.update(w for w in words if _distinctive(w))
    return {f for f in forms if _usable(f)}


def _distinctive(word: str) -> bool:
    return len(word) >= 3 and word[:1].isupper() and word.lower().rstrip(".,") not in _ORDINARY


def _usable(form: str) -> bool:
    return len(form) >= 2 and form.lower() not in _ORDINARY


def read(text: str, orgs: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> Plain:
    """The plain form of a paragraph with their side's names as class words."""
    if not orgs and not people:
        return plain(text)
    return _masked(text, orgs, people)


@lru_cache(maxsize=16)
def _needles(orgs: tuple[str, ...], people: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each name's plain lower-case form and its class word, in the order the names
    are tried. A letter's rules read some thirty paragraphs with the same names, and
    a batch's rows often share them, so the forms are worked out once per set of
    names rather than once per paragraph."""
    found: list[tuple[str, str]] = []
    for names, word in ((orgs, ORG), (people, PERSON)):
        for name in names:
            form = plain(name).lower.strip()
            if form:
                found.append((form, word))
    return tuple(found)


@lru_cache(maxsize=256)
def _needle(form: str) -> LinearPattern:
    """The pattern of one name's form, standing as a word of its own."""
    return linear(r"(?:^|[^\w])(" + escape(form) + r")(?:[^\w]|$)")


@lru_cache(maxsize=64)
def _masked(text: str, orgs: tuple[str, ...], people: tuple[str, ...]) -> Plain:
    base = plain(text)
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(base.lower)
    for form, word in _needles(orgs, people):
        # every match holds the form itself, so a paragraph without it has none
        if form in base.lower:
            for hit in _needle(form).finditer(base.lower):
                start, end = _inner(base.lower, hit.start, hit.end, form)
                if start < 0 or any(taken[start:end]):
                    continue
                if " " not in form and not base.text[start:start + 1].isupper():
                    continue  # one ordinary-looking word counts only when capitalised
                spans.append((start, end, word))
                for i in range(start, end):
                    taken[i] = True
    if not spans:
        return base
    spans.sort()
    out: list[str] = []
    lower: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, word in spans:
        out.append(base.text[at:start])
        lower.append(base.lower[at:start])
        origin.extend(base.origin[at:start])
        first, last = base.origin[start], base.origin[end - 1]
        out.append(word[:1].upper() + word[1:])
        lower.append(word)
        origin.extend([first] * (len(word) - 1) + [last])
        at = end
    out.append(base.text[at:])
    lower.append(base.lower[at:])
    origin.extend(base.origin[at:])
    return Plain(text, "".join(out), "".join(lower), tuple(origin))


def _inner(lower: str, start: int, end: int, form: str) -> tuple[int, int]:
    """The span of the name itself inside a hit that may include one character of
    context on each side."""
    found = lower.find(form, start, end)
    return (found, found + len(form)) if found >= 0 else (-1, -1)


def letter_reader(letter: Letter) -> Callable[[str], Plain]:
    """A function from a paragraph's text to its plain form with this letter's
    names as class words: what every rule that reads sentences for their stance
    uses, so their sentence offsets agree."""
    orgs, people = names_of(letter)

    def reader(text: str) -> Plain:
        return read(text, orgs, people)

    return reader
