"""People's names for salutations and addresses: explicit fields first, a parser second.

A salutation goes wrong in ways a reader notices at once ("Dear Dr. Jr.,",
"Dear Ms. López," for María José García López). So a person's data may say
outright which part is the given name, which the family name and which words
follow "Dear"; only what the data leaves open is worked out by parsing the full
name with nameparser, which knows titles, suffixes and particles. Its one
blind spot for us, the double Spanish surname, is covered by a rule of our own:
a name of four plain words is read as two given names and two family names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Courtesy titles, compared without case or full stop; German ones included so
#: that "Frau Dr. Marsch" typed into a name is read as titles, not a given name.
COURTESY = frozenset({"mr", "ms", "mrs", "mx", "miss", "sir", "frau", "herr", "herrn"})
#: Academic titles by rank: only the highest one belongs in a German salutation.
_ACADEMIC_RANK = {"prof": 2, "professor": 2, "professorin": 2, "dr": 1}



@functools.cache
def _parser() -> tuple[Any, Any]:
    """nameparser and its settings, loaded the first time a name is read: commands
    that read no names (check, --help) do not pay for its tables."""
    from nameparser import HumanName
    from nameparser.config import Constants

    constants = Constants()
    constants.titles.add("professorin", "professor", "herr", "herrn", "frau", "mx")
    return HumanName, constants


@dataclass(frozen=True)
class PersonName:
    """One person's name split into the parts a letter uses."""

    titles: tuple[str, ...] = ()
    given: str = ""
    middle: str = ""
    family: str = ""
    suffix: str = ""
    #: the exact words to write after the greeting, when the data gives them
    salutation: str = ""

    @property
    def friendly(self) -> str:
        """The given name for a friendly greeting; an initial ("J.") gives way to a
        middle name, and a title is never mistaken for one."""
        if _is_initial(self.given) and self.middle and not _is_initial(self.middle.split()[0]):
            return self.middle.split()[0]
        return self.given

    @property
    def plain(self) -> str:
        """Given, middle and family names, without titles or suffixes."""
        return " ".join(part for part in (self.given, self.middle, self.family) if part)


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"\w\.?", word))


def _split_titles(text: str) -> tuple[str, ...]:
    """'Prof. Dr.' → ('Prof.', 'Dr.'); 'Dr. med.' stays one title."""
    titles: list[str] = []
    for word in text.split():
        if titles and _key(word) not in _ACADEMIC_RANK and _key(word) not in COURTESY:
            titles[-1] = f"{titles[-1]} {word}"  # 'Dr. med.', 'Dr. h. c.'
        else:
            titles.append(word)
    return tuple(titles)


#: Longest text read as a person's name, in characters. No name is longer, and the
#: name parser's cost grows faster than the text (a 200,000-character string takes
#: it most of a minute in one step no budget can interrupt); longer text is not
#: parsed but kept whole as the family name, so it still shows, in bounded time.
MAX_NAME_CHARS = 300


def parse_name(full: str) -> PersonName:
    """Split a full name as typed: titles, given, middle, family name and suffix."""
    text = " ".join(full.split())
    if len(text) > MAX_NAME_CHARS:
        return PersonName(family=text)
    return _parse_name(text)


@functools.lru_cache(maxsize=2048)
def _parse_name(text: str) -> PersonName:
    if not text:
        return PersonName()
    human_name, constants = _parser()
    parsed = human_name(text, constants=constants)
    given, middle, family = str(parsed.first), str(parsed.middle), str(parsed.last)
    words = [w for w in (given, *middle.split(), family) if w]
    if (len(words) == 4 and " " not in family and not any(_is_initial(w) for w in words)
            and not parsed.suffix):
        given, middle, family = words[0], words[1], f"{words[2]} {words[3]}"
    return PersonName(_split_titles(str(parsed.title)), given, middle, family,
                      str(parsed.suffix))


