"""A résumé's labelled personal details ("Nombre: …", "Location | …", "Nom : HOUNKPATIN" above
"Prénoms : Codjo Fabrice"), by the labels of `worldhire.ingest.lexicon.personal_fields`.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.personal_fields import PERSONAL_FIELDS
from worldhire.ingest.shared.geo import fold

_LABEL_FIELD = {fold(word): key for key, words in PERSONAL_FIELDS.items() for word in words}
_LABEL_LINE = re.compile(
    r"^\s*[*_•\-]*\s*([^\W\d][\w' ,./()-]{0,40}?)[*_]*(?:\s*[:：|]|\s+[-–])\s*(.+)$"
)

_NEXT_LABEL = re.compile(r"\s*(?:[|·•]|\s{2,}|\t)\s*[^\W\d][\w' ./()-]{0,40}?\s*[:：](?!//)")


# "Nom : HOUNKPATIN" above "Prénoms : Codjo Fabrice", "Surname | Mokoena" above "First names |
# Thabo Sipho": a surname and given names on two labelled
# lines are one name, in the order written.
_SURNAME_LABELS = frozenset({
    "nom", "nazwisko", "nachname", "прізвище", "prizvyshche", "apellidos", "surname", "last name",
    "family name",
})  # fmt: skip
_GIVEN_NAME_LABELS = frozenset({
    "prenom", "prenoms", "prenom(s)", "imie", "imiona", "vorname", "prenume", "first name",
    "first names", "given name", "given names", "forenames",
})  # fmt: skip


def labelled_values(lines: list[str], entry_lines: frozenset[str] = frozenset()) -> dict[str, str]:
    """The first value of each known personal-detail label ("Nombre: …", "Location | …").
    `entry_lines` are the lines of work and project entries: a "Role: Developer" there is the
    entry's, not the person's headline."""
    values: dict[str, str] = {}
    name_parts: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines[:400]):
        match = _LABEL_LINE.match(line)
        if not match:
            continue
        label = fold(match.group(1)).strip(" *_")
        key = _LABEL_FIELD.get(label)
        if key == "headline" and line.strip() in entry_lines:
            continue
        # "Location: Pune | Preferred Location: Bengaluru": the value ends where the next
        # labelled detail on its line begins
        value = _NEXT_LABEL.split(match.group(2), maxsplit=1)[0].strip(" |:：\t")
        part = "surname" if label in _SURNAME_LABELS else ""
        part = "given" if label in _GIVEN_NAME_LABELS else part
        if part and part not in name_parts:
            name_parts[part] = (number, value)
        if key is not None and key not in values:
            values[key] = value
    if len(name_parts) == 2:
        values["name"] = " ".join(value for _, value in sorted(name_parts.values()))
    return values


def label_key(line: str) -> str | None:
    """The personal-detail field a "Label: value" line fills, if it is one."""
    match = _LABEL_LINE.match(line)
    return _LABEL_FIELD.get(fold(match.group(1)).strip(" *_")) if match else None
