"""A post's labelled fields ("Title: ...", "Empresa: ... | Local: ..."): where a label's value
starts and ends on its line, where the next field's label starts when a post is pasted as one
paragraph, a label typed with a slip of the fingers ("Compny:"), and the fields a job board files
a job under ("Industry Type:", "Department:").
"""

from __future__ import annotations

import re
from functools import cache

from worldhire.ingest.lexicon.post_field_labels import FIELD_LABELS, MORE_FIELD_LABELS
from worldhire.ingest.posts.headings import heading_kinds
from worldhire.ingest.shared.edit_distance import edit_distance
from worldhire.ingest.shared.folded_text import fold

# A field label opens a line or follows a separator ("Vaga: ... | Empresa: Jabuticaba Seguros |
# Local: ..."); pasted as one paragraph, a capitalised label follows the previous field's value
# ("Job Title: Java Developer Company: Krivana Infotech Location: Hyderabad").
# (a run of spaces parts two fields as a separator does: "Location: Pune   Company: Veltrix")
LABEL_START = r"(?:^|(?<=[|·•;])|(?<=[|·•;]\s)|(?<=\S\s|\s\s)(?=[A-ZÀ-ÞА-Я]))"

# Where a labelled value ends inside a line: a separator or a sentence's end (or the next
# field's label: field_label_pattern below).
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
    next to it (two above, two below), or of the fields after it on its line ("Role: Data
    Engineer | Industry Type: Software Product | Department: ..."), are such fields."""
    lines = text[: text.find("\n", start) % (len(text) + 1)].split("\n")
    after = text[start:].split("\n")
    beside = re.split(r"\s+[|·•]\s+", after[0])[1:]
    near = [*lines[-3:-1], *after[1:3], *beside]
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


# Field labels as written at a line's start ("Compny:", "Locaton:", "Salery:", "Lokalizcja:").
_LABEL_AT_LINE_START = re.compile(
    r"^(?P<pre>[ \t*_•-]*)(?P<label>[^\W\d_]{5,20})(?=[*_]*[ \t]*:)", re.MULTILINE
)


@cache
def _field_words() -> dict[str, str]:
    """Folded one-word field label -> the label as written."""
    return {
        fold(x): x for x in (*FIELD_LABELS, *MORE_FIELD_LABELS) if " " not in x and len(x) >= 5
    }


def mend_field_labels(text: str) -> str:
    """The post with a field label typed with a slip of the fingers written as the label it is
    ("Compny: Harbourline" -> "Company: Harbourline"): a word one edit from one known label (two
    from a label of ten letters or more), with the same first letter, at a line's start before
    a colon. A plural or a longer word of the same stem ("Clients:", "Companies:") is no typo."""
    words = _field_words()

    def mend(match: re.Match[str]) -> str:
        label = match.group("label")
        folded = fold(label)
        if folded in words:
            return match.group(0)
        limit = 2 if len(folded) >= 10 else 1
        near = [
            known for key, known in words.items()
            if key[0] == folded[0] and abs(len(key) - len(folded)) <= limit
            and not key.startswith(folded) and not folded.startswith(key)
            and edit_distance(folded, key, limit) <= limit
        ]  # fmt: skip
        if len(near) != 1:
            return match.group(0)
        known = near[0]
        written = known[:1].upper() + known[1:] if label[:1].isupper() else known
        return match.group("pre") + written

    return _LABEL_AT_LINE_START.sub(mend, text)


@cache
def field_label_pattern() -> re.Pattern[str]:
    """Where the next field of a pasted paragraph starts: a known label and its colon."""
    labels = sorted({*FIELD_LABELS, *(p for p in heading_kinds() if len(p.split()) <= 3)},
                    key=len, reverse=True)  # fmt: skip
    body = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return re.compile(rf"\s+(?=(?:{body})\s*:\s)", re.IGNORECASE)
