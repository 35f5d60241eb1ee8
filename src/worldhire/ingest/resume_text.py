"""A plain-text résumé (also the text of a PDF or DOCX) to a Candidate with evidence items."""

from __future__ import annotations

import re

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest import fields
from worldhire.ingest.entries import Entry, split_blocks, split_jobs
from worldhire.ingest.errors import NotAResumeError
from worldhire.ingest.geo import Place, resolve_place
from worldhire.ingest.profile import fill_logistics, fill_years
from worldhire.ingest.sections import SplitResume, split_sections
from worldhire.ingest.text import clean_field

_LABEL = re.compile(
    r"^\s*[*_]*(?P<label>name|full name|location|based in|address|city|country|time ?zone|tz|"
    r"headline|title|role|current role|skills|technical skills|tech stack|languages|"
    r"spoken languages)[*_]*\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"@|https?:|www\.|\d|\b(?:resume|résumé|curriculum|vitae|cv|page|confidential)\b", re.IGNORECASE
)
_SECTION_KIND = {
    "projects": EvidenceKind.PROJECT,
    "open_source": EvidenceKind.REPOSITORY,
    "publications": EvidenceKind.PUBLICATION,
    "education": EvidenceKind.EDUCATION,
    "certifications": EvidenceKind.CERTIFICATION,
}


def parse_text_resume(
    text: str, source_name: str, extra_links: list[str] | None = None
) -> Candidate:
    """Parse cleaned résumé text. Raises NotAResumeError when there is no name and no contact."""
    text = re.sub(r"\*\*|__", "", text)  # Markdown emphasis hides "7 years** of experience"
    split = split_sections(text)
    labels = _labelled_values(text)
    name, headline = _name_and_headline(split.header, labels)
    emails = fields.find_emails(text)
    phone = fields.find_phone("\n".join(split.header) + "\n" + _section_text(split, "contact"))
    if not name and not emails and not phone:
        raise NotAResumeError("no name and no contact details found: not a résumé")
    if name.isupper():
        name = name.title()  # "JELENA JOVANOVIĆ" -> "Jelena Jovanović"
    candidate = Candidate(
        name=name or (emails[0] if emails else phone or ""), source_name=source_name
    )
    candidate.email = emails[0] if emails else None
    candidate.phone = phone
    candidate.headline = headline
    candidate.links = list(dict.fromkeys([*fields.find_links(text), *(extra_links or [])]))[:30]
    _fill_location(candidate, split, labels, text)
    candidate.evidence = _evidence(split, labels, source_name)
    summary = _section_text(split, "summary")
    candidate.summary = summary[:4_000]
    _fill_languages(candidate, split, labels)
    fill_years(candidate, text)
    fill_logistics(candidate, text, pay_section=_section_text(split, "availability"))
    return candidate