def person_name(value: Any) -> PersonName:
    """A person from letter data: a full name, or a mapping whose optional
    ``given_name``, ``family_name``, ``salutation_name`` and ``title``/``titel``
    fields override what parsing ``name`` would guess."""
    if not isinstance(value, Mapping):
        return parse_name(str(value or ""))
    parsed = parse_name(str(value.get("name") or ""))
    chosen = [*_split_titles(str(value.get("title") or "")),
              *_split_titles(str(value.get("titel") or ""))]
    # a title chosen in the data wins over the same title typed into the name
    titles = [*chosen, *(t for t in parsed.titles
                         if _key(t) not in {_key(c) for c in chosen})]
    given = str(value.get("given_name") or "").strip()
    family = str(value.get("family_name") or "").strip()
    middle = parsed.middle
    if given and not family and parsed.family:
        family = parsed.family
    if family and not given:
        given = _given_before(parsed, family)
        middle = "" if given != parsed.given else parsed.middle
    return PersonName(tuple(titles), given or parsed.given, middle if not given else "",
                      family or parsed.family, parsed.suffix,
                      " ".join(str(value.get("salutation_name") or "").split()))


def _given_before(parsed: PersonName, family: str) -> str:
    """With the family name given, the given names are the words before it."""
    words = parsed.plain.split()
    family_words = family.split()
    for start in range(len(words) - len(family_words), -1, -1):
        if [_key(w) for w in words[start:start + len(family_words)]] == \
                [_key(w) for w in family_words]:
            return " ".join(words[:start])
    return parsed.given


def highest_title(titles: tuple[str, ...]) -> str:
    """The single title a salutation names: a professor outranks a doctor, and an
    academic title outranks a courtesy one ('Prof. Dr.' → 'Prof.')."""
    academic = [t for t in titles if _key(t.split()[0]) in _ACADEMIC_RANK]
    if academic:
        best = max(academic, key=lambda t: _ACADEMIC_RANK[_key(t.split()[0])])
        return best.split()[0]
    courtesy = [t for t in titles if _key(t) in COURTESY - {"herr", "herrn", "frau"}]
    return courtesy[0] if courtesy else ""


def formal_name(value: Any) -> str:
    """Title and family name for a formal greeting ('Dr. García López'; in German
    with the Anrede, 'Frau Prof. Marsch'); the full name when no title is known,
    and the data's salutation_name when it has one."""
    person = person_name(value)
    if person.salutation:
        return person.salutation
    title = highest_title(person.titles)
    anrede = str(value.get("anrede") or "") if isinstance(value, Mapping) else ""
    if anrede and person.family:
        # German keeps the Anrede before the title: 'Frau Prof. Marsch'
        academic = title if _key(title) in _ACADEMIC_RANK else ""
        return " ".join(part for part in (anrede, academic, person.family) if part)
    if title and person.family:
        return f"{title} {person.family}"
    return person.plain or person.family


def friendly_name(value: Any) -> str:
    """The given name for a friendly greeting. An academic title chosen in the data's
    title field is honoured ('Dr. Marsh'); a courtesy title (Ms.) keeps the first
    name, and a title merely typed into the name is never taken for one."""
    person = person_name(value)
    if person.salutation:
        return person.salutation
    chosen = ""
    if isinstance(value, Mapping):
        chosen = highest_title(_split_titles(f"{value.get('title') or ''} "
                                             f"{value.get('titel') or ''}"))
    if _key(chosen) in _ACADEMIC_RANK or not person.friendly:
        return formal_name(value)
    return person.friendly


def family_name(value: Any) -> str:
    """The family name alone, with its particles and both Spanish surnames."""
    return person_name(value).family


def given_name(value: Any) -> str:
    """The name a friend would use, never a title or a lone initial."""
    return person_name(value).friendly


def address_name(value: Any, language: str = "en") -> str:
    """The name line of an address: every title, and in German 'Herrn' for 'Herr'."""
    person = person_name(value)
    titles = list(person.titles)
    if isinstance(value, Mapping) and value.get("anrede"):
        anrede = str(value["anrede"])
        titles = [t for t in titles if _key(t) not in {"herr", "herrn", "frau"}]
        titles.insert(0, anrede)
    if language.split("-")[0] == "de":
        titles = ["Herrn" if _key(t) == "herr" else t for t in titles]
    return " ".join([*titles, person.plain]).strip() + _suffix(person.suffix)


def _suffix(suffix: str) -> str:
    """Generational suffixes follow the name ('King Jr.'); degrees after a comma."""
    if not suffix:
        return ""
    if re.fullmatch(r"(jr|sr|[ivx]+)\.?", suffix.lower()):
        return f" {suffix}"
    return f", {suffix}"


def plain_name(value: Any) -> str:
    """The name without titles or suffixes, for a neutral greeting ('Guten Tag Elena Marsch')."""
    return person_name(value).plain
