"""A new résumé version merged into the candidate it belongs to.

The newer version's fields win where it states them; the older one's stay where it does not.
"Newer" is the résumé that mentions the later dates (a 2024 CV lists a job a 2019 CV could not),
and the later import where the dates do not tell. Evidence of every version is kept, each item
once: the same kind, title, organisation and start, or the same text, is one item (the newer
wording, the id it had first, so references to it stay valid). Links and languages are the union.
Consents are the candidate's, whatever the files say. Skills are linked again by the caller."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from worldhire.core.contact import same_number
from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceItem,
    EvidenceKind,
    utcnow,
)
from worldhire.core.texts import terms

# Not fields of a résumé: the candidate's own, or merged by rules of their own below.
_KEPT = frozenset({"id", "tenant_id", "created_at", "updated_at", "consents", "skills",
                   "evidence", "source_hash", "source_name", "work_start_hour",
                   "work_end_hour", "links", "languages", "other_phones"})


def as_of(candidate: Candidate) -> date | None:
    """The latest date a résumé mentions in its work (education may lie in the future)."""
    dates = [d for e in candidate.evidence if e.kind is not EvidenceKind.EDUCATION
             for d in (e.start, e.end) if d is not None]
    return max(dates, default=None)


def is_newer(new: Candidate, than: Candidate) -> bool:
    mine, theirs = as_of(new), as_of(than)
    return mine is None or theirs is None or mine >= theirs


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _stated(value: Any, default: Any) -> bool:
    return value is not None and value != default and value != "" and value != []


def _fold(text: str | None) -> str:
    return " ".join(terms(text or ""))


def _same_item(a: EvidenceItem, b: EvidenceItem) -> bool:
    if a.text and _fold(a.text) == _fold(b.text):
        return True
    dated = a.start is not None or bool(a.organization)
    if not dated or (a.kind, _fold(a.organization), a.start) != (
        b.kind, _fold(b.organization), b.start
    ):
        return False
    # "machine learning engineer" in a prose CV, "Senior Machine Learning Engineer" in the
    # next one: the same job at the same employer from the same month, its title reworded
    titles = sorted((set(_fold(a.title).split()), set(_fold(b.title).split())), key=len)
    return titles[0] == titles[1] or (
        a.start is not None and bool(a.organization) and bool(titles[0]) and titles[0] <= titles[1]
    )


# Where a sentence of an evidence text ends: a full stop and a capital, or a line break. Cruder
# than ingest's reader (a decimal never matches: no space follows its dot); a piece it splits
# wrongly is still kept whole unless the newer text repeats it.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])|\n+")


def _with_older_sentences(newer: str, older: str) -> str:
    """`newer`, then each sentence of `older` that it does not already say: one CV names a job
    in a line, another tells in prose what was built there, and both are evidence."""
    said = _fold(newer)
    extra = [s.strip() for s in _SENTENCE_END.split(older)
             if _fold(s) and _fold(s) not in said]
    return " ".join([newer.strip(), *extra]) if extra else newer


def merged_evidence(newer: list[EvidenceItem], older: list[EvidenceItem],
                    stored_ids: set[str]) -> list[EvidenceItem]:
    """Newer items first, then the older items they do not repeat. An item the candidate
    already had keeps its id; a repeated item keeps what only the older wording says."""
    out = [dataclasses.replace(e) for e in newer]
    for item in older:
        twin = next((e for e in out if _same_item(e, item)), None)
        if twin is None:
            out.append(dataclasses.replace(item))
            continue
        twin.text = _with_older_sentences(twin.text, item.text)
        if item.id in stored_ids and twin.id not in stored_ids:
            twin.id = item.id
    return out


def _union(first: list[str], second: list[str], key: Any) -> list[str]:
    seen: dict[str, str] = {}
    for value in [*first, *second]:
        seen.setdefault(key(value), value)
    return list(seen.values())


def _language(value: str) -> str:
    return value.split("(")[0].strip().casefold()


def _other_phones(merged: Candidate, *profiles: Candidate) -> list[str]:
    """Every number of the profiles but the merged profile's first one, each once."""
    numbers = [p for c in profiles for p in c.phones]
    first = same_number(merged.phone or "")
    return [p for p in _union(numbers, [], same_number) if same_number(p) != first]


def _link(value: str) -> str:
    return value.casefold().rstrip("/").removeprefix("https://").removeprefix("http://")