def _labelled_values(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in text.split("\n")[:400]:
        match = _LABEL.match(line)
        if match:
            label = re.sub(r"\s+", " ", match.group("label").lower())
            values.setdefault(label, match.group("value").strip())
    return values


def _name_and_headline(header: list[str], labels: dict[str, str]) -> tuple[str, str]:
    name = clean_field(labels.get("name") or labels.get("full name") or "", 120)
    headline = clean_field(labels.get("headline") or labels.get("title") or "", 200)
    lines = [re.sub(r"^#+\s*|\*\*|__", "", line).strip() for line in header if line.strip()]
    for i, line in enumerate(lines[:6]):
        if _LABEL.match(line):
            continue
        pieces = re.split(r"\s+[—–|]\s+|\s+-\s+|,\s+", line, maxsplit=1)
        candidate_name = pieces[0].strip(" *_")
        rest = pieces[1] if len(pieces) > 1 else ""
        if not name and _plausible_name(candidate_name):
            name = candidate_name
            if rest and not headline and not fields.EMAIL_RE.search(rest):
                headline = clean_field(rest, 200)
            elif not headline and i + 1 < len(lines) and _plausible_headline(lines[i + 1]):
                headline = clean_field(lines[i + 1], 200)
            break
    return name, headline


_NAME_PARTICLES = frozenset(
    "de da das do dos du van von der den bin binti al el la le del di y e ibn".split()  # noqa: SIM905
)


def _plausible_name(text: str) -> bool:
    """2-5 capitalised words (particles like "dos", "van" aside), or one capitalised word."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60 or _NOT_A_NAME.search(text):
        return False
    if any(not re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _plausible_headline(text: str) -> bool:
    return 0 < len(text) <= 120 and not fields.EMAIL_RE.search(text) and not fields.find_phone(text)


def _section_text(split: SplitResume, key: str) -> str:
    return "\n".join(s.text for s in split.all(key)).strip()


def _fill_location(
    candidate: Candidate, split: SplitResume, labels: dict[str, str], text: str
) -> None:
    for label in ("location", "based in", "address", "city", "country"):
        if label in labels:
            place = resolve_place(labels[label])
            if place is not None:
                candidate.location = clean_field(labels[label], 120)
                candidate.country, candidate.timezone = place.country, place.timezone
                break
    if candidate.country is None:
        for line in [*split.header[:12], *_section_text(split, "contact").split("\n")]:
            hit = _place_in_line(line)
            if hit is not None:
                segment, found = hit
                candidate.location = clean_field(segment, 120)
                candidate.country, candidate.timezone = found.country, found.timezone
                break


def _place_in_line(line: str) -> tuple[str, Place] | None:
    if fields.EMAIL_RE.fullmatch(line.strip()) or len(line) > 200:
        return None
    for segment in re.split(r"\s*[|•·]\s*|\s+[—–]\s+|\s{3,}", line):
        segment = re.sub(
            r"^(?:location|based in|address)\s*[:\-]?\s*", "", segment.strip(), flags=re.I
        )
        if not segment or fields.EMAIL_RE.search(segment) or "http" in segment or "www." in segment:
            continue
        if fields.find_phone(segment) and not re.search(r"[A-Za-z]{3}", segment):
            continue
        place = resolve_place(segment)
        if place is not None:
            return segment, place
    return None


def _evidence(split: SplitResume, labels: dict[str, str], source: str) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    summary = _section_text(split, "summary")
    if summary:
        items.append(EvidenceItem(EvidenceKind.SUMMARY, "Summary", summary[:4_000], source=source))
    for section in split.sections:
        if section.key == "experience":
            items += [_job_item(e, source) for e in split_jobs(section.lines)]
        elif section.key in _SECTION_KIND:
            kind = _SECTION_KIND[section.key]
            one_per_line = kind is not EvidenceKind.PROJECT and kind is not EvidenceKind.REPOSITORY
            entries = split_blocks(section.lines, one_per_line and _short_lines(section.lines))
            items += [_entry_item(kind, e, source) for e in entries]
    skills = _skills_text(split, labels)
    if skills:
        items.append(EvidenceItem(EvidenceKind.SKILLS, "Skills", skills[:4_000], source=source))
    return [i for i in items if i.title or i.text]


def _short_lines(lines: list[str]) -> bool:
    """Lines that each hold a whole entry, not a paragraph wrapped across lines."""
    content = [line for line in lines if line.strip()]
    return bool(content) and all(len(line) <= 110 and not line[:1].islower() for line in content)


def _skills_text(split: SplitResume, labels: dict[str, str]) -> str:
    parts = [s.text for s in split.all("skills")]
    for label in ("skills", "technical skills", "tech stack"):
        if label in labels:
            parts.append(labels[label])
    return "\n".join(dict.fromkeys(p for p in parts if p))


def _job_item(entry: Entry, source: str) -> EvidenceItem:
    return EvidenceItem(
        kind=EvidenceKind.JOB,
        title=clean_field(entry.title or entry.header, 200),
        text=entry.text[:8_000],
        source=source,
        organization=clean_field(entry.organization, 200) if entry.organization else None,
        start=entry.start,
        end=entry.end,
        url=_first_link(entry),
    )


def _entry_item(kind: EvidenceKind, entry: Entry, source: str) -> EvidenceItem:
    organization = None
    if kind is EvidenceKind.EDUCATION:
        organization = _institution(entry)
    return EvidenceItem(
        kind=kind,
        title=clean_field(entry.title or entry.header, 200),
        text=(entry.text or entry.header)[:8_000],
        source=source,
        organization=organization,
        start=entry.start,
        end=entry.end,
        url=_first_link(entry),
    )


def _institution(entry: Entry) -> str | None:
    for part in re.split(r"\s+[—–|-]\s+|,\s+|\n", f"{entry.header}\n{entry.text}"):
        if re.search(
            r"universit|institute|college|school|academy|polytechnic|iit\b|nit\b", part, re.I
        ):
            return clean_field(part, 200)
    return None


def _first_link(entry: Entry) -> str | None:
    links = fields.find_links(f"{entry.header}\n{entry.text}")
    return links[0] if links else None


def _fill_languages(candidate: Candidate, split: SplitResume, labels: dict[str, str]) -> None:
    text = "\n".join(s.text for s in split.all("languages"))
    for label in ("languages", "spoken languages"):
        if label in labels:
            text += "\n" + labels[label]
    candidate.languages = fields.find_languages(text)
