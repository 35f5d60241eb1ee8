"""Years of experience a person states, in the ten hiring-region languages.

"8+ years of experience", "over 6 years in ML", "6+ yrs exp", "Have total work experience of 2.5
years", "Total Experience: 4 Years 3 Months", "5 años de experiencia", "ponad 5 lat
doświadczenia", "5-letnie doświadczenie", "досвід роботи 5 років", "peste 5 ani de experiență",
"plus de 5 ans d'expérience", "mehr als 5 Jahre Berufserfahrung", "5 năm kinh nghiệm",
"pengalaman 5 tahun". A statement of the whole career ("total", "overall", "łącznie",
"insgesamt", "tổng"...) wins over the others; otherwise the largest claim counts (a person with
"8+ years in software, 3 years of experience in ML" has 8). "N years in ..." is a claim only
with a plus sign, a quantifier ("over", "ponad") or an opener ("I have"): "5 years in Germany"
alone is not. Values outside 0-50 years are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import (
    NOT_LETTER_AFTER,
    alternation,
    first_words,
    lower_keeping_length,
    word_positions,
)
from worldhire.ingest.lexicon import experience as words
from worldhire.ingest.lexicon.personal_fields import PERSONAL_FIELDS

_NUMBER = rf"(?:(?P<n>\d{{1,2}}(?:[.,]\d{{1,2}})?)|(?P<w>{alternation(words.ENGLISH_NUMBERS)}))"
_YEARS = rf"(?:{alternation(words.YEAR_WORDS)}){NOT_LETTER_AFTER}"
_MONTHS = (
    rf"(?:\s*(?:,|and|y|e|i|și|et|und|dan|và|та|і)?\s*(?P<m>\d{{1,2}})\s*"
    rf"(?:{alternation(words.MONTH_WORDS)}){NOT_LETTER_AFTER}(?:\(s\))?)?"
)
_EXPERIENCE = rf"(?:{alternation(words.EXPERIENCE)}){NOT_LETTER_AFTER}"
# "6+ years", "5 años", "2.5 yrs", "4 years 3 months", "five years", "5-letnie"; job boards'
# "4 Year(s) 2 Month(s)" (Naukri)
_AMOUNT = re.compile(
    rf"(?:{_NUMBER}\s*(?P<plus>\+)?\s*(?:-\s*)?"
    rf"(?:(?P<y>{_YEARS})(?:\(s\))?['’]?{_MONTHS}|(?P<adj>{alternation(words.YEAR_ADJECTIVES)}))"
    rf"|(?P<span>{alternation(words.ENGLISH_SPANS)})){NOT_LETTER_AFTER}"
)
_EXPERIENCE_AFTER = re.compile(
    rf"\s*(?:\((?:[^)]{{0,40}})\)\s*)?(?:(?:of|de|d['’]|w|з|в)\s*)?(?:[\w'-]+\s+){{0,3}}?"
    rf"{_EXPERIENCE}"
)
# After the figure, a link word, or any English verb in -ing: "with 5 years helping small
# businesses", "6+ years keeping Kubernetes clusters up" ("during" is no verb).
_CLAIM_AFTER = re.compile(
    rf"\s+(?:(?:{alternation(words.CLAIM_LINKS)})\s|(?!during\b)[a-z]{{2,}}ing\s)"
)
_EXPERIENCE_BEFORE = re.compile(
    rf"{_EXPERIENCE}(?:\s+[\w-]+){{0,3}}?\s*"
    rf"(?:of|de|:|-|–|—|\||is|=|von|od|від|din|sekitar|khoảng|trên|hơn)?\s*"
    rf"(?:(?:{alternation(words.QUANTIFIERS)})\s*)?$"
)
# "WORK HISTORY (Total : 9 years)", "Łącznie: 4 lata": a figure labelled as the whole career's
_TOTAL_LABEL_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(words.TOTAL)})\s*[:|=–-]\s*$")
_QUANTIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(words.QUANTIFIERS)})\s*$")
_OPENER_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(words.CLAIM_OPENERS)})\s+$")
# A sentence or table cell that opens with the figure ("Eleven years in analytics", "8 років в
# інфраструктурі"): the subject is the person's work unless it is a place ("8 years in Germany").
_AFTER_PUNCTUATION = re.compile(r"[.!?;|•▪*]\s+$")
_SENTENCE_START = re.compile(r"(?:[.!?;|•▪*]\s+|^\s*[-–—]\s+|^\s*)$")
_PLACE_AFTER = re.compile(
    r"\s+(?:in|at|в|у|w|en|em|în|dans|im|di|à)\s+[A-ZÀ-ÖØ-ÞĀ-žА-ЯІЇЄҐ][a-zà-öø-ÿā-žа-яіїєґ'’]"
)
_SINCE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(words.SINCE)})\s+(?:(?:{alternation(words.QUANTIFIERS)})\s*)?$"
)
# "I've been driving over the road for 11 years", "I have worked in merchandising for nine years"
_PERFECT_FOR_BEFORE = re.compile(
    rf"(?:['’]ve|\bhave|\bhas|\bhad)\s+(?:been\s+)?[^\W\d_]+[^.\n]{{0,80}}\bfor\s+"
    rf"(?:(?:{alternation(words.QUANTIFIERS)})\s*)?$"
)
# "for the last two and a half years", "over the past 18 months", "desde hace 3 años", "há dois
# anos", "depuis 4 ans", "seit drei Jahren", "od trzech lat", "вже 6 років", "sejak 3 tahun": a
# span that reaches up to now. Romanian "de" and Indonesian "selama" also head spans that ended
# ("timp de 2 ani", "selama 2 tahun"), so they are not among its openers.
_SPAN_UP_TO_NOW = re.compile(
    r"(?<!\w)(?:(?:for|over|during|in)\s+the\s+(?:last|past)|depuis|há|ha|hace|desde\s+hace|"
    rf"seit|od|від|вже|уже|sejak|llevo)\s+(?:(?:{alternation(words.QUANTIFIERS)})\s*)?"
    rf"{_NUMBER}(?P<half>\s+and\s+a\s+half)?\s*(?:(?P<y>{_YEARS})|"
    rf"(?P<m>{alternation(words.MONTH_WORDS)}){NOT_LETTER_AFTER})"
    r"(?P<half_after>\s+(?:y\s+medio|e\s+meio|et\s+demi|i\s+pół|und\s+ein\s+halb))?"
)
# "Backend engineer (7 years)", "Role: QA Engineer (Senior), 6 years", "Senior (10+ years)": a
# figure alone in a parenthesis or closing a header line, with no date before it on the line (a
# job's "2021 - Present (3 years)" is that job's length).
_IN_PARENTHESIS = (re.compile(r"\(\s*$"), re.compile(r"\s*\)"))
_CLOSING_LINE = (re.compile(r",\s*$"), re.compile(r"\s*(?:$|[,;|\n])"))
_HEADER_CHARS = 2500  # where a profile's figure stands: the header and summary
_TOTAL = re.compile(rf"(?<!\w)(?:{alternation(words.TOTAL)}){NOT_LETTER_AFTER}")
_LABEL = re.compile(
    rf"(?:years of experience|yoe|{_EXPERIENCE})\s*[:\-–]\s*"
    rf"(?P<n>\d{{1,2}}(?:[.,]\d{{1,2}})?)(?![\d%])(?!\s*[^\W\d_])"
)
_DIGITS = re.compile(r"(?<![\d.,])\d")
# a figure standing as a number of its own: "B2B", "4G" or "Web3" before the claim date nothing
_DATE_IN_HEAD = re.compile(r"(?<![^\W\d_])\d+(?![^\W\d_])")
_NUMBER_WORD_STARTS = first_words([*words.ENGLISH_NUMBERS, *words.ENGLISH_SPANS])
_LABEL_STARTS = first_words(["years", "yoe", *words.EXPERIENCE])
_HEAD_CHARS = 60
_MAX_YEARS = 50.0


@dataclass(frozen=True)
class StatedYears:
    years: float
    total: bool  # said of the whole career
    span: tuple[int, int]
    # Read from the shape of the sentence, not from a word of experience ("Eleven years in
    # analytics", "depuis 4 ans", "(7 years)"): it yields to any claim that names experience,
    # so "46 ans, 22 ans d'expérience" is 22.
    weak: bool = False


def find_stated_years(text: str) -> list[StatedYears]:
    """Every statement of years of experience, in order."""
    text = text[:20_000]
    lowered = lower_keeping_length(text)
    starts = sorted(
        {m.start() for m in _DIGITS.finditer(lowered)}
        | set(word_positions(lowered, _NUMBER_WORD_STARTS))
    )
    found = []
    for start in starts:
        amount = _AMOUNT.match(lowered, start)
        if amount is None:
            continue
        statement = _claim(lowered, amount, text)
        if statement is not None:
            found.append(statement)
    for position in word_positions(lowered, _LABEL_STARTS):
        label = _LABEL.match(lowered, position)
        if label is not None and not any(s.span[0] <= label.end() <= s.span[1] for s in found):
            value = float(label.group("n").replace(",", "."))
            found.append(StatedYears(value, _is_total(lowered, label.start()), label.span()))
    return sorted((s for s in found if 0 < s.years <= _MAX_YEARS), key=lambda s: s.span)


def years_of_experience(text: str) -> float | None:
    """The years the person states: a whole-career figure first, else the largest claim."""
    found = find_stated_years(text)
    totals = [s.years for s in found if s.total]
    if totals:
        return totals[0]
    strong = [s.years for s in found if not s.weak]
    return max(strong or [s.years for s in found], default=None)


# A headline's fields: "Quality Analyst | BPO | 7 years", "Data Engineer · 5+ yrs".
_HEADLINE_FIELD = re.compile(r"\s*[|·•/,;]\s*|\s+[-–—]\s+")


def headline_years(headline: str) -> float | None:
    """The years a headline states in a field of their own, its last ("Quality Analyst | BPO |
    7 years"): under the name, a bare figure says how long the person has worked. A figure
    inside a field ("Python 3 years") or a line with dates is not one."""
    fields = [f for f in _HEADLINE_FIELD.split(lower_keeping_length(headline)) if f.strip()]
    if len(fields) < 2 or any(_DIGITS.search(f) for f in fields[:-1]):
        return None
    last = fields[-1].strip()
    amount = _AMOUNT.match(last)
    if amount is None or amount.group("adj"):
        return None
    rest = last[amount.end() :]
    if rest.strip() and not _EXPERIENCE_AFTER.fullmatch(rest):
        return None
    value = _value(amount)
    return value if value is not None and 0 < value <= _MAX_YEARS else None


# A line labelled as a personal detail ("Situation : Célibataire, 31 ans", "Âge | 31 ans"): a
# figure of years on it is the person's age.
_PERSONAL_LABEL = re.compile(
    rf"\s*(?:{alternation(PERSONAL_FIELDS['skip'])})\s*(?:[:|\t]|\s-\s)", re.IGNORECASE
)


def _claim(lowered: str, amount: re.Match[str], original: str) -> StatedYears | None:
    value = _value(amount)
    if value is None:
        return None
    start, end = amount.span()
    line_start = lowered.rfind("\n", 0, start) + 1
    if _PERSONAL_LABEL.match(fold(lowered[line_start:start])):
        return None
    head = lowered[max(line_start, start - _HEAD_CHARS) : start]
    after = _EXPERIENCE_AFTER.match(lowered, end)
    if after is not None and "\n" not in after.group(0):
        return StatedYears(value, _is_total(lowered, start, after.end()), (start, after.end()))
    if amount.group("adj"):
        return None  # "5-letni kontrakt": a year adjective counts only before experience
    if _EXPERIENCE_BEFORE.search(head):
        return StatedYears(value, _is_total(lowered, start, end), (start, end))
    if _TOTAL_LABEL_BEFORE.search(head):
        return StatedYears(value, True, (start, end))
    plus = amount.group("plus") is not None
    strong = plus or _QUANTIFIER_BEFORE.search(head) or _OPENER_BEFORE.search(head)
    claim_after = _CLAIM_AFTER.match(lowered, end)
    if strong and claim_after:
        return StatedYears(value, _is_total(lowered, start, end), (start, end))
    truncated = line_start < start - _HEAD_CHARS  # the head does not reach the line start
    opens = (_AFTER_PUNCTUATION if truncated else _SENTENCE_START).search(head)
    if claim_after and opens and not _PLACE_AFTER.match(original, end):
        return StatedYears(value, _is_total(lowered, start, end), (start, end), weak=True)
    # The words before the figure across a wrapped line ("Ich baue seit\nüber 7 Jahren").
    wrapped = lowered[max(0, start - _HEAD_CHARS) : start].replace("\n", " ")
    if _PERFECT_FOR_BEFORE.search(wrapped):
        return StatedYears(value, _is_total(lowered, start, end), (start, end), weak=True)
    if start < _HEADER_CHARS and not _DATE_IN_HEAD.search(head):
        since = _SINCE_BEFORE.search(wrapped)
        alone = any(
            before.search(head) and after_figure.match(lowered, end)
            for before, after_figure in (_IN_PARENTHESIS, _CLOSING_LINE)
        )
        if since or alone:
            return StatedYears(value, _is_total(lowered, start, end), (start, end), weak=True)
    return None


def _value(amount: re.Match[str]) -> float | None:
    if amount.group("span"):
        return words.ENGLISH_SPANS[" ".join(amount.group("span").split())]
    value = _number(amount)
    months = amount.group("m")
    if months:
        if int(months) >= 12:
            return None
        value += int(months) / 12
    return round(value, 2)


def _number(match: re.Match[str]) -> float:
    """The figure `_NUMBER` matched: digits ("2.5", "2,5") or a number word ("siete")."""
    if match.group("n"):
        return float(match.group("n").replace(",", "."))
    return float(words.ENGLISH_NUMBERS.get(fold(" ".join(match.group("w").split())), 0))


def _is_total(lowered: str, start: int, end: int | None = None) -> bool:
    line_start = lowered.rfind("\n", 0, start) + 1
    window = lowered[max(line_start, start - _HEAD_CHARS) : end or start + 1]
    return bool(_TOTAL.search(window))


def years_up_to_now(text: str) -> float | None:
    """How long a sentence says something has gone on until now ("for the last two and a half
    years", "desde hace 3 años"), in years; None when it says no such span."""
    span = _SPAN_UP_TO_NOW.search(lower_keeping_length(text))
    if span is None:
        return None
    value = _number(span)
    if span.group("half") or span.group("half_after"):
        value += 0.5
    years = value if span.group("y") else value / 12
    return years if 0 < years <= _MAX_YEARS else None
