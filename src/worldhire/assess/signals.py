"""Signals found in a candidate's evidence, each with the sentence that shows it.

A signal is a pattern of what people write when they have done a thing ("deployed", "p95 of
40 ms", "maintainer of"), matched in the text of one evidence item. The sentence around a match is
the citation a reviewer reads to check the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.core.texts import shortened

# Only a full stop before a space or the end ends a sentence: not one inside a number ("F1
# 0.93"), a link ("github.com/ana") or a name ("Node.js").
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s|$)")

# Systems the person built or shipped.
BUILT = re.compile(
    r"\b(built|shipped|designed|architected|launched|implemented|developed|created|wrote|"
    r"led the (?:design|build|migration)|migrated|rebuilt|owned)\b", re.I)
# Scale: a number with a unit of load or size.
SCALE = re.compile(
    r"\b\d[\d,.]*\s*(?:k|m|b|bn|million|billion|thousand)?\+?\s*(?:requests?|users?|customers?|"
    r"documents?|events?|records?|rows?|images?|hours of audio|predictions?|transactions?|"
    r"queries|sku?s|series|tables|models?|services?|sites|teams|tb|gb|qps|rps|"
    r"requests per second|concurrent)\b", re.I)
# Outcomes with numbers: percentages, before/after, latency figures, money.
OUTCOME = re.compile(
    r"(\b\d[\d.]*\s?%|\bfrom \S+ (?:to|down to) \S+|\bp9[59]\b[^.;\n]{0,20}\d|"
    r"\b(?:usd|\$|eur|€)\s?\d[\d,.]*\s?[km]?\b|\bf1\b[^.;\n]{0,12}\d|\bmape\b|\bauc\b[^.;\n]{0,12}\d|"
    r"\b(?:cut|reduced|raised|lifted|improved|increased|saved|halved|doubled)\b[^.;\n]{0,60}\d)",
    re.I)
PRODUCTION = re.compile(
    r"\b(in production|production|deployed|deployment|on[- ]call|incidents?|sla|slo|uptime|"
    r"latency|p9[59]|monitoring|observability|rollouts?|canary|ci/cd|kubernetes|serving|"
    r"served|live traffic|blue[- ]green|terraform|helm)\b", re.I)
COLLABORATION = re.compile(
    r"\b(open[- ]source|github stars?|\d+ stars|maintainers?|maintain(?:ed)?|"
    r"contribut(?:ed|or|ions?)|"
    r"pull requests?|merged|code reviews?|reviewed|mentor(?:ed|ing)?|pair(?:ed|ing)|"
    r"cross[- ]functional|team of \d+|with (?:the )?(?:product|design|compliance|clinical) team|"
    r"community|hugging face hub|kaggle|co[- ]authored)\b", re.I)
# Open-source contribution: merged pull requests to a named project, maintainership, stars,
# upstream patches ("Contributor to vLLM (2 merged PRs)", "a 1.4k-star repository").
OPEN_SOURCE = re.compile(
    r"\b(open[- ]source|\d+ merged (?:prs?|pull requests?|patches|commits)|"
    r"merged (?:\d+ )?(?:prs?|pull requests?|patches)|"
    r"(?:prs?|pull requests?|patches) (?:were )?merged|"
    r"(?:core |co-?)?maintainers? (?:of|for|on)|(?:core )?contributor (?:to|of|on)|"
    r"contributed (?:\w+ ){0,3}upstream|"
    r"contributed (?:code|patches|fixes|features|prs?|pull requests?) to|upstreamed|"
    r"\d[\d.,]*\s?k?\+?[- ]?(?:github )?stars?|github stars?|stars on github|"
    r"published (?:to|on) (?:pypi|npm|crates\.io|cran|hugging ?face)|pypi package|npm package)\b",
    re.I)
WRITING = re.compile(
    r"\b(blog(?: posts?| series)?|wrote (?:the )?(?:docs|documentation|guide|design docs?|rfcs?)|"
    r"design docs?|rfcs?|technical writing|documentation|tutorials?|talks?|spoke at|"
    r"published|paper|articles?|newsletter|runbooks?|postmortems?|write-?ups?)\b", re.I)
# A "Time zone:" field says where the person is, not that they have worked across zones.
DISTRIBUTED = re.compile(
    r"\b(remote(?:ly)?|distributed team|async(?:hronous)?(?:-first)?|across \d+ time ?zones|"
    r"time ?zones?\b(?!\s*:)|overlap|us clients?|european clients?|clients? in the (?:us|uk|eu)|"
    r"contractor|freelanc\w*|upwork|toptal|written design docs|recorded demos|"
    r"fully distributed|work from home|employer[- ]of[- ]record)\b", re.I)
DEPTH = re.compile(
    r"\b(from scratch|optimi[sz]ed|profil(?:ed|ing)|benchmark(?:ed|s)?|custom (?:kernel|loss|"
    r"layer|operator)|reproduc(?:ed|ing)|ablations?|internals|cuda kernels?|quantis\w*|quantiz\w*|"
    r"distributed training|fine-tun\w*|architecture|trade-?offs?|root cause|debugg\w*)\b", re.I)

EVIDENCE_KINDS = {
    EvidenceKind.JOB, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY, EvidenceKind.PUBLICATION,
}


@dataclass(frozen=True)
class Hit:
    """One match of a signal: the item it is in, and the sentence a reader should see."""

    evidence_id: str | None
    title: str
    kind: EvidenceKind | None
    snippet: str
    match: str


def sentence_around(text: str, start: int, end: int, limit: int = 220) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return shortened(text[left:right], limit)


def _items(candidate: Candidate, backed_only: bool) -> list[EvidenceItem | None]:
    """Evidence items to read; None stands for the headline and summary."""
    items: list[EvidenceItem | None] = [
        e for e in candidate.evidence if not backed_only or e.kind in EVIDENCE_KINDS
    ]
    return items if backed_only else [None, *items]


def find(candidate: Candidate, pattern: re.Pattern[str], *, backed_only: bool = True) -> list[Hit]:
    """Every sentence matching the pattern, at most one hit per sentence."""
    hits: list[Hit] = []
    for item in _items(candidate, backed_only):
        text = f"{candidate.headline}\n{candidate.summary}" if item is None else item.text
        seen: set[str] = set()
        for m in pattern.finditer(text):
            snippet = sentence_around(text, m.start(), m.end())
            if snippet in seen:
                continue
            seen.add(snippet)
            hits.append(Hit(
                item.id if item else None, item.title if item else "profile summary",
                item.kind if item else None, snippet, m.group(0),
            ))
    return hits


def distinct_items(hits: list[Hit]) -> int:
    return len({h.evidence_id for h in hits})
