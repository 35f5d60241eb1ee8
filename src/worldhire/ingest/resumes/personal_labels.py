"""A résumé's labelled personal details ("Nombre: …", "Location | …", "Nom : HOUNKPATIN" above
"Prénoms : Codjo Fabrice"), by the labels of `worldhire.ingest.lexicon.personal_fields`.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.job_fields import JOB_FIELDS
from worldhire.ingest.lexicon.personal_fields import PERSONAL_FIELDS
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.geo import fold

_LABEL_FIELD = {fold(word): key for key, words in PERSONAL_FIELDS.items() for word in words}
_LABEL_LINE = re.compile(
    r"^\s*[*_•\-]*\s*([^\W\d][\w' ,./()-]{0,40}?)[*_]*(?:\s*[:：|]|\s+[-–])\s*(.+)$"
)

# The labels of a job's other fields: a title label beside one is that job's ("Cargo: Analista
# Contable" over "Fecha: 03/2017 – 01/2021" or "Funciones:"), never the person's headline.
_JOB_DETAIL_LABELS = frozenset(
    fold(label) for key in ("organization", "period", "duties", "since", "until")
    for label in JOB_FIELDS[key]
)
JOB_DETAIL_REACH = 2  # lines above and below a title label where its job's details sit
_BARE_LABEL = re.compile(r"^\s*[*_•\-]*\s*([^\W\d][\w' ]{0,40}?)[*_]*\s*[:：]\s*$")  # "Funciones:"
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
        if key == "headline" and (line.strip() in entry_lines
                                  or _beside_job_details(lines, number)):
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


def _beside_job_details(lines: list[str], number: int) -> bool:
    """A job's other labelled field or its dates lie within reach of this line."""
    around = range(max(0, number - JOB_DETAIL_REACH), number + JOB_DETAIL_REACH + 1)
    for other in (lines[i] for i in around if i != number and i < len(lines)):
        match = _LABEL_LINE.match(other) or _BARE_LABEL.match(other)
        if match and fold(match.group(1)).strip(" *_") in _JOB_DETAIL_LABELS:
            return True
        if find_range(other) is not None:
            return True
    return False


def label_key(line: str) -> str | None:
    """The personal-detail field a "Label: value" line fills, if it is one."""
    match = _LABEL_LINE.match(line)
    return _LABEL_FIELD.get(fold(match.group(1)).strip(" *_")) if match else None