def merge_version(stored: Candidate, new: Candidate, *, newer: bool) -> Candidate:
    """`stored` with the version `new` merged in; `newer` says which one wins where both state
    a field. The result keeps the stored id, tenant, creation time and consents."""
    first, second = (new, stored) if newer else (stored, new)
    merged = dataclasses.replace(stored)
    for f in dataclasses.fields(Candidate):
        if f.name in _KEPT:
            continue
        default = _default(f)
        value = getattr(first, f.name)
        setattr(merged, f.name, value if _stated(value, default) else getattr(second, f.name))
    hours = [(c.work_start_hour, c.work_end_hour) for c in (first, second)]
    merged.work_start_hour, merged.work_end_hour = next(
        (h for h in hours if h != (9.0, 17.0)), hours[0]
    )
    merged.links = _union(first.links, second.links, _link)
    merged.languages = _union(first.languages, second.languages, _language)
    merged.other_phones = _other_phones(merged, first, second)
    merged.evidence = merged_evidence(first.evidence, second.evidence,
                                      {e.id for e in stored.evidence})
    merged.source_hash, merged.source_name = first.source_hash, first.source_name
    merged.consents = list(stored.consents)
    merged.skills = []
    merged.updated_at = utcnow()
    return merged


# The identifier key that keeps, on the profile that stays, the id of each profile merged into
# it: erasure and the export find the rows left under that id through it.
MERGED = "merged:"

# Fields a person merging two profiles may take from the one that goes (the parsed fields a
# correction may change too); every other field follows merge_version.
TAKEABLE = ("name", "email", "phone", "location", "country", "timezone", "headline", "summary",
            "years_experience", "links")


def merge_profiles(keep: Candidate, other: Candidate, take: Iterable[str] = ()) -> Candidate:
    """Two profiles of one person as one, under `keep`'s id: `keep`'s fields win where it
    states them, `other` fills the gaps, and each field named in `take` is `other`'s. Evidence
    of both is kept once; skill mentions go with the evidence they were read from. Consents are
    left to `narrowed_consents`."""
    merged = merge_version(keep, other, newer=False)
    for name in take:
        if name not in TAKEABLE:
            raise ValueError(f"{name!r} is not a field a merge takes; one of {', '.join(TAKEABLE)}")
        setattr(merged, name, list(other.links) if name == "links" else getattr(other, name))
    merged.other_phones = _other_phones(merged, keep, other)
    kept = {e.id for e in merged.evidence}
    seen: set[tuple[str, str | None, tuple[int, int] | None]] = set()
    for mention in [*keep.skills, *other.skills]:
        key = (mention.skill.id, mention.evidence_id, mention.span)
        if (mention.evidence_id is None or mention.evidence_id in kept) and key not in seen:
            seen.add(key)
            merged.skills.append(mention)
    return merged


@dataclass(frozen=True)
class MergeReport:
    """What a merge of two profiles moved, as its audit entry records it."""

    kept: str
    merged: str
    fields_taken: list[str]
    versions: int  # résumé versions moved
    applications: int  # applications moved, with their moves, notes and scorecards
    evidence: int  # evidence items the kept profile gained
    consents_withdrawn: list[str]  # purposes only one of the two had agreed to


def narrowed_consents(keep: Candidate, other: Candidate, source: str) -> tuple[list[Consent],
                                                                               list[str]]:
    """Both profiles' consent records, and a withdrawal wherever the two did not both agree:
    a merge never widens consent (one profile's "yes" does not speak for the other's "no" or
    silence). Returns the records and the purposes (with their company) withdrawn."""
    records = sorted([*keep.consents, *other.consents], key=lambda c: c.at)

    def granted(consents: list[Consent], purpose: ConsentPurpose, company: str | None) -> bool:
        same = [c for c in consents if c.purpose == purpose and c.company == company]
        return bool(same) and max(same, key=lambda c: c.at).granted

    withdrawn = []
    now = utcnow()
    for purpose, company in dict.fromkeys((c.purpose, c.company) for c in records):
        both = granted(keep.consents, purpose, company) and granted(other.consents, purpose,
                                                                     company)
        if granted(records, purpose, company) and not both:
            records.append(Consent(purpose, False, source[:300], now, company))
            withdrawn.append(purpose.value + (f" ({company})" if company else ""))
    return records, withdrawn
