"""A post's labelled fields ("Title: ...", "Empresa: ... | Local: ..."): where a label's value
starts and ends on its line, and the fields a job board files a job under ("Industry Type:",
"Department:").
"""

from __future__ import annotations

import re

from worldhire.ingest.post_words import field_label_pattern

# A field label opens a line or follows a separator ("Vaga: ... | Empresa: Jabuticaba Seguros |
# Local: ..."); pasted as one paragraph, a capitalised label follows the previous field's value
# ("Job Title: Java Developer Company: Krivana Infotech Location: Hyderabad").
# (a run of spaces parts two fields as a separator does: "Location: Pune   Company: Veltrix")
LABEL_START = r"(?:^|(?<=[|·•;])|(?<=[|·•;]\s)|(?<=\S\s|\s\s)(?=[A-ZÀ-ÞА-Я]))"

# Where a labelled value ends inside a line: a separator or a sentence's end (or the next
# field's label: post_words.field_label_pattern).
_VALUE_END = re.compile(
    r"\s*[|•;]\s*|\s+·\s+|(?<!\bSr)(?<!\bJr)(?<!\bMr)(?<!\bDr)(?<!\bMs)"
    # a legal form's stop inside a name: "S.C. Dacia Trans S.R.L.", "Navyug Pvt. Ltd."
    r"(?<!\bS\.C)(?<!\bPvt)(?<!\bPte)(?<!\bPty)(?<!\bSdn)\.\s+(?=[A-Z])"
)

# The fields a job board files a job under ("Industry Type:", "Department:", "Role Category:" on
# Naukri; "Categoría:", "Branża:", "Lĩnh vực:").
_CATEGORY_FIELD = re.compile(
    r"^[\s*_•-]*(?i:industry(?: type)?|department|role category|functional area|job category|"
    r"job function|category|categor[ií]a|[áa]rea|branża|kategoria|lĩnh vực|ngành nghề|"
    r"bidang(?: pekerjaan)?|industri|sektor|sector|branche|domaine|галузь|категорія)\s*:"
)


def board_category(text: str, start: int) -> bool:
    """The field at `start` sits among a job board's classification fields: two of the lines
    next to it (two above, two below) are such fields."""
    lines = text[: text.find("\n", start) % (len(text) + 1)].split("\n")
    after = text[start:].split("\n")[1:3]
    near = [*lines[-3:-1], *after]
    return sum(bool(_CATEGORY_FIELD.match(x)) for x in near) >= 2


_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][\w/&.-]*(?:\s[\w/&.-]+){0,2}:\s")


def labelled_field(label: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first "Label: value" of a kind: at a line's start, after a separator, or inside a
    line of several fields (a pasted paragraph; "About the Role: you will..." is prose)."""
    for match in label.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        if not before.strip() or before.rstrip()[-1:] in "|·•;" or before.endswith("   "):
            return match
        line_end = text.find("\n", match.start())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(_FIELD_LABEL.findall(line)) >= 3:
            return match
    return None


def field_value(value: str) -> str:
    """A labelled value without the fields that follow it on its line."""
    ends = [m.start() for m in (_VALUE_END.search(value), field_label_pattern().search(value))
            if m is not None and m.start() > 0]  # fmt: skip
    return value[: min(ends)] if ends else value
