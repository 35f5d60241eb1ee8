"""The word lists job posts are read with (tables in `ingest/lexicon/`: cues that tell a post
from a résumé, requirement markers, words that name no skill, role nouns, spoken languages)
compiled for matching folded text: `pattern` by the list's name, and the names of the spoken
languages a post asks for. Section headings are read in `posts.headings`.

Phrases are written as people write them and folded on load (lower case, no accents), so
"Cerințe", "CERINTE" and "cerinte" read alike.
"""

from __future__ import annotations

import re
from functools import cache

from worldhire.ingest.lexicon.languages import COMMUNICATION_WORDS
from worldhire.ingest.lexicon.languages import NAMES as LANGUAGE_NAMES
from worldhire.ingest.lexicon.non_skill_words import (
    CONDITION_MARKERS,
    DEGREE_WORDS,
    FILLER_WORDS,
    TRAIT_WORDS,
)
from worldhire.ingest.lexicon.post_or_resume import POST_CUES, RESUME_HEADINGS, RESUME_PHRASES
from worldhire.ingest.lexicon.post_sections import HEADINGS, SectionKind
from worldhire.ingest.lexicon.requirement_markers import (
    DENIAL_MARKERS,
    DUTY_MARKERS,
    MUST_MARKERS,
    NICE_MARKERS,
    NOT_REQUIRED_MARKERS,
    OFFER_MARKERS,
    TAUGHT_MARKERS,
    TEAM_USE_MARKERS,
)
from worldhire.ingest.lexicon.role_nouns import ROLE_NOUNS
from worldhire.ingest.shared.folded_text import fold, phrase_pattern

# "or" in the hiring regions' languages, "and/or" included: what joins names offered as a
# choice ("PyTorch or JAX", "Power BI ou Tableau", "Symfonia, Enova lub Comarch"; Thai "หรือ",
# Arabic "أو").
OR_WORDS = (r"or|o|ou|lub|albo|або|чи|или|sau|oder|hoặc|atau|veya|ya da|หรือ|أو|او|"
            r"and/or|y/o|e/ou|i/lub|und/oder|et/ou|și/sau|si/sau|та/або|і/або|và/hoặc|dan/atau")
# An "or" before a list's last member, a word that qualifies the member allowed after it ("or
# even JAX", "or full fine-tuning").
OR_QUALIFIED = rf"(?:{OR_WORDS})\s+(?:[^\W\d_]+\s+)?"

# Words after a list that make its members a choice ("Paystack, Flutterwave, Interswitch any
# one", "AWS, GCP, Azure (any one of them)", "Python, Go, Java – one of these").
CHOICE_AFTER = re.compile(
    r"[\s,(–—-]*\b(?P<words>any\s+one(?:\s+of\s+(?:them|these|those|the\s+above))?|"
    r"(?:any|at\s+least\s+one|one)\s+of\s+(?:them|these|those|the\s+above)|"
    r"either\s+(?:one|of\s+them)|cualquiera\s+de\s+(?:ellos|ellas|estos|estas)|"
    r"qualquer\s+uma?\s+(?:deles|delas|destes|destas)|jed(?:en|no|na)\s+z\s+(?:nich|tych)|"
    r"(?:один|одна|одне)\s+з\s+(?:них|цих)|oricare\s+dintre\s+(?:ele|acestea)|"
    r"salah\s+satu(?:nya)?)\b",
    re.IGNORECASE,
)


@cache
def pattern(name: str) -> re.Pattern[str]:
    """The compiled pattern of one of the phrase lists below, by name."""
    return phrase_pattern(_LISTS[name])


# A welcome heading said as a sentence welcomes what it names there too ("It'd be great if you
# also know MLflow", "Jeżeli znasz Jirę, dodatkowy atut"): the nice headings of more than one
# word, less those that only label a list ("Preferred qualifications", "Bonus skills") or read
# otherwise in running text ("les plus grandes banques", "even better", "should have").
_INLINE_WELCOMES: tuple[str, ...] = tuple(
    h for h in HEADINGS[SectionKind.NICE]
    if " " in h and h not in NICE_MARKERS and not re.search(
        r"skills|qualification|experience|requisit|compet|kenntnisse|^les plus$|even better|"
        r"should|could|good to know|^lợi thế$|nice to haves", h)
)  # fmt: skip

_LISTS: dict[str, tuple[str, ...]] = {
    "post": POST_CUES, "resume": RESUME_PHRASES, "resume_heading": RESUME_HEADINGS,
    "nice": (*NICE_MARKERS, *_INLINE_WELCOMES), "must": MUST_MARKERS,
    "duty": DUTY_MARKERS, "offer": OFFER_MARKERS, "filler": FILLER_WORDS, "role": ROLE_NOUNS,
    "condition": CONDITION_MARKERS,
    "degree": DEGREE_WORDS, "not_required": NOT_REQUIRED_MARKERS,
    "denied": DENIAL_MARKERS, "taught": TAUGHT_MARKERS, "trait": TRAIT_WORDS,
    "team_uses": TEAM_USE_MARKERS,
    "communication": COMMUNICATION_WORDS,
    "spoken_language": tuple(n for names in LANGUAGE_NAMES.values() for n in names),
}  # fmt: skip


@cache
def spoken_language_names() -> dict[str, str]:
    """Folded name -> English name of the language, from the table résumés are read with too."""
    return {fold(n): lang for lang, names in LANGUAGE_NAMES.items() for n in names}
