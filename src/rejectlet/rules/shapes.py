"""The shapes a leftover template placeholder takes, told apart from honest text.

A placeholder is a slot nobody filled: "[Name]", "<Company>", "{company}",
"{{ role }}", "Company Name", "JOB TITLE", "INSERT … HERE", "XXX", "Lorem
ipsum". The same punctuation also carries honest text: "Tomás Ortega
(Engineering Manager)", "a report [PDF, 12 pages]", "[sic]". The difference is
in the words: a slot is named by slot words (name, company, title, date…) and
nothing else, or is announced by an instruction ("insert", "your"), or is
written in capitals.

Candidates are found with linear-time patterns whose every repetition is
bounded; the judgement on a bracket's content is plain Python over at most a
few dozen characters, so the whole scan is linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..limits import watch_the_clock
from .linear import linear
from .reading import Plain

#: Words that name what a slot should hold.
_SLOTS = frozenset({
    "name", "names", "company", "organization", "organisation", "employer", "firm", "title",
    "position", "role", "job", "date", "address", "city", "phone", "email", "number",
    "interviewer", "recruiter", "recipient", "skill", "skills", "detail", "details",
    "achievement", "achievements", "value", "values", "project", "department", "team",
    "firstname", "lastname", "firma", "firmenname", "unternehmen", "unternehmens", "stelle",
    "stellenbezeichnung", "datum", "adresse", "anschrift", "ansprechpartner",
    "ansprechpartnerin", "ansprechpartners", "empfanger", "telefon", "titel", "vorname",
    "nachname", "abteilung", "empresa", "puesto", "nombre", "fecha", "cargo", "location",
    "nom", "entreprise", "societe", "poste", "azienda", "nome", "ruolo", "posizione", "bedrijf",
    "bedrijfsnaam", "functie", "naam", "ort", "plz",
})
#: Words that may sit beside slot words in a slot ("Hiring Manager's Name").
_SLOT_COMPANIONS = frozenset({
    "hiring", "manager", "manager's", "managers", "first", "last", "full", "contact", "start",
    "street", "postal", "zip", "company's", "person", "of", "the", "des", "der", "die",
    "or", "and", "s", "here", "new", "old", "current", "previous", "specific", "relevant",
    "key", "main", "job", "your", "ihr", "ihre", "ihren", "head", "event", "meeting",
    "interview", "product", "industry", "field", "mission", "goal", "reason",
    "de", "la", "le", "el", "del", "du", "della", "van", "het",
})
#: Words that announce a slot when they open a bracket ("[insert detail]", "<your name>").
_INSTRUCTIONS = frozenset({
    "insert", "enter", "add", "your", "type", "put", "fill", "name", "einfugen", "ihr", "ihre",
    "hier", "mention", "describe", "write", "placeholder", "tbd", "todo",
})
#: Slot words that make a parenthesis a slot; role words there are a person's title.
_STRICT_SLOTS = _SLOTS - {"team", "project", "interviewer", "recruiter", "department",
                           "abteilung", "value", "values", "detail", "details", "skill",
                           "skills", "achievement", "achievements", "location"}

_BRACKETS = linear(
    r"(?P<square>\[[^\[\]\n]{0,60}\])|(?P<angle><{1,2}[^<>\n]{1,60}>{1,2})"
    r"|(?P<round>\([^()\n]{1,60}\))")
_FIXED = linear(
    r"(?P<code>\{\{[^\n]{0,200}?\}\}|\{%[^\n]{0,200}?%\}|\{#[^\n]{0,200}?#\}"
    r"|\{\{ ?[A-Za-z_][\w.]{0,60})"
    r"|(?P<brace>\$?\{ ?[A-Za-z_][\w .'-]{0,40}\}|\{\d{1,2}\})"
    r"|(?P<dollar>\$[A-Za-z_][A-Za-z_0-9]{1,40})"
    r"|(?P<percent>%[A-Za-z_]\w{0,40}%|%\([A-Za-z_]\w{0,40}\)[sd])"
    r"|(?P<todo>\b(?:TODO|TBD|TBC|FIXME|XXX+)\b)"
    r"|(?P<nobody>\b(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?|Mx\.?|Dr\.?) (?:XY|XX|X|NN|N\.N\.)(?:\W|$))"
    r"|(?P<filler>(?i:\blorem ipsum\b|\bdolor sit amet\b))"
    r"|(?P<blank>_{3,}|\.{5,})"
    r"|(?P<insert>\b(?:INSERT|ENTER|ADD|PUT|TYPE)\b[^\n]{0,60}?\bHERE\b"
    r"|(?i:\binsert\b)[^.\n]{0,60}?(?i:\bhere\b)"
    r"|\bHIER\b[^\n]{0,60}?\bEINF(?:UE|U)GEN\b|\b(?:[A-Z]+ ){0,4}EINF(?:UE|U)GEN\b"
    r"|(?:^|[\[(<.!?:] ?)Hier\b[^.\n]{0,50}?\beinf(?:ue|u)gen(?: ?[\])>.!:]|$)"
    r"|\b(?:INSERER|INSERTAR|INSERIRE|AJOUTER|ANADIR)\b[^\n]{0,60}?\b(?:ICI|AQUI|QUI)\b)"
    r"|(?P<datemask>\b(?i:dd|tt|jj|mm|yy|jjjj|yyyy|aaaa)(?:[./-](?i:dd|tt|mm|yy|jj|jjjj|yyyy|"
    r"aaaa)){1,2}\b|_{2,}(?:[./-]_{2,}){1,2}|\bXX\.XX\.(?:XXXX|XX)\b)"
    r"|(?P<masked>[$\x1a] ?X{1,3}(?:[.,]X{3})*\b|\bX{1,3}(?:[.,]X{3})+\b|\bX{1,3} ?%"
    r"|\b(?:19|20)XX\b|\b(?:Firma|Fa\.|Company|Unternehmen|Empresa|Societe) (?:XY|XYZ|NN)\b"
    # a count left to fill in: "over XX years", "XX projects"
    r"|\bX{2,3} [a-z][a-z-]{1,20}s\b)"
    r"|(?P<titled>\b(?:(?:Your|Company|Organi[sz]ation|Employer|Firm|Job|Position|Role|Hiring|"
    r"Recipient|Interviewer|Recruiter|Manager'?s?|First|Last|Full|Contact|Department|Start|"
    r"Insert|Street|Phone|City|Postal) ){1,3}(?:Name|Title|Date|Address|Number)s?\b)"
    r"|(?P<german>\b(?:Firmenname|Unternehmensname|Name (?:des Unternehmens|der Firma|des "
    r"Ansprechpartners|der Ansprechpartnerin)|Stellenbezeichnung|Stellentitel|Musterfirma|"
    r"(?:Max|Erika) Mustermann|Musterstrasse|Musterstadt|Vorname Nachname)\b)"
    r"|(?P<doe>\b(?:John|Jane) Doe\b)")
_CAPITALS = linear(r"\b[A-Z][A-Z_']{1,30}(?: [A-Z][A-Z_']{1,30}){0,5}\b")

_WHAT = {
    "code": "template code", "brace": "a placeholder in braces", "dollar": "a variable name",
    "percent": "a placeholder in percent signs", "todo": "a to-do marker",
    "nobody": "a placeholder name", "filler": "filler text", "blank": "a blank to fill in",
    "insert": "an instruction to fill in", "titled": "a placeholder phrase",
    "german": "a placeholder phrase", "doe": "a placeholder name",
    "datemask": "a date to fill in", "masked": "a figure or name to fill in",
    "square": "a bracketed placeholder", "angle": "an angle-bracket placeholder",
    "round": "a placeholder in parentheses", "capitals": "a placeholder in capitals",
}
#: Words that show a date mask is named as a format ("dates in YYYY-MM-DD"), not left
#: to fill in.
_FORMAT_WORDS = frozenset({
    "format", "formats", "formatted", "iso", "standard", "standardised", "standardized",
    "notation", "convention", "pattern", "layout", "schema", "datumsformat", "umgestellt",
    "formatiert", "schreibweise", "norm", "din",
})
#: Bracketed text that is an editor's note, never a slot.
_NOTES = frozenset({"sic", "sic!"})


@dataclass(frozen=True, slots=True)
class Slot:
    """A leftover placeholder: its span in the plain text and what shape it has."""

    start: int
    end: int
    what: str
    words: tuple[str, ...]


def _words(content: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for char in content:
        if char.isalnum() or char == "'":
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


_ROLES = frozenset({"hiring", "manager", "manager's", "interviewer", "recruiter", "contact",
                    "person", "recipient", "ansprechpartner", "ansprechpartnerin"})


#: Endings that make a compound word a slot word ("Projektname", "Eintrittsdatum").
_SLOT_ENDINGS = ("name", "namen", "titel", "datum", "bezeichnung", "adresse", "nummer")


def _slot_word(word: str, slots: frozenset[str]) -> bool:
    if "'" in word[:3]:
        word = word.split("'", 1)[1]  # an elided article: "l'entreprise", "d'embauche"
    if word.endswith("'s"):
        word = word[:-2]  # a possessive: "interviewer's name"
    return word in slots or word.rstrip("s") in slots or \
        (len(word) > 6 and word.endswith(_SLOT_ENDINGS))


def _is_slot(content: str, shape: str, after_name: bool = False) -> bool:
    """Whether a bracket's content names a slot rather than carrying text.

    In parentheses, role words ("Hiring Manager") are a person's title when
    they follow a name, and a slot otherwise ("meeting the (Hiring Manager)").
    """
    stripped = content.strip()
    if not stripped.strip("_.xX -\u2026"):
        return True
    words = _words(stripped)
    if not words:
        return False
    lower = [w.lower() for w in words]
    if " ".join(lower) in _NOTES or any(c.isdigit() for c in stripped):
        return False
    if shape == "angle":
        return "@" not in stripped and ":" not in stripped and "/" not in stripped \
            and "." not in stripped and len(words) <= 5
    if lower[0] in _INSTRUCTIONS and (shape == "square" or len(words) > 1):
        return True
    slots = _SLOTS if shape == "square" or not after_name else _STRICT_SLOTS
    companions = _SLOT_COMPANIONS | (_SLOTS if shape == "square" else _STRICT_SLOTS)
    if shape == "square" or (shape == "round" and not after_name):
        slots = slots | _ROLES
        # a role beside a slot word is part of the slot: "(interviewer's name)"
        companions = companions | _ROLES
    if any(_slot_word(w, slots) for w in lower) and \
            all(_slot_word(w, companions) for w in lower):
        return True
    letters = [c for c in stripped if c.isalpha()]
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    return capitals and any(w in _SLOTS or w in _INSTRUCTIONS for w in lower)


def _named_as_format(lower: str, start: int, end: int) -> bool:
    """Whether the words around a date mask speak of a format rather than a date."""
    around = lower[max(0, start - 60):start] + " " + lower[end:end + 40]
    return any(word in _FORMAT_WORDS for word in _words(around))


def find_slots(text: Plain) -> Iterator[Slot]:
    """Every leftover placeholder in the text, left to right within each shape."""
    value = text.text
    for count, hit in enumerate(_FIXED.finditer(value)):
        watch_the_clock(count)
        what = hit.group or "code"
        if what == "datemask" and _named_as_format(text.lower, hit.start, hit.end):
            continue
        yield Slot(hit.start, hit.end, _WHAT[what], ())
    for count, hit in enumerate(_BRACKETS.finditer(value)):
        watch_the_clock(count)
        shape = hit.group or "square"
        inner = value[hit.start:hit.end].strip("[]<>()")
        before = value[max(0, hit.start - 40):hit.start].split()
        after_name = bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        if _is_slot(inner, shape, after_name):
            yield Slot(hit.start, hit.end, _WHAT[shape], tuple(_words(inner.lower())))
    for count, hit in enumerate(_CAPITALS.finditer(value)):
        watch_the_clock(count)
        lower = [w.lower() for w in value[hit.start:hit.end].replace("_", " ").split()]
        if any(w in _SLOTS or w.rstrip("s") in _SLOTS for w in lower) or \
                (len(lower) >= 2 and all(w in _ROLES for w in lower)):
            yield Slot(hit.start, hit.end, _WHAT["capitals"], tuple(lower))
