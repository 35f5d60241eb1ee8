"""Extraction benchmark: how well `worldhire ingest` reads real résumés and job posts.

Scores the product path itself on the labelled corpus in bench/data/extraction/ (see its
README.md): every document goes through `IngestService(repo).ingest_bytes(data, filename)` with
kind AUTO into a fresh temporary SQLite store, exactly as `worldhire ingest` stores it, and the
candidate or role is read back from the store. A job post must be recognised as a role on its own
(a post read as a résumé, or a résumé refused or read as a role, fails all its fields).

    .venv/bin/python bench/extraction.py                     # dev split, all languages
    .venv/bin/python bench/extraction.py --lang pl --show-misses 10
    .venv/bin/python bench/extraction.py --kind post --show-misses 10
    .venv/bin/python bench/extraction.py --split test --json

Prints precision, recall and F1 per field, overall and per language, the counts the issue's goals
name (zero-evidence documents, invented names, invented requirements), and the command that
reproduces the figures. --show-misses is refused with the test split: tune on dev only.

Each field's matching rule is one small function below (`same_*`, `skill_matches`...), so a
reader can check what a hit means. Single-valued fields count a true positive when the product's
value equals the gold, a false negative when the gold is stated and the product's value is
missing or wrong, and a false positive when the product states a value that is wrong or that the
document does not state.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

CORPUS = Path(__file__).resolve().parent / "data" / "extraction"
REFERENCE_DAY = date(2026, 1, 15)  # hours are compared in UTC on this day (winter time north)
HOURS_TOLERANCE = 0.25
OVERLAP_TOLERANCE = 0.5
YEARS_TOLERANCE = 0.5
MONEY_TOLERANCE = 0.10
DEFAULT_HOURS = (9.0, 17.0)  # what the product assumes when a résumé states no hours
# Hours a year in each period: the conventions of worldhire.ingest.shared.pay (hourly 2,080 h a
# year, daily 260 days), so a gold monthly figure converts as the product would convert it.
PERIODS_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 260.0, "hour": 2080.0}
LANGUAGE_LEVELS = {
    "A1", "A2", "B1", "B2", "C1", "C2", "native", "fluent", "professional",
    "basic", "intermediate", "advanced", "conversational",
}  # fmt: skip
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")

RESUME_FIELDS = (
    "name", "emails", "phones", "country", "timezone", "hours", "jobs", "job_start", "job_end",
    "skills", "languages", "language_level", "pay", "years_experience",
)  # fmt: skip
POST_FIELDS = (
    "post_title", "company", "requirements", "nice_to_have", "min_years", "budget",
    "overlap_hours", "overlap_zone", "post_timezone", "visa", "remote_policy",
    "allowed_countries", "allowed_posts", "alternatives", "zone_band",
)  # fmt: skip
KIND_FIELD = "kind"


class BenchError(Exception):
    """The benchmark cannot run or its inputs are malformed; the message says why."""


# -- labels ------------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_zone(zone: str | None) -> str | None:
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {zone!r}") from exc
    return zone


def _check_countries(codes: Iterable[str | None]) -> None:
    for code in codes:
        if code is not None and not re.fullmatch(r"[A-Z]{2}", code):
            raise ValueError(f"country {code!r} is not an ISO alpha-2 code")


class HoursLabel(_Strict):
    start: float = Field(ge=0, le=24)
    end: float = Field(ge=0, le=24)
    timezone: str

    _zone = field_validator("timezone")(_check_zone)


class JobLabel(_Strict):
    title: str = Field(min_length=1)
    organization: str | None
    start: str | None
    end: str | None

    @field_validator("start")
    @classmethod
    def _start(cls, value: str | None) -> str | None:
        if value is not None and not _DATE.match(value):
            raise ValueError(f"start {value!r} is not YYYY or YYYY-MM")
        return value

    @field_validator("end")
    @classmethod
    def _end(cls, value: str | None) -> str | None:
        if value is not None and value != "present" and not _DATE.match(value):
            raise ValueError(f"end {value!r} is not YYYY, YYYY-MM or 'present'")
        return value


class LanguageLabel(_Strict):
    name: str = Field(min_length=1)
    level: str | None

    @field_validator("level")
    @classmethod
    def _level(cls, value: str | None) -> str | None:
        if value is not None and value not in LANGUAGE_LEVELS:
            raise ValueError(f"language level {value!r} is not one of {sorted(LANGUAGE_LEVELS)}")
        return value


class MoneyLabel(_Strict):
    """A pay expectation or a budget: "up to X" has no min, "from X" no max."""

    min: float | None = Field(default=None, gt=0)
    max: float | None = Field(default=None, gt=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    period: Literal["year", "month", "week", "day", "hour"]
    basis: Literal["net", "gross"] | None = None
    # Monthly payments a year where the text says more than twelve ("(x14)", "14 Gehälter")
    payments: int | None = Field(default=None, ge=13, le=15)

    @model_validator(mode="after")
    def _bounds(self) -> MoneyLabel:
        if self.min is None and self.max is None:
            raise ValueError("a money label needs min, max or both")
        if self.payments is not None and self.period != "month":
            raise ValueError("payments a year are counted only for a monthly figure")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is above max")
        return self

    @property
    def midpoint(self) -> float:
        values = [v for v in (self.min, self.max) if v is not None]
        return sum(values) / len(values)


class OverlapLabel(_Strict):
    hours: float = Field(gt=0, le=12)
    timezone: str

    _zone = field_validator("timezone")(_check_zone)


class ZoneBandLabel(_Strict):
    """The UTC offsets, in hours, a post asks its hire to work from ("UTC+1 to UTC+4")."""

    low: float = Field(ge=-12, le=14)
    high: float = Field(ge=-12, le=14)


class _DocumentLabel(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    file: str
    lang: str = Field(pattern=r"^[a-z]{2}$")
    layout: str = Field(pattern=r"^[a-z0-9_]+$")
    format: Literal["pdf", "docx", "txt", "md", "doc", "odt", "rtf", "html"]
    split: Literal["dev", "test"]
    # A batch written for one split (see tools/extraction_corpus/build.py); None: alternated.
    batch: str | None = None

    @model_validator(mode="after")
    def _file(self) -> _DocumentLabel:
        folder = "posts" if isinstance(self, PostLabel) else "resumes"
        if self.file != f"{folder}/{self.id}.{self.format}":
            raise ValueError(f"file {self.file!r} should be {folder}/{self.id}.{self.format}")
        return self


class ResumeLabel(_DocumentLabel):
    kind: Literal["resume"]
    person: str = Field(min_length=1)
    name: str | None
    emails: list[str]
    phones: list[str]
    country: str | None
    timezone: str | None
    hours: HoursLabel | None
    jobs: list[JobLabel]
    skills: list[str]
    languages: list[LanguageLabel]
    pay: MoneyLabel | None
    years_experience: float | None = Field(ge=0, le=60)
    work_sentences: int = Field(ge=0)

    _zone = field_validator("timezone")(_check_zone)

    @model_validator(mode="after")
    def _values(self) -> ResumeLabel:
        _check_countries([self.country])
        if self.name is not None and not self.name.strip():
            raise ValueError("name is empty: write null for an anonymised CV")
        for email in self.emails:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                raise ValueError(f"not an e-mail: {email!r}")
        for phone in self.phones:
            if len(_digits(phone)) < 7:
                raise ValueError(f"not a phone number: {phone!r}")
        for what, values in (
            ("skills", self.skills),
            ("languages", [x.name for x in self.languages]),
        ):
            keys = [fold(v) for v in values]
            if len(keys) != len(set(keys)):
                raise ValueError(f"duplicate {what}: {values}")
        return self


class PostLabel(_DocumentLabel):
    kind: Literal["post"]
    title: str = Field(min_length=1)
    company: str | None
    requirements: list[str]
    nice_to_have: list[str]
    # Skills the post names outside its requirements (duties, the team's stack): optional.
    other_skills: list[str] = Field(default_factory=list)
    min_years: float | None = Field(ge=0, le=30)
    budget: MoneyLabel | None
    overlap: OverlapLabel | None
    timezone: str | None
    visa_sponsorship: bool | None
    remote_policy: Literal["remote", "hybrid", "onsite"] | None
    allowed_countries: list[str]
    # Labelled on the posts written for them (ids 1028-1039 first); a label without the key is
    # not scored on them. `alternatives`: the groups of requirements or nice-to-haves (each
    # member also listed there, so the requirement figures stay as they were) any one of which
    # meets the post ("PyTorch or JAX"); [] when the post has none. `zone_band`: null when the
    # post states no band.
    alternatives: list[list[str]] = Field(default_factory=list)
    zone_band: ZoneBandLabel | None = None

    _zone = field_validator("timezone")(_check_zone)

    @model_validator(mode="after")
    def _values(self) -> PostLabel:
        _check_countries(self.allowed_countries)
        keys = [fold(v) for v in (*self.requirements, *self.nice_to_have)]
        if len(keys) != len(set(keys)):
            raise ValueError("a skill is listed twice (requirements and nice_to_have together)")
        for group in self.alternatives:
            if len(group) < 2 or any(fold(v) not in keys for v in group):
                raise ValueError(f"alternatives {group}: two or more of the listed skills")
        return self

    def labelled(self, name: str) -> bool:
        """Whether the label states the field (the later fields are not on every label)."""
        return name in self.model_fields_set


Label = ResumeLabel | PostLabel


def load_labels(corpus: Path = CORPUS) -> list[Label]:
    """Every label of the corpus, validated; a malformed file stops the run with its name."""
    folder = corpus / "labels"
    if not folder.is_dir():
        raise BenchError(f"no labels at {folder}")
    labels: list[Label] = []
    for path in sorted(folder.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            kind = raw.get("kind") if isinstance(raw, dict) else None
            model: type[Label] = PostLabel if kind == "post" else ResumeLabel
            label = model.model_validate(raw)
        except (ValueError, ValidationError) as exc:
            raise BenchError(f"{path}: {exc}") from exc
        if label.id != path.stem:
            raise BenchError(f"{path}: id {label.id!r} differs from the file name")
        labels.append(label)
    return labels


# -- text folding ------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Casefolded, accents stripped, whitespace collapsed: how two spellings are compared. The
    scorer's own on purpose, not the reader's (`core.texts.fold`): a change to how the product
    folds must not move the ruler it is measured with."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("ł", "l").replace("đ", "d").split())


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+(?:\+\+|#)?", fold(text))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def token_f1(gold: str, pred: str) -> float:
    """F1 of the two token multisets (titles)."""
    g, p = Counter(tokens(gold)), Counter(tokens(pred))
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def token_overlap(gold: str, pred: str) -> float:
    """Shared tokens over the shorter side (organisations: "Safaricom" ~ "Safaricom PLC")."""
    g, p = set(tokens(gold)), set(tokens(pred))
    if not g or not p:
        return 0.0
    return len(g & p) / min(len(g), len(p))


# -- matching rules ----------------------------------------------------------------------------


def same_name(gold: str, pred: str) -> bool:
    """The same words after casefold, accent stripping and space collapsing, in any order: a
    surname written first ("EL AMRANI Youssef", "MARTIN Claire", as French and Vietnamese
    forms and many CVs write it) names the same person as the given name first, and the corpus's
    labels write both orders."""
    return bool(pred.strip()) and sorted(fold(gold).split()) == sorted(fold(pred).split())


def email_key(email: str) -> str:
    return email.strip().lower()


def phone_key(phone: str) -> str:
    """Digits only, the last 9: "+254 712 345 678" and "0712 345678" are the same phone."""
    return _digits(phone)[-9:]


def utc_hours(
    start: float, end: float, zone: str | None, day: date = REFERENCE_DAY
) -> tuple[float, float]:
    """Local working hours in `zone` as UTC hours of the reference day (mod 24)."""
    tz = ZoneInfo(zone) if zone else ZoneInfo("UTC")
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=tz).utcoffset()
    shift = offset.total_seconds() / 3600 if offset is not None else 0.0
    return ((start - shift) % 24, (end - shift) % 24)


def same_hours(gold: tuple[float, float], pred: tuple[float, float]) -> bool:
    def close(a: float, b: float) -> bool:
        gap = abs(a - b) % 24
        return min(gap, 24 - gap) <= HOURS_TOLERANCE

    return close(gold[0], pred[0]) and close(gold[1], pred[1])


def usd_per_unit(currency: str) -> float:
    """The product's own FX rate (USD per unit of `currency`). The only place that knows where
    the product keeps its table: if the table moves to a data file, change this function only."""
    from worldhire.ingest.shared.pay import USD_PER_UNIT

    try:
        return USD_PER_UNIT[currency]
    except KeyError:
        raise BenchError(f"the product has no FX rate for {currency}") from None


def usd_per_year(money: MoneyLabel) -> float:
    per_year = money.payments or PERIODS_PER_YEAR[money.period]
    return money.midpoint * per_year * usd_per_unit(money.currency)


def same_money(gold_usd: float, pred_usd: float) -> bool:
    return abs(pred_usd - gold_usd) <= MONEY_TOLERANCE * gold_usd


def same_job(gold: JobLabel, title: str, organization: str | None) -> bool:
    """Title token-F1 >= 0.5 and organisation token overlap >= 0.5 (when the gold names one)."""
    if token_f1(gold.title, title) < 0.5:
        return False
    if gold.organization is None:
        return True
    return organization is not None and token_overlap(gold.organization, organization) >= 0.5


def same_date(gold: str, pred: date | None) -> bool:
    """Month precision where the gold has a month, else the year; "present" means no end."""
    if gold == "present":
        return pred is None
    if pred is None:
        return False
    year, _, month = gold.partition("-")
    return pred.year == int(year) and (not month or pred.month == int(month))


def language_parts(stored: str) -> tuple[str, str | None]:
    """The product stores languages as "English (C1)"; split name and level."""
    m = re.fullmatch(r"\s*(.*?)\s*(?:\(([^)]*)\))?\s*", stored)
    name, level = (m.group(1), m.group(2)) if m else (stored, None)
    return fold(name), (fold(level) if level else None)


def same_level(gold: str, pred: str | None) -> bool:
    return pred is not None and fold(gold) == pred


# "(m/w/d)", "(H/F)", "(k/m)": a gender mark the law asks job ads for, no part of the job's name.
_GENDER_MARK = re.compile(r"\((?:[a-z]\s*/\s*){1,3}(?:[a-z]|div|divers)\)", re.IGNORECASE)


def same_title(gold: str, pred: str) -> bool:
    """Token F1 >= 0.8, a gender mark on either side left out."""
    return token_f1(_GENDER_MARK.sub(" ", gold), _GENDER_MARK.sub(" ", pred)) >= 0.8


def company_key(name: str) -> str:
    """The folded name without a legal form after it: "Fernhollow Ltd." is "Fernhollow", as the
    labels write it either way ("Bałtyk IT sp. z o.o.", "Andina Logística S.A.S.")."""
    from worldhire.ingest.lexicon.companies import LEGAL_FORM

    bare = re.sub(rf"[\s,]+{LEGAL_FORM}\s*$", "", name.strip())
    return fold(bare or name).strip(" .,;:-")


def same_company(gold: str, pred: str) -> bool:
    """Folded equality, a legal form after the name aside; markup left in the product's value
    ("**Lumen Labs** · Berlin") fails."""
    return company_key(gold) == company_key(pred)


# -- skills ------------------------------------------------------------------------------------


class SkillResolver:
    """Gold surfaces to taxonomy concepts, and concept identity (an extension concept and the
    ESCO concepts it maps to are the same skill). A surface is a concept when it is one of the
    concept's names (label, alias, translation, a name people write), or when the concept its
    nearest name belongs to has a name written inside it, its words declined or not ("Python
    3.11", "Jenkins-ul", "APIs REST", "амортизації"): the nearest name alone would credit
    another skill whose name is a letter or two off ("ECG interpretation" read as the "ABG
    interpretation" of blood testing)."""

    def __init__(self) -> None:
        from worldhire.skills.taxonomy_cache import load_taxonomy
        from worldhire.skills.text import name_key

        self.taxonomy = load_taxonomy()
        self.name_key = name_key
        self._cache: dict[str, str | None] = {}

    def concept(self, surface: str) -> str | None:
        if surface not in self._cache:
            skill = self.taxonomy.resolve(surface, min_similarity=1.0)
            if skill is None:
                skill = near = self.taxonomy.resolve(surface)
                names = self.taxonomy.concept(near.id).names if near else ()
                words = self.name_key(surface).split()
                if not any(_written_inside(self.name_key(n), words) for n in names):
                    skill = None
            self._cache[surface] = skill.id if skill else None
        return self._cache[surface]

    def targets(self, concept_id: str) -> set[str]:
        if concept_id not in self.taxonomy:
            return {concept_id}
        return {concept_id, *self.taxonomy.esco_targets(concept_id)}

    def same_concept(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        return a == b or b in self.targets(a) or a in self.targets(b)


# A name's word read in a gold surface with another ending: a plural, a case or an article
# ("macros", "Pythonem", "амортизації" for "амортизація"). One word the start of the other, of
# SHORTEST_STEM letters or more, the other at most NAME_ENDING letters longer; or words sharing
# their first DECLINED_STEM letters or more, all but the last NAME_ENDING - 1 of the longer.
NAME_ENDING = 4
SHORTEST_STEM = 3
DECLINED_STEM = 5


def _same_word(word: str, name: str) -> bool:
    if word == name:
        return True
    shared = next((k for k, (a, b) in enumerate(zip(word, name, strict=False)) if a != b),
                  min(len(word), len(name)))
    longer = max(len(word), len(name))
    if shared == min(len(word), len(name)):
        return shared >= SHORTEST_STEM and longer - shared <= NAME_ENDING
    return shared >= DECLINED_STEM and longer - shared < NAME_ENDING


def _written_inside(name: str, words: Sequence[str]) -> bool:
    """Every word of a name (a name key) is a word of the surface, or one with another
    ending."""
    return bool(name) and all(any(_same_word(w, n) for w in words) for n in name.split())


@dataclass
class PredictedSkill:
    """One concept the product found, with the keys of the exact texts it was found at."""

    concept_id: str
    label: str
    span_keys: set[str] = field(default_factory=set)
    evidence_kinds: set[str] = field(default_factory=set)  # "" for headline/summary mentions


def skill_matches(resolver: SkillResolver, surface: str, predicted: PredictedSkill) -> bool:
    """A gold surface and a predicted skill match when their concepts are the same, or when the
    text the product linked is the surface itself (name_key equality)."""
    if resolver.same_concept(resolver.concept(surface), predicted.concept_id):
        return True
    return resolver.name_key(surface) in predicted.span_keys


def skill_supported(resolver: SkillResolver, surface: str, predicted: PredictedSkill) -> bool:
    """A predicted skill is not wrong when it matches a gold surface, or when the text it was
    linked from lies inside a longer gold surface ("Hugging Face" in "Hugging Face
    Transformers", "postmortems" in "blameless postmortems"): the product read words the label
    marks as a skill, only fewer of them. Used for precision only; recall needs a real match."""
    if skill_matches(resolver, surface, predicted):
        return True
    key = f" {resolver.name_key(surface)} "
    return any(span and f" {span} " in key for span in predicted.span_keys)


def neutral_skill(predicted: PredictedSkill, label: ResumeLabel) -> bool:
    """A skill the labels do not list by convention, so neither right nor wrong (it still
    counts when it matches a gold skill): a spoken language the résumé lists ("Japanese"),
    words read only from job titles ("Data Scientist" -> data science) or only from
    education entries (a degree subject)."""
    words = set(tokens(predicted.label)) | {w for span in predicted.span_keys for w in span.split()}
    if any(fold(x.name) in words for x in label.languages):
        return True
    if predicted.span_keys and all(
        any(f" {span} " in f" {fold(job.title)} " for job in label.jobs)
        for span in predicted.span_keys
    ):
        return True
    return bool(predicted.evidence_kinds) and predicted.evidence_kinds <= {"education"}


@dataclass
class SetScore:
    tp_pred: int = 0  # predicted items that match a gold item
    pred: int = 0
    tp_gold: int = 0  # gold items that some predicted item matches
    gold: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def score_skill_set(
    resolver: SkillResolver, gold: Sequence[str], predicted: Sequence[PredictedSkill]
) -> SetScore:
    """P/R of predicted skills against gold surfaces."""
    score = SetScore(pred=len(predicted), gold=len(gold))
    for surface in gold:
        if any(skill_matches(resolver, surface, p) for p in predicted):
            score.tp_gold += 1
        else:
            note = "" if resolver.concept(surface) else " (not in taxonomy)"
            score.missed.append(surface + note)
    for p in predicted:
        if any(skill_supported(resolver, s, p) for s in gold):
            score.tp_pred += 1
        else:
            score.wrong.append(p.label)
    return score


# -- reading the product -----------------------------------------------------------------------


@dataclass
class Reading:
    """What the product made of one document."""

    status: str  # "resume", "role", "error"
    error: str | None = None
    candidates: list[Any] = field(default_factory=list)
    role: Any = None
    seconds: float = 0.0


class ProductReader:
    """Ingests each document into a fresh SQLite store, as `worldhire ingest` would store it.

    A fresh store per document keeps documents independent (two files of one person must not
    merge across the benchmark); the store is migrated once and copied, which is cheap."""

    def __init__(self, workdir: Path) -> None:
        from worldhire.store.sql.repository import SqlRepository

        self.workdir = workdir
        self.template = workdir / "template.db"
        SqlRepository(f"sqlite:///{self.template}").close()

    def read(self, data: bytes, suffix: str) -> Reading:
        from worldhire.ingest.service import IngestService, Kind, Status
        from worldhire.store.sql.repository import SqlRepository

        db = self.workdir / "doc.db"
        shutil.copyfile(self.template, db)
        repo = SqlRepository(f"sqlite:///{db}")
        try:
            began = time.perf_counter()
            # A neutral file name: the corpus id (which names the layout) must not help.
            outcome = IngestService(repo).ingest_bytes(data, f"upload{suffix}", Kind.AUTO)
            seconds = time.perf_counter() - began
            if outcome.status is Status.ERROR:
                return Reading("error", error=outcome.error, seconds=seconds)
            if outcome.role_id is not None:
                return Reading("role", role=repo.get_role(outcome.role_id), seconds=seconds)
            candidates = [repo.get_candidate(cid) for cid in outcome.candidate_ids]
            return Reading("resume", candidates=[c for c in candidates if c], seconds=seconds)
        finally:
            repo.close()
            db.unlink(missing_ok=True)


def mention_quotes(candidate: Any) -> Iterator[tuple[Any, list[str]]]:
    """Each of the candidate's skill mentions with the exact texts its span covers: in its
    evidence item, or (a mention without one) in the headline or the summary, whichever is long
    enough (the mention does not say which)."""
    texts = {item.id: item.text for item in candidate.evidence}
    loose = [candidate.headline, candidate.summary]
    for mention in candidate.skills:
        if mention.span is None:
            yield mention, []
            continue
        start, end = mention.span
        sources = [texts[mention.evidence_id]] if mention.evidence_id in texts else loose
        yield mention, [text[start:end] for text in sources if end <= len(text)]


def predicted_skills(candidate: Any) -> list[PredictedSkill]:
    """The candidate's skills by concept, each with the exact texts of its mentions."""
    from worldhire.skills.text import name_key

    kinds = {item.id: str(item.kind.value) for item in candidate.evidence}
    by_concept: dict[str, PredictedSkill] = {}
    for mention, quotes in mention_quotes(candidate):
        entry = by_concept.setdefault(
            mention.skill.id, PredictedSkill(mention.skill.id, mention.skill.label)
        )
        entry.evidence_kinds.add(kinds.get(mention.evidence_id or "", ""))
        entry.span_keys.update(name_key(q) for q in quotes)
    return list(by_concept.values())


def role_budget_usd(role: Any) -> float | None:
    """The role's budget in USD a year: the midpoint of the budget as the post states it
    (currency, range, period), converted like the gold; else the product's own USD figure."""
    stated = getattr(role, "budget", None)
    if stated is None:
        return role.budget_usd_year
    values = [v for v in (stated.low, stated.high) if v is not None]
    period = PERIODS_PER_YEAR.get(stated.period)
    if not values or period is None:
        return None
    try:
        rate = usd_per_unit(stated.currency)
    except BenchError:
        return None  # a currency the product itself cannot convert: no usable budget
    return sum(values) / len(values) * period * rate


def role_min_years(role: Any) -> float | None:
    """The role's minimum years: a field of its own if the product has one, else the largest
    minimum on its requirements."""
    own = getattr(role, "min_years", None)
    if own is not None:
        return float(own)
    years = [r.min_years for r in role.requirements if r.min_years is not None]
    return max(years) if years else None


# -- scoring -----------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of one field. Precision counts predicted items and recall gold items, so the true
    positives may differ by side (several predicted mentions can match one gold skill)."""

    tp_pred: int = 0
    tp_gold: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp_pred += other.tp_pred
        self.tp_gold += other.tp_gold
        self.fp += other.fp
        self.fn += other.fn

    def figures(self) -> dict[str, float | int | None]:
        pred, gold = self.tp_pred + self.fp, self.tp_gold + self.fn
        p = self.tp_pred / pred if pred else None
        r = self.tp_gold / gold if gold else None
        if p is None and r is None:
            f1 = None
        elif p is None or r is None or p + r == 0:  # one side empty: nothing found or all wrong
            f1 = 0.0
        else:
            f1 = 2 * p * r / (p + r)
        return {"precision": p, "recall": r, "f1": f1, "tp": self.tp_gold, "fp": self.fp,
                "fn": self.fn}  # fmt: skip


@dataclass
class Miss:
    doc: str
    field: str
    detail: str


@dataclass
class DocResult:
    label: Label
    reading: Reading
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    invented_name: str | None = None
    zero_evidence: bool = False
    invented_requirements: list[str] = field(default_factory=list)

    def tally(
        self, name: str, tp: int = 0, fp: int = 0, fn: int = 0, tp_pred: int | None = None
    ) -> None:
        """Add counts to a field; `tp_pred` differs from `tp` only for many-to-one matches."""
        self.tallies.setdefault(name, Tally()).add(
            Tally(tp if tp_pred is None else tp_pred, tp, fp, fn)
        )

    def miss(self, name: str, detail: str) -> None:
        self.misses.append(Miss(self.label.id, name, detail))


def score_value(
    result: DocResult,
    name: str,
    gold: Any,
    pred: Any,
    equal: Callable[[Any, Any], bool],
    show: Callable[[Any], str] = repr,
) -> None:
    """One single-valued field: TP when equal; FN when stated and not matched; FP when the
    product states a wrong value or one the document does not state."""
    if gold is None and pred is None:
        return
    if gold is not None and pred is not None and equal(gold, pred):
        result.tally(name, tp=1)
        return
    result.tally(name, fn=int(gold is not None), fp=int(pred is not None))
    result.miss(name, f"gold {show(gold)}  product {show(pred)}")


def score_sets(result: DocResult, name: str, gold: set[str], pred: set[str]) -> None:
    result.tally(name, tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))
    if gold != pred:
        result.miss(name, f"missed {sorted(gold - pred)}  extra {sorted(pred - gold)}")


def fail_all(result: DocResult, fields: Iterable[str], why: str) -> None:
    """The document was read as the wrong kind (or refused): every stated field is lost."""
    for name in fields:
        gold_count = gold_items(result.label, name)
        if gold_count:
            result.tally(name, fn=gold_count)
    result.miss(KIND_FIELD, why)


def gold_items(label: Label, name: str) -> int:
    """How many gold items a field has in a document (what is lost when it is not read)."""
    value: Any
    if isinstance(label, ResumeLabel):
        value = {
            "name": label.name, "emails": label.emails, "phones": label.phones,
            "country": label.country, "timezone": label.timezone, "hours": label.hours,
            "jobs": label.jobs, "job_start": [j for j in label.jobs if j.start],
            "job_end": [j for j in label.jobs if j.end], "skills": label.skills,
            "languages": label.languages,
            "language_level": [x for x in label.languages if x.level], "pay": label.pay,
            "years_experience": label.years_experience,
        }.get(name)  # fmt: skip
    else:
        value = {
            "post_title": label.title, "company": label.company,
            "requirements": label.requirements, "nice_to_have": label.nice_to_have,
            "min_years": label.min_years, "budget": label.budget, "overlap_hours": label.overlap,
            "overlap_zone": label.overlap, "post_timezone": label.timezone,
            "visa": label.visa_sponsorship, "remote_policy": label.remote_policy,
            "allowed_countries": label.allowed_countries,
            "allowed_posts": bool(label.allowed_countries) or None,  # one post, not its size
            "alternatives": label.alternatives, "zone_band": label.zone_band,
        }.get(name)  # fmt: skip
    if isinstance(value, list):
        return len(value)
    return int(value is not None)


def score_resume(label: ResumeLabel, reading: Reading, resolver: SkillResolver) -> DocResult:
    result = DocResult(label, reading)
    if reading.status != "resume" or not reading.candidates:
        result.tally(KIND_FIELD, fn=1)
        why = f"read as {reading.status}" + (f": {reading.error}" if reading.error else "")
        fail_all(result, RESUME_FIELDS, why)
        result.zero_evidence = label.work_sentences >= 3
        return result
    result.tally(KIND_FIELD, tp=1)
    if len(reading.candidates) > 1:
        result.miss(KIND_FIELD, f"one résumé became {len(reading.candidates)} candidates")
    c = reading.candidates[0]

    # name: an anonymised CV must keep an empty name
    name = c.name.strip() or None
    if label.name is None and name is not None:
        result.invented_name = name
    score_value(result, "name", label.name, name, same_name)

    score_sets(result, "emails", {email_key(e) for e in label.emails},
               {email_key(c.email)} if c.email else set())  # fmt: skip
    # every number the product kept: the first, and the others (a landline, a WhatsApp number)
    phones = [c.phone, *c.other_phones]
    score_sets(result, "phones", {phone_key(p) for p in label.phones},
               {key for p in phones if p and (key := phone_key(p))})  # fmt: skip
    score_value(result, "country", label.country, c.country, lambda g, p: g == p)
    score_value(result, "timezone", label.timezone, c.timezone, lambda g, p: g == p)
    _score_hours(result, label, c)
    _score_jobs(result, label, c)
    found = [
        p for p in predicted_skills(c)
        if not neutral_skill(p, label) or any(skill_matches(resolver, s, p) for s in label.skills)
    ]  # fmt: skip
    skill_score = score_skill_set(resolver, label.skills, found)
    _tally_set(result, "skills", skill_score)
    _score_languages(result, label, c)
    gold_pay = usd_per_year(label.pay) if label.pay else None
    score_value(result, "pay", gold_pay, c.pay_expectation_usd, same_money,
                lambda v: "None" if v is None else f"USD {v:,.0f}/year")  # fmt: skip
    if label.years_experience is not None:
        score_value(result, "years_experience", label.years_experience, c.years_experience,
                    lambda g, p: abs(g - p) <= YEARS_TOLERANCE)  # fmt: skip

    has_work = any(
        e.kind.value in ("job", "project", "summary") and e.text.strip() for e in c.evidence
    )
    result.zero_evidence = label.work_sentences >= 3 and (not has_work or not c.skills)
    return result


def _score_hours(result: DocResult, label: ResumeLabel, c: Any) -> None:
    """Gold hours and the product's are compared in UTC on REFERENCE_DAY. The product's default
    9-17 counts as a statement only when the document states hours."""
    pred_local = (c.work_start_hour, c.work_end_hour)
    pred = utc_hours(*pred_local, c.timezone)
    stated = pred_local != DEFAULT_HOURS
    show = f"{pred_local[0]:g}-{pred_local[1]:g} {c.timezone}"
    if label.hours is None:
        if stated:
            result.tally("hours", fp=1)
            result.miss("hours", f"gold None  product {show}")
        return
    gold = utc_hours(label.hours.start, label.hours.end, label.hours.timezone)
    if same_hours(gold, pred):
        result.tally("hours", tp=1)
        return
    result.tally("hours", fn=1, fp=int(stated))
    h = label.hours
    result.miss("hours", f"gold {h.start:g}-{h.end:g} {h.timezone}  product {show}")


def _score_jobs(result: DocResult, label: ResumeLabel, c: Any) -> None:
    """Greedy one-to-one matching, best title score first; dates on matched jobs."""
    predicted = [e for e in c.evidence if e.kind.value == "job"]
    pairs = sorted(
        (
            (token_f1(g.title, p.title), gi, pi)
            for gi, g in enumerate(label.jobs)
            for pi, p in enumerate(predicted)
            if same_job(g, p.title, p.organization)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = label.jobs[gi], predicted[pi]
        for name, gold, pred in (("job_start", g.start, p.start), ("job_end", g.end, p.end)):
            if gold is None:
                continue
            if same_date(gold, pred):
                result.tally(name, tp=1)
            else:
                result.tally(name, fn=1, fp=int(pred is not None))
                result.miss(name, f"{g.title} @ {g.organization}: gold {gold}  product {pred}")
    result.tally("jobs", tp=len(used_g), fp=len(predicted) - len(used_p),
                 fn=len(label.jobs) - len(used_g))  # fmt: skip
    for gi, g in enumerate(label.jobs):
        if gi not in used_g:
            result.miss("jobs", f"missed {g.title!r} @ {g.organization!r} ({g.start}-{g.end})")
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            result.miss("jobs", f"extra {p.title!r} @ {p.organization!r}")


def _tally_set(result: DocResult, name: str, score: SetScore) -> None:
    result.tally(name, tp=score.tp_gold, tp_pred=score.tp_pred,
                 fp=score.pred - score.tp_pred, fn=score.gold - score.tp_gold)  # fmt: skip
    if score.missed:
        result.miss(name, f"missed {score.missed}")
    if score.wrong:
        result.miss(name, f"wrong {score.wrong}")


def _score_languages(result: DocResult, label: ResumeLabel, c: Any) -> None:
    pred = dict(language_parts(s) for s in c.languages)
    gold = {fold(x.name): x.level for x in label.languages}
    score_sets(result, "languages", set(gold), set(pred))
    for name, level in gold.items():
        if level is None or name not in pred:
            continue
        if same_level(level, pred[name]):
            result.tally("language_level", tp=1)
        else:
            result.tally("language_level", fn=1, fp=int(pred[name] is not None))
            result.miss("language_level", f"{name}: gold {level}  product {pred[name]}")


def score_post(label: PostLabel, reading: Reading, resolver: SkillResolver) -> DocResult:
    result = DocResult(label, reading)
    if reading.status != "role" or reading.role is None:
        result.tally(KIND_FIELD, fn=1)
        why = f"read as {reading.status}" + (f": {reading.error}" if reading.error else "")
        fail_all(result, POST_FIELDS, why)
        return result
    result.tally(KIND_FIELD, tp=1)
    role = reading.role

    score_value(result, "post_title", label.title, role.title or None, same_title)
    score_value(result, "company", label.company, role.company or None, same_company)

    every_gold = (*label.requirements, *label.nice_to_have, *label.other_skills)
    kept = [r for r in role.requirements if not _unlabelled_language(resolver, r, every_gold)]
    # Each member of a group of alternatives counts as the skill it names, as before groups.
    must = [_requirement_skill(r, m) for r in kept if r.must for m in _members(r)]
    nice = [_requirement_skill(r, m) for r in kept if not r.must for m in _members(r)]
    _tally_set(result, "requirements", score_skill_set(resolver, label.requirements, must))
    _tally_set(result, "nice_to_have", score_skill_set(resolver, label.nice_to_have, nice))
    # Invented: a must-have the post does not name at all (a nice-to-have made a must, or a tool
    # of the duties made a must, is a precision error but not an invention).
    result.invented_requirements = [
        p.label for p in must if not any(skill_matches(resolver, s, p) for s in every_gold)
    ]

    score_value(result, "min_years", label.min_years, role_min_years(role),
                lambda g, p: abs(g - p) <= YEARS_TOLERANCE)  # fmt: skip
    gold_budget = usd_per_year(label.budget) if label.budget else None
    score_value(result, "budget", gold_budget, role_budget_usd(role), same_money,
                lambda v: "None" if v is None else f"USD {v:,.0f}/year")  # fmt: skip
    overlap = role.min_overlap_hours or None
    score_value(result, "overlap_hours", label.overlap.hours if label.overlap else None, overlap,
                lambda g, p: abs(g - p) <= OVERLAP_TOLERANCE)  # fmt: skip
    zone = role.timezone if role.timezone and role.timezone != "UTC" else None
    if label.overlap is not None:
        team = role.team_timezone
        score_value(result, "overlap_zone", label.overlap.timezone,
                    team if label.overlap.timezone == "UTC" or team != role.timezone else zone,
                    lambda g, p: g == p)  # fmt: skip
    score_value(
        result,
        "post_timezone",
        label.timezone,
        role.timezone if label.timezone == "UTC" else zone,
        lambda g, p: g == p,
    )
    # None is "the post does not say": a stated answer where the post says nothing is an error.
    score_value(result, "visa", label.visa_sponsorship, role.visa_sponsorship, lambda g, p: g == p)
    if label.remote_policy is not None:
        score_value(result, "remote_policy", label.remote_policy, str(role.remote_policy.value),
                    lambda g, p: g == p)  # fmt: skip
    score_sets(result, "allowed_countries", set(label.allowed_countries),
               set(role.allowed_countries))  # fmt: skip
    if label.labelled("alternatives"):
        _score_alternatives(result, label, role, resolver)
    if label.labelled("zone_band"):
        band, gold = getattr(role, "zone_band", None), label.zone_band
        score_value(result, "zone_band", None if gold is None else (gold.low, gold.high),
                    None if band is None else (band.low, band.high), lambda g, p: g == p,
                    lambda v: "None" if v is None else f"UTC{v[0]:+g} to UTC{v[1]:+g}")
    # Per post as well: the country figure weighs a post by the size of its region (an EMEA post
    # counts 131 countries, a "Kenya only" post one), so one region read wrongly moves it most.
    score_value(result, "allowed_posts", frozenset(label.allowed_countries) or None,
                frozenset(role.allowed_countries) or None, lambda g, p: g == p,
                lambda v: "None" if v is None else f"{len(v)} countries")  # fmt: skip
    return result


def _unlabelled_language(resolver: SkillResolver, requirement: Any, gold: Sequence[str]) -> bool:
    """A spoken language the post asks for ("angielski B2") that its label does not list: the
    first labels of posts in other languages than English leave spoken languages out, those in
    English list them, so such a requirement is neither credited nor blamed (as a spoken
    language a résumé lists is not, see `neutral_skill`); a listed one counts as usual."""
    from worldhire.ingest.lexicon.languages import NAMES

    skill = _requirement_skill(requirement)
    if skill.label not in NAMES:
        return False
    return not any(skill_matches(resolver, surface, skill) for surface in gold)


def _members(requirement: Any) -> list[Any]:
    """The skills of a requirement: one, or each of its alternatives ("PyTorch or JAX")."""
    return [requirement.skill, *getattr(requirement, "alternatives", [])]


# What joins the members of a group's quote ("Celery or Temporal", "AWS, GCP o Azure").
_MEMBER_JOINTS = re.compile(
    r"\s*(?:,|/|\(|\)|\b(?:and/or|or|o|ou|lub|albo|або|чи|или|sau|oder|hoặc|atau|veya|y/o|"
    r"e/ou|i/lub|und/oder|et/ou|either|any of|one of)\b)\s*", re.IGNORECASE)


def _requirement_skill(requirement: Any, skill: Any = None) -> PredictedSkill:
    """A requirement (or one `skill` of a group of alternatives) as a predicted skill, with the
    exact words of the post it was linked from (its quote) when the product keeps them; an
    unlinked one ("text:...") keeps its words. A group's quote holds every member's words: a
    member keeps the part in its place ("Temporal" of "Celery or Temporal"), or every part where
    the parts do not pair with the members."""
    from worldhire.skills.text import name_key

    skill = skill or requirement.skill
    keys = {name_key(skill.label)}
    quote = getattr(requirement, "quote", "")
    members = _members(requirement)
    if quote and len(members) == 1:
        keys.add(name_key(quote))
    elif quote:
        parts = [p for p in _MEMBER_JOINTS.split(quote) if p and p.strip()]
        ids = [m.id for m in members]
        keys |= ({name_key(parts[ids.index(skill.id)])} if len(parts) == len(members)
                 else {name_key(p) for p in parts})
    return PredictedSkill(skill.id, skill.label, keys)


def _score_alternatives(
    result: DocResult, label: PostLabel, role: Any, resolver: SkillResolver
) -> None:
    """Groups of alternatives: one found is right when its members are the gold group's."""
    found = [[_requirement_skill(r, m) for m in _members(r)]
             for r in role.requirements if len(_members(r)) > 1]

    def same(gold: list[str], group: list[PredictedSkill]) -> bool:
        return len(gold) == len(group) and all(
            any(skill_matches(resolver, surface, p) for p in group) for surface in gold)

    right = [g for g in found if any(same(gold, g) for gold in label.alternatives)]
    result.tally("alternatives", tp=len(right), fp=len(found) - len(right),
                 fn=sum(not any(same(gold, g) for g in found) for gold in label.alternatives))
    shown = [" or ".join(p.label for p in g) for g in found]
    if len(right) != len(found) or len(right) != len(label.alternatives):
        result.miss("alternatives", f"gold {label.alternatives}  product {shown}")


# -- the run -----------------------------------------------------------------------------------


def select(
    labels: Sequence[Label], split: str, lang: str | None, kind: str | None = None,
    batch: str | None = None,
) -> list[Label]:
    """The labels of a split, language, kind and batch ("none": documents outside any batch; a
    shell pattern such as '*-b' picks every batch it matches)."""
    return [
        x for x in labels
        if (split == "all" or x.split == split) and (lang is None or x.lang == lang)
        and (kind is None or x.kind == kind)
        and (batch is None or fnmatch.fnmatchcase(x.batch or "none", batch))
    ]  # fmt: skip


def run(labels: Sequence[Label], corpus: Path = CORPUS) -> list[DocResult]:
    resolver = SkillResolver()
    results: list[DocResult] = []
    with tempfile.TemporaryDirectory(prefix="wh-extraction-") as tmp:
        reader = ProductReader(Path(tmp))
        for label in labels:
            path = corpus / label.file
            if not path.is_file():
                raise BenchError(f"{label.id}: no file at {path}")
            reading = reader.read(path.read_bytes(), path.suffix)
            if isinstance(label, ResumeLabel):
                results.append(score_resume(label, reading, resolver))
            else:
                results.append(score_post(label, reading, resolver))
    return results


def aggregate(results: Iterable[DocResult]) -> dict[str, Tally]:
    totals: dict[str, Tally] = {}
    for r in results:
        for name, tally in r.tallies.items():
            totals.setdefault(name, Tally()).add(tally)
    return totals


def report(results: list[DocResult], command: str, *, name_documents: bool = True
           ) -> dict[str, Any]:
    """The figures; `name_documents` adds the lists of documents behind the counts (invented
    names and requirements, ...), which a test split run must not show: nobody tunes on test."""
    by_lang: dict[str, list[DocResult]] = defaultdict(list)
    for r in results:
        by_lang[r.label.lang].append(r)
    resumes = [r for r in results if isinstance(r.label, ResumeLabel)]
    posts = [r for r in results if isinstance(r.label, PostLabel)]
    listed_resumes = [r for r in resumes if not is_held_out(r.label)]
    listed_posts = [r for r in posts if not is_held_out(r.label)]
    seconds = sum(r.reading.seconds for r in results)
    return {
        "documents": len(results),
        "resumes": len(resumes),
        "posts": len(posts),
        "fields": {k: v.figures() for k, v in _ordered(aggregate(results)).items()},
        "by_lang": {
            lang: {k: v.figures() for k, v in _ordered(aggregate(rs)).items()}
            for lang, rs in sorted(by_lang.items())
        },
        "counts": {
            "resumes_not_read_as_resume": sum(1 for r in resumes if r.reading.status != "resume"),
            "posts_not_read_as_role": sum(1 for r in posts if r.reading.status != "role"),
            "anonymised_resumes": sum(
                1 for r in resumes if isinstance(r.label, ResumeLabel) and r.label.name is None
            ),
            "invented_names": sum(1 for r in resumes if r.invented_name),
            "zero_evidence_documents": sum(1 for r in resumes if r.zero_evidence),
            "invented_requirements": sum(len(r.invented_requirements) for r in posts),
        },
        # The '-b' halves are measured, never read: their documents are counted, not listed.
        "lists": {} if not name_documents else {
            "invented_names": {
                r.label.id: r.invented_name for r in listed_resumes if r.invented_name
            },
            "zero_evidence_documents": [r.label.id for r in listed_resumes if r.zero_evidence],
            "invented_requirements": {
                r.label.id: r.invented_requirements for r in listed_posts
                if r.invented_requirements
            },
            "not_read_as_their_kind": {
                r.label.id: r.reading.status + (f": {r.reading.error}" if r.reading.error else "")
                for r in results if not is_held_out(r.label)
                and r.reading.status != ("resume" if isinstance(r.label, ResumeLabel) else "role")
            },
        },
        "ingest_seconds": round(seconds, 2),
        "command": command,
    }


def _ordered(totals: dict[str, Tally]) -> dict[str, Tally]:
    order = (KIND_FIELD, *RESUME_FIELDS, *POST_FIELDS)
    return {k: totals[k] for k in order if k in totals}


def _fmt(value: float | int | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def is_held_out(label: Label) -> bool:
    """A document of a batch's '-b' half: tuning never reads it (see the corpus README)."""
    return label.batch is not None and label.batch.endswith("-b")


def print_report(rep: dict[str, Any], results: list[DocResult], show_misses: int) -> None:
    print(f"extraction: {rep['documents']} documents ({rep['resumes']} résumés, "
          f"{rep['posts']} posts), ingest {rep['ingest_seconds']} s")  # fmt: skip
    print(f"\n{'field':<18} {'P':>5} {'R':>5} {'F1':>5} {'TP':>5} {'FP':>5} {'FN':>5}")
    for name, f in rep["fields"].items():
        print(f"{name:<18} {_fmt(f['precision']):>5} {_fmt(f['recall']):>5} {_fmt(f['f1']):>5} "
              f"{f['tp']:>5} {f['fp']:>5} {f['fn']:>5}")  # fmt: skip
    langs = list(rep["by_lang"])
    if len(langs) > 1:
        print(f"\nF1 per language\n{'field':<18} " + " ".join(f"{x:>5}" for x in langs))
        for name in rep["fields"]:
            cells = [rep["by_lang"][x].get(name, {}).get("f1") for x in langs]
            print(f"{name:<18} " + " ".join(f"{_fmt(v):>5}" for v in cells))
    print()
    for key, value in rep["counts"].items():
        print(f"{key.replace('_', ' ')}: {value}")
    for key, value in rep["lists"].items():
        if value:
            print(f"  {key.replace('_', ' ')}: {json.dumps(value, ensure_ascii=False)}")
    if show_misses:
        misses: dict[str, list[Miss]] = defaultdict(list)
        held_out = [r for r in results if is_held_out(r.label)]
        for r in results:
            if not is_held_out(r.label):
                for m in r.misses:
                    misses[m.field].append(m)
        if held_out:
            print(f"\nmisses of the {len(held_out)} documents of '-b' halves are not shown: "
                  "they are measured, never read")
        for name in (KIND_FIELD, *RESUME_FIELDS, *POST_FIELDS):
            if misses.get(name):
                print(f"\nmisses: {name} ({len(misses[name])})")
                for m in misses[name][:show_misses]:
                    print(f"  {m.doc}: {m.detail}")
    # Plain print, one line: it must paste as a command.
    print(f"\nreproduce: {rep['command']}")


def reproduce_command(args: argparse.Namespace) -> str:
    parts = ["PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/extraction.py", f"--split {args.split}"]
    if args.lang:
        parts.append(f"--lang {args.lang}")
    if args.kind:
        parts.append(f"--kind {args.kind}")
    if args.batch:
        parts.append(f"--batch {args.batch}")
    if args.json:
        parts.append("--json")
    return " ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--lang", help="only documents in this language (two-letter code)")
    parser.add_argument("--kind", choices=("resume", "post"), help="only résumés or only posts")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--batch", help="only the documents of this batch (see the corpus README; 'none': "
        "those written outside any batch; a pattern such as '*-b' picks every held-out half)",
    )  # fmt: skip
    parser.add_argument(
        "--show-misses", type=int, default=0, metavar="N",
        help="print up to N misses per field (dev only: nobody tunes on test)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.show_misses and args.split != "dev":
        parser.error("--show-misses only works with --split dev: tune on dev, report on test")
    try:
        labels = select(load_labels(), args.split, args.lang, args.kind, args.batch)
        if not labels:
            raise BenchError(f"no documents for split {args.split!r} and lang {args.lang!r}")
        results = run(labels)
    except BenchError as error:
        print(f"bench/extraction.py: {error}", file=sys.stderr)
        return 2
    rep = report(results, reproduce_command(args), name_documents=args.split == "dev")
    if args.json:
        print(json.dumps(rep, ensure_ascii=False))
    else:
        print_report(rep, results, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
