"""The assessment rubric: six scores from 0 to 1, each citing the evidence that produced it.

| dimension      | what raises it                                                              |
|----------------|-----------------------------------------------------------------------------|
| depth          | skills of the role's area shown in jobs, projects, code or papers (not only |
|                | listed), years of that work, and depth markers (profiled, from scratch...)  |
| projects       | systems built (3 items = full), scale figures (2), outcomes with numbers (2) |
| production     | deployment, serving, on-call, latency and uptime figures, in 4 sentences     |
| collaboration  | open-source contribution (merged PRs to a named project, maintainership,   |
|                | stars), code review, mentoring, cross-functional work, publications         |
| communication  | English level stated (CEFR or native/fluent), written artefacts (docs, blog, |
|                | RFCs, papers), and clear, concrete sentences in the profile itself          |
| distributed    | remote or cross-time-zone history, async practices, foreign clients          |

What is read: evidence items (jobs, projects, repositories, publications), the headline and
summary, the skills linked in them, and the languages listed (for English level only). What is
never read: name, e-mail, phone, photo, age or dates of birth, gender, nationality, country or
city of residence, employer prestige, school names or degrees. A candidate with strong evidence
and no famous employer or degree scores as high as anyone.

Skills only listed (a skills section, a certification) never raise depth: they must be shown.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from worldhire.assess import signals
from worldhire.assess.signals import Hit
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.core.texts import shortened
from worldhire.ingest.shared.language import detect_language

DIMENSIONS = (
    "depth", "projects", "production", "collaboration", "communication", "distributed",
)
CITATIONS_PER_SCORE = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCES = re.compile(r"(?:[^.!?\n]|\.(?=\d))+[.!?]?")
ENGLISH_LEVELS = {
    "native": 1.0, "bilingual": 1.0, "c2": 1.0, "fluent": 0.9, "full professional": 0.9,
    "c1": 0.85, "professional": 0.75, "advanced": 0.8, "b2": 0.65, "upper": 0.6,
    "intermediate": 0.45, "conversational": 0.4, "b1": 0.4, "a2": 0.2, "a1": 0.1, "basic": 0.15,
    "elementary": 0.15,
}


@dataclass(frozen=True)
class Cited:
    evidence_id: str | None
    evidence_title: str
    snippet: str


@dataclass
class DimensionScore:
    name: str
    score: float
    detail: str
    citations: list[Cited] = field(default_factory=list)


@dataclass
class Assessment:
    candidate_id: str
    fingerprint: str
    scores: dict[str, DimensionScore]
    # Sentences that show depth, whatever the area: kept so that depth in a role's area does
    # not re-read every evidence text for each role.
    depth_markers: tuple[Hit, ...] = ()

    def score(self, name: str) -> float:
        return self.scores[name].score

    def as_dict(self) -> dict[str, float]:
        return {name: s.score for name, s in self.scores.items()}


def _cite(hits: list[Hit]) -> list[Cited]:
    """The first hit of each distinct item first, so the citations show breadth."""
    seen: set[str | None] = set()
    first: list[Hit] = []
    rest: list[Hit] = []
    for h in hits:
        (rest if h.evidence_id in seen else first).append(h)
        seen.add(h.evidence_id)
    return [Cited(h.evidence_id, h.title, h.snippet) for h in (first + rest)[:CITATIONS_PER_SCORE]]


def _sat(count: float, full: float) -> float:
    return min(1.0, count / full)


def _counted(count: int, one: str, many: str) -> str:
    """'1 sentence shows', '3 sentences show': the details are read by people."""
    return f"{count} {one if count == 1 else many}"


def projects(candidate: Candidate) -> DimensionScore:
    built = signals.find(candidate, signals.BUILT)
    scale = signals.find(candidate, signals.SCALE)
    outcomes = signals.find(candidate, signals.OUTCOME)
    systems = signals.distinct_items(built)
    score = 0.35 * _sat(systems, 3) + 0.35 * _sat(len(scale), 2) + 0.3 * _sat(len(outcomes), 2)
    detail = (f"{_counted(systems, 'item describes', 'items describe')} systems built, "
              f"{_counted(len(scale), 'gives', 'give')} scale, "
              f"{_counted(len(outcomes), 'gives', 'give')} measured outcomes")
    return DimensionScore("projects", round(score, 3), detail, _cite(outcomes + scale + built))


def production(candidate: Candidate) -> DimensionScore:
    hits = signals.find(candidate, signals.PRODUCTION)
    score = 0.7 * _sat(len(hits), 4) + 0.3 * _sat(signals.distinct_items(hits), 2)
    return DimensionScore(
        "production", round(score, 3),
        f"{_counted(len(hits), 'sentence', 'sentences')} about deployment, serving or operations",
        _cite(hits),
    )


def collaboration(candidate: Candidate) -> DimensionScore:
    hits = signals.find(candidate, signals.COLLABORATION)
    # Open-source work is checkable wherever it is written, summary included: the project,
    # its pull requests and its stars are public.
    open_source = signals.find(candidate, signals.OPEN_SOURCE, backed_only=False)
    artefacts = [e for e in candidate.evidence
                 if e.kind in (EvidenceKind.REPOSITORY, EvidenceKind.PUBLICATION)]
    teamwork = {h.snippet for h in hits} - {h.snippet for h in open_source}
    score = (0.4 * _sat(len(open_source), 2) + 0.4 * _sat(len(teamwork), 3)
             + 0.2 * _sat(len(artefacts), 2))
    shown_in = _counted(len(artefacts), "repository or publication", "repositories or publications")
    detail = (f"{_counted(len(open_source), 'sentence shows', 'sentences show')} open-source "
              f"contribution; {len(teamwork)} on review, mentoring or teamwork; {shown_in}")
    others = [h for h in hits if h.snippet in teamwork]
    cited = _cite(open_source + others) or [
        Cited(e.id, e.title, shortened(e.text, 160)) for e in artefacts[:2]]
    return DimensionScore("collaboration", round(score, 3), detail, cited)


def english_level(languages: Collection[str]) -> tuple[float, str | None]:
    """The best level stated for English, 0 when English is not listed."""
    best, entry_seen = 0.0, None
    for entry in languages:
        low = entry.lower()
        if "english" not in low:
            continue
        level = max((v for k, v in ENGLISH_LEVELS.items() if k in low), default=0.6)
        if level > best:
            best, entry_seen = level, entry
    return best, entry_seen


def _written_text(candidate: Candidate) -> str:
    return "\n".join([candidate.summary, *(e.text for e in candidate.evidence
                                          if e.kind in signals.EVIDENCE_KINDS)])


def clarity(candidate: Candidate) -> tuple[float, str]:
    """Concrete, readable writing: sentences of 8-30 words, and figures that back claims."""
    text = _written_text(candidate)
    sentences = [s for s in _SENTENCES.findall(text) if len(_WORD.findall(s)) >= 3]
    if not sentences:
        return 0.0, "too little written text to judge"
    lengths = [len(_WORD.findall(s)) for s in sentences]
    readable = sum(1 for n in lengths if 6 <= n <= 32) / len(lengths)
    concrete = sum(1 for s in sentences if re.search(r"\d", s)) / len(sentences)
    score = 0.6 * readable + 0.4 * min(1.0, concrete / 0.4)
    detail = (f"{readable:.0%} of {_counted(len(sentences), 'sentence', 'sentences')} readable, "
              f"{concrete:.0%} with figures")
    return score, detail


def communication(candidate: Candidate) -> DimensionScore:
    english, entry = english_level(candidate.languages)
    writing = signals.find(candidate, signals.WRITING, backed_only=False)
    clear, clear_detail = clarity(candidate)
    # A profile written in fluent English is itself a signal when no level is stated; clear
    # writing in another language says nothing about English (an undecided language keeps it).
    written_in = detect_language(_written_text(candidate))
    stated = english if entry else (0.5 * clear if written_in in (None, "en") else 0.0)
    score = 0.4 * stated + 0.3 * _sat(len(writing), 2) + 0.3 * clear
    cited = _cite(writing)
    if entry:
        cited.insert(0, Cited(None, "Languages", entry))
    detail = (
        f"{entry or 'English level not stated'}; "
        f"{_counted(len(writing), 'written artefact', 'written artefacts')}; {clear_detail}"
        + (f"; written in {written_in}" if written_in and written_in != "en" else "")
    )
    return DimensionScore("communication", round(score, 3), detail, cited[:CITATIONS_PER_SCORE])


def distributed(candidate: Candidate) -> DimensionScore:
    hits = signals.find(candidate, signals.DISTRIBUTED, backed_only=False)
    score = _sat(len(hits), 3)
    return DimensionScore(
        "distributed", round(score, 3),
        f"{_counted(len(hits), 'sentence', 'sentences')} on remote, async or cross-time-zone work",
        _cite(hits),
    )


def depth(
    candidate: Candidate, area: Collection[str] | None, markers: Sequence[Hit] | None = None
) -> DimensionScore:
    """Skills of the area (all skills when None) shown by evidence, the years of that work, and
    sentences that show depth around them (`markers`: the candidate's depth sentences, when
    already found)."""
    kinds = {e.id: e for e in candidate.evidence}
    shown: dict[str, list[Hit]] = {}
    for m in candidate.skills:
        item = kinds.get(m.evidence_id or "")
        if item is None or item.kind not in signals.EVIDENCE_KINDS:
            continue
        if area is not None and m.skill.id not in area:
            continue
        shown.setdefault(m.skill.id, []).append(
            Hit(item.id, item.title, item.kind, m.snippet or item.title, m.skill.label))
    items = {h.evidence_id: kinds[h.evidence_id or ""] for hs in shown.values() for h in hs}
    years = sum(e.years or 0.0 for e in items.values() if e.kind is EvidenceKind.JOB)
    if markers is None:
        markers = signals.find(candidate, signals.DEPTH)
    in_area = [h for h in markers if h.evidence_id in items]
    wanted = 4 if area is None else max(1, min(len(area), 4))
    score = 0.5 * _sat(len(shown), wanted) + 0.3 * _sat(years, 5) + 0.2 * _sat(len(in_area), 3)
    where = "of the role's area " if area is not None else ""
    detail = (f"{_counted(len(shown), 'skill', 'skills')} {where}shown in work, over "
              f"{years:.1f} years of jobs; "
              f"{_counted(len(in_area), 'sentence shows', 'sentences show')} depth")
    hits = [hs[0] for hs in shown.values()]
    return DimensionScore("depth", round(score, 3), detail, _cite(in_area + hits))


def fingerprint(candidate: Candidate) -> str:
    """Changes whenever anything the rubric reads changes."""
    h = hashlib.sha256()
    for part in (candidate.headline, candidate.summary, *candidate.languages):
        h.update(part.encode())
        h.update(b"\0")
    for e in candidate.evidence:
        h.update(f"{e.id}|{e.kind}|{e.title}|{e.start}|{e.end}|{e.text}".encode())
    for m in candidate.skills:
        h.update(f"{m.skill.id}|{m.evidence_id}".encode())
    return h.hexdigest()


_CACHE: OrderedDict[tuple[str, str], Assessment] = OrderedDict()
CACHE_SIZE = 100_000


def general_assessment(candidate: Candidate) -> Assessment:
    """The role-independent assessment (depth over all skills), computed afresh."""
    markers = tuple(signals.find(candidate, signals.DEPTH))
    scores = {s.name: s for s in (
        depth(candidate, None, markers), projects(candidate), production(candidate),
        collaboration(candidate), communication(candidate), distributed(candidate),
    )}
    return Assessment(candidate.id, fingerprint(candidate), scores, markers)


def _general(candidate: Candidate) -> Assessment:
    key = (candidate.id, fingerprint(candidate))
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
        return found
    found = general_assessment(candidate)
    _CACHE[key] = found
    if len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return found


def forget(candidate_id: str) -> int:
    """Drop a candidate's cached assessments (erasure)."""
    keys = [k for k in _CACHE if k[0] == candidate_id]
    for k in keys:
        del _CACHE[k]
    return len(keys)


def assess(
    candidate: Candidate, area: Collection[str] | None = None, *,
    general: Assessment | None = None,
) -> Assessment:
    """The candidate's assessment; with `area` (skill ids of a role and their neighbours), depth
    is measured in that area. Pure, and cached by the candidate's content fingerprint, so it is
    recomputed exactly when the evidence changes. `general` is the role-independent part when
    already at hand (stored with the profile: assess/stored.py)."""
    if general is None:
        general = _general(candidate)
    if area is None:
        return general
    scores = dict(general.scores)
    scores["depth"] = depth(candidate, area, general.depth_markers)
    return Assessment(general.candidate_id, general.fingerprint, scores, general.depth_markers)
