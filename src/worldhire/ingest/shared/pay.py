"""Pay as people write it, to a structured `StatedPay` and to US dollars a year.

Read: an amount with a currency written as a code, symbol or word ("USD 48,000", "$4,000",
"28 000 PLN", "15 000 zł", "10.000 lei", "50 000 грн", "25 triệu", "Rp 15 juta", "R$ 15.000",
"€3.5k", "₹30 LPA", "KSh 250,000", "₦500k", "E£ 30k"); the thousands separators of each locale
("95.000", "28 000", "95,000", "12,00,000") and scale words ("k", "mil", "tys.", "тис.",
"1,5 mln", "triệu", "juta", "lakh", "crore"); ranges ("20 000 – 25 000 PLN", "R$ 8.000 a
R$ 10.000", "8-10k EUR", "od 20 do 25 tys. zł"); the period in any of the ten languages
("/mies.", "por mês", "al mes", "par mois", "pro Monat", "/tháng", "per bulan", "на місяць",
"pe lună", "p.a.", "rocznie", "CTC", "LPA"); gross or net ("brutto/netto", "bruto/líquido",
"brut/net", "in hand", "CTC").

Currency: a bare "$" is the US dollar, except where the person's country writes "$" for its peso
(Mexico, Colombia, Argentina, Chile...) and the figure, with its period, is a wage in pesos
("$18,000.00 (Mensual)") or implausible in dollars. Indian scale
words imply rupees, "triệu" dong, "juta" rupiah. Without any currency, an amount under a pay cue
("Salary expectations: 28 000 netto") takes the person's country's currency when it is known.

Period: when none is written, an amount worth at least USD 10,000 is read as yearly; a smaller one
is monthly where monthly pay is the custom (a currency of `MONTHLY_CUSTOM`) and plausible as such,
or in any currency from USD 1,500 (no one states a year's pay that low; a day rate stays below
it), otherwise the reading is refused. Hourly rates assume 2,080 hours a year, daily 260 days,
weekly 52; a monthly figure paid more than twelve times a year where the text says so ("1.900 €
brutos mensais (x14)", "14 pagas", "14x", "yılda 2 maaş ikramiye") counts each payment.

FX: `worldhire/data/fx/usd_rates.csv`, approximate mid rates of a stated date (see its SOURCE.md);
each `StatedPay` carries the date of the rate it was converted with.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from importlib import resources

from worldhire.core.models import StatedPay
from worldhire.core.texts import fold
from worldhire.ingest.lexicon import (
    NOT_LETTER_AFTER,
    alternation,
    first_words,
    lower_keeping_length,
    word_positions,
)
from worldhire.ingest.lexicon import pay as words

_MIN_YEARLY_USD = 2_500
# A figure whose currency and period are both written ("₦180,000/month", "Rs. 15,000 per
# month") is pay even where wages are low: a field sales job in Lagos or a stipend in Pune.
_MIN_YEARLY_USD_PERIOD_STATED = 1_000
_MAX_YEARLY_USD = 2_000_000
_YEARLY_WITHOUT_PERIOD_USD = 10_000
_MONTHLY_WITHOUT_PERIOD_USD = 1_500
_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2_080}
# Currencies whose people state monthly pay when they give no period ("8 000 zł netto").
MONTHLY_CUSTOM = frozenset(
    ["PLN", "RON", "UAH", "VND", "IDR", "BRL", "MXN", "COP", "ARS", "CLP", "PEN", "NGN", "KES",
     "EGP", "PHP", "PKR", "BDT", "RSD", "TRY", "MDL", "GHS", "ZAR", "CZK", "HUF", "BGN", "RUB",
     "KZT", "UZS", "KGS", "AMD", "GEL", "XOF", "XAF", "MAD", "TND", "DZD", "THB"]
)  # fmt: skip


@cache
def fx_table() -> dict[str, tuple[float, date]]:
    """ISO code -> (US dollars per unit, date of the rate)."""
    path = resources.files("worldhire") / "data" / "fx" / "usd_rates.csv"
    with path.open(encoding="utf-8") as handle:
        return {
            row["currency"]: (float(row["usd_per_unit"]), date.fromisoformat(row["rate_date"]))
            for row in csv.DictReader(handle)
        }


USD_PER_UNIT: dict[str, float] = {code: rate for code, (rate, _) in fx_table().items()}

_CURRENCY_TOKENS: dict[str, str] = {
    **{code.lower(): code for code in USD_PER_UNIT},
    **words.CURRENCY_WORDS,
}
# A token that ends in a letter must end a word ("zł" not "złożony"); symbols may touch anything.
_TOKEN_END = r"(?:(?<![^\W\d_])|(?![^\W\d_]))"
_CURRENCY = rf"(?:{alternation(_CURRENCY_TOKENS)}){_TOKEN_END}"
_SCALE = rf"(?:{alternation(words.SCALES)}){_TOKEN_END}"
_NUMBER = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)"  # Indian grouping: 12,00,000
    r"|\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)"  # 95.000 / 28 000 / 1,200.50
    r"|\d+(?:[.,]\d+)?"
)
_JOIN = rf"(?:\s*(?:-|–|—|~|\.\.)\s*|\s+(?:{alternation(words.RANGE_JOINERS)})\s+)"


def _amount(n: str) -> str:
    return rf"(?P<{n}>{_NUMBER})(?:\s?(?P<{n}s>{_SCALE}))?"


# Runs on lower-cased text, case-sensitive (see dates.py for why).
_MONEY = re.compile(
    rf"(?<![\w.,])(?:(?P<c1>{_CURRENCY})\s?)?{_amount('a')}(?:\s?(?P<c2>{_CURRENCY}))?"
    rf"(?:{_JOIN}(?:(?P<c3>{_CURRENCY})\s?)?{_amount('b')})?(?:\s?(?P<c4>{_CURRENCY}))?"
)
_PERIOD_WORDS = {w: period for period, ws in words.PERIODS.items() for w in ws}
_PERIOD_ALTERNATION = alternation(_PERIOD_WORDS).replace("/", r"/\s?")  # "EUR / year"
_PERIOD = re.compile(
    rf"(?:(?=/)|(?<![\w/]))(?:{_PERIOD_ALTERNATION})"
    rf"(?:(?<=\.)|{NOT_LETTER_AFTER})"
)
_PAYMENTS_A_YEAR = re.compile(words.PAYMENTS_A_YEAR)
_BASIS_WORDS = {w: basis for basis, ws in words.BASIS.items() for w in ws}
_BASIS = re.compile(rf"(?<![\w.])(?:{alternation(_BASIS_WORDS)})(?:(?<=\.)|{NOT_LETTER_AFTER})")
PAY_CUE = re.compile(
    rf"(?<!\w)(?:{alternation((*words.WEAK_CUES, *words.SALARY_WORDS))}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_SALARY_WORD = re.compile(rf"(?<!\w)(?:{alternation(words.SALARY_WORDS)}){NOT_LETTER_AFTER}")
_SALARY_STARTS = first_words(words.SALARY_WORDS)
_DIGITS = re.compile(r"\d+")
_CURRENCY_BEFORE = re.compile(rf"(?<![\w.,])(?:{_CURRENCY})\s?$")
_YEAR_LIKE = re.compile(r"(?:19[5-9]\d|20\d\d)")
_CONTEXT_CHARS = 40
# Cost to company: the yearly package in India ("CTC 12 LPA"), a monthly one in South Africa.
_YEARLY_UNLESS_SAID = frozenset(["ctc"])


def find_pay(text: str, country: str | None = None, cued: bool = False) -> list[StatedPay]:
    """Every pay figure in `text` that can be read safely, in order. `country` (alpha-2) decides
    a bare "$" or an amount without currency; `cued` says the text is about pay (a line under
    "Expected salary"), which lets an amount without currency take the country's currency."""
    if not text or not any(c.isdigit() for c in text):
        return []
    lowered = lower_keeping_length(text[:5_000])
    salary_words = [
        p for p in word_positions(lowered, _SALARY_STARTS) if _SALARY_WORD.match(lowered, p)
    ]
    found: list[StatedPay] = []
    floor = 0
    for digits in _DIGITS.finditer(lowered):
        if digits.start() < floor:
            continue
        match = _money_at(lowered, digits.start())
        if match is None:
            continue
        floor = match.end()
        line_cued = cued or _cue_before_on_line(lowered, salary_words, match.start())
        pay = _reading(text, lowered, match, country, line_cued)
        if pay is not None:
            found.append(pay)
    return found


def _cue_before_on_line(lowered: str, positions: list[int], at: int) -> bool:
    """A pay word before `at` on its line: it makes a bare amount after it the person's pay
    ("Prétentions : 38 000 brut"); a count before it is none ("je gère 450 bulletins par mois
    ... Prétentions : 38 K€ brut annuel", a paragraph read as one line)."""
    line_start = lowered.rfind("\n", 0, at) + 1
    return any(line_start <= p < at for p in positions)


def _money_at(lowered: str, digit: int) -> re.Match[str] | None:
    """The amount whose number starts at `digit`, with the currency written before it: the big
    pattern is tried only where a number starts (see lexicon.word_positions for why)."""
    before = _CURRENCY_BEFORE.search(lowered, max(0, digit - 8), digit)
    if before is not None:
        match = _MONEY.match(lowered, before.start())
        if match is not None and match.end() > digit:
            return match
    return _MONEY.match(lowered, digit)


def stated_pay(text: str, country: str | None = None, cued: bool = False) -> StatedPay | None:
    """The person's pay statement in `text`. When a line states both local pay and a dollar
    figure ("NGN 900,000 a month, or USD 30,000/year remote"), the dollar figure wins: it is the
    person's own number, with no FX guess; a yearly dollar figure before an hourly or monthly
    one."""
    readings = find_pay(text, country, cued)
    # "KES 85,000 per month (or USD 12 per hour for tutoring)": a bracket's "or" offers a rate
    # for other work; the figure before it is what the person asks
    readings = [p for p in readings if not _offered_aside(text, p)] or readings
    dollars = [p for p in readings if p.currency == "USD"]
    # "180 PLN/hour (≈ USD 45/hour, ≈ USD 90k/year)": the person's own yearly dollars first.
    yearly = [p for p in dollars if p.period == "year" and p.period_stated]
    best = yearly or dollars or readings
    return best[0] if best else None


_ALTERNATIVE_BRACKET = re.compile(
    rf"\(\s*(?:{alternation(words.ALTERNATIVE_WORDS)})\s[^()]*$", re.IGNORECASE
)


def _offered_aside(text: str, pay: StatedPay) -> bool:
    """A figure inside a bracket that opens with "or": another figure than the one asked."""
    if pay.span is None:
        return False
    start = pay.span[0]
    return bool(_ALTERNATIVE_BRACKET.search(text, max(0, start - _CONTEXT_CHARS), start))


# A currency's code beside its amount ("PHP 180,000", "180 000 PHP", "PHP 50k"), not beside a
# version ("PHP 8", "PHP 7.4"): an amount has a thousands group, four digits or a scale.
_AMOUNT = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{4,}|\d+(?:[.,]\d+)?\s?[kKmM]\b"
_AMOUNT_AFTER = re.compile(rf"\s?(?:{_AMOUNT})")
_AMOUNT_BEFORE = re.compile(rf"(?:{_AMOUNT})\s?$")


def is_currency_of_amount(text: str, span: tuple[int, int]) -> bool:
    """Whether `text[span]` is a currency code written beside an amount: the Philippine peso in
    "Salary expectation: PHP 180,000 per month", not the PHP language ("PHP 8, Laravel")."""
    start, end = span
    if text[start:end].lower() not in _CURRENCY_TOKENS:
        return False
    before = text[max(0, start - 16) : start]
    return bool(_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(before))


def parse_pay_usd_year(text: str) -> float | None:
    """A pay statement in `text` as USD per year; None when no reading is safe."""
    pay = stated_pay(text)
    return pay.usd_year if pay is not None else None


def _reading(
    text: str, lowered: str, match: re.Match[str], country: str | None, cued: bool
) -> StatedPay | None:
    marked = any(match.group(g) for g in ("c1", "c2", "c3", "c4", "as", "bs"))
    if not marked and not (cued and country in words.COUNTRY_CURRENCY):
        return None  # a bare number that no currency or pay talk makes money
    low_value = _number(match.group("a"))
    high_value = _number(match.group("b")) if match.group("b") else low_value
    if low_value is None or high_value is None:
        return None
    scale_a, scale_b = match.group("as"), match.group("bs")
    low_scale = _scale(scale_a or (scale_b if low_value < 1_000 else None))
    high_scale = _scale(scale_b or scale_a)
    low, high = low_value * low_scale[0], high_value * high_scale[0]
    if low > high:
        low, high = high, low
    currency = _currency(match, low_scale[1] or high_scale[1], country, cued)
    if currency is None or currency not in USD_PER_UNIT or high <= 0:
        return None
    start, end = match.span()
    tail = lowered[end : _line_end(lowered, end)]
    head = lowered[_line_start(lowered, start) : start]
    scale_period = words.SCALE_PERIOD.get((scale_b or scale_a or "").strip())
    period = scale_period or _period(tail, head)
    basis = _basis(tail, head)
    local_peso = words.LOCAL_DOLLAR_SIGN.get(country or "") or words.OWN_DOLLAR_SIGN.get(
        country or ""
    )
    if currency == "USD" and _dollar_sign_alone(match) and local_peso and (
        _implausible_in_dollars(low, high, period)
        or _plausible_in_local(low, high, period, local_peso)
    ):
        currency = local_peso
    rate, rate_date = fx_table()[currency]
    midpoint_usd = (low + high) / 2 * rate
    period_stated = period is not None
    if period is None:
        period = _inferred_period(midpoint_usd, currency)
        if period is None:
            return None
    payments = _PAYMENTS_A_YEAR.search(tail) if period == "month" else None
    per_year = _payments_a_year(payments) if payments else _PER_YEAR[period]
    usd_year = midpoint_usd * per_year
    floor = _MIN_YEARLY_USD_PERIOD_STATED if period_stated else _MIN_YEARLY_USD
    if not floor <= usd_year <= _MAX_YEARLY_USD:
        return None
    quote_end = end + max(_quoted_tail(tail), payments.end() if payments else 0)
    return StatedPay(
        currency=currency, low=round(low, 2), high=round(high, 2), period=period, basis=basis,
        quote=text[start:quote_end].strip(), usd_year=round(usd_year, -1), fx_date=rate_date,
        period_stated=period_stated, span=(start, quote_end),
    )  # fmt: skip


def _payments_a_year(payments: re.Match[str]) -> int:
    """The monthly payments a year the words say: a count ("14 pagas"), or twelve and the
    salaries paid on top ("yılda 2 maaş ikramiye")."""
    if extra := payments.group("extra"):
        return _PER_YEAR["month"] + int(extra)
    return int(next(g for g in payments.groups() if g))


_SPACES_IN_NUMBER = re.compile(r"[\s\u00a0\u202f'’]")
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")
_THOUSANDS = re.compile(r"(\d{1,3}(?:[ .,]\d{3})+)(?:([.,])(\d{1,2}))?")
_GROUP_MARK = re.compile(r"[ .,]")


def _number(written: str) -> float | None:
    digits = _SPACES_IN_NUMBER.sub(" ", written)
    if _INDIAN_GROUPS.fullmatch(digits):
        return float(digits.replace(",", ""))
    grouped = _THOUSANDS.fullmatch(digits)
    if grouped:
        whole = _GROUP_MARK.sub("", grouped.group(1))
        separators = set(_GROUP_MARK.findall(grouped.group(1)))
        if grouped.group(2) and grouped.group(2) in separators:
            return None  # "1.234.56": the same mark cannot group and split decimals
        if grouped.group(3):
            return float(f"{whole}.{grouped.group(3)}")
        return float(whole)
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def _scale(word: str | None) -> tuple[float, str | None]:
    if not word:
        return 1.0, None
    return words.SCALES.get(word, words.SCALES.get(word.rstrip("."), (1.0, None)))


def _glyph(match: re.Match[str]) -> str | None:
    return next((match.group(g) for g in ("c1", "c2", "c3", "c4") if match.group(g)), None)


def _dollar_sign_alone(match: re.Match[str]) -> bool:
    """A "$" with no "USD" beside it: in "$30 - $50 USD" the code says which dollar it is."""
    tokens = [match.group(g) or "" for g in ("c1", "c2", "c3", "c4")]
    return _glyph(match) == "$" and "usd" not in tokens


def _currency(
    match: re.Match[str], implied: str | None, country: str | None, cued: bool
) -> str | None:
    tokens = [match.group(g) for g in ("c1", "c2", "c3", "c4") if match.group(g)]
    codes: list[str] = []
    for token in tokens:
        code = _CURRENCY_TOKENS.get(token) or _CURRENCY_TOKENS.get(token.rstrip("."))
        if code is None:
            continue
        glued = token in words.GLUED_ONLY
        after = token in words.WRITTEN_AFTER and token in (match.group("c2"), match.group("c4"))
        if (
            glued
            and not after
            and not (token == match.group("c1") and match.group(0)[len(token)].isdigit())
        ):
            continue  # "R 25 000" and "le 2020" are words; "R25 000" and "N500k" are money
        code = words.SHARED_NAMES.get(token, {}).get(country or "", code)
        if token == "pesos" and country in words.LOCAL_DOLLAR_SIGN:
            code = words.LOCAL_DOLLAR_SIGN[country]
        if token == "pesos" and country == "PH":
            code = "PHP"
        codes.append(code)
    # An ISO code beats a symbol that several currencies share: "$25,000 MXN" is pesos.
    explicit = [c for c, t in zip(codes, tokens, strict=False) if t.upper() == c]
    if explicit:
        return explicit[0]
    if codes:
        return codes[0]
    if implied:
        return implied
    if cued and country in words.COUNTRY_CURRENCY and not _YEAR_LIKE.fullmatch(match.group("a")):
        return words.COUNTRY_CURRENCY[country]
    return None


def _implausible_in_dollars(low: float, high: float, period: str | None) -> bool:
    per_year = _PER_YEAR.get(period or "year", 1)
    return (low + high) / 2 * per_year > 1_000_000


# Below this a year's pay in the local peso is less than a minimum wage: "$4,500 USD/mes"
# written as "$4,500 al mes" is dollars; "$18,000.00 (Mensual)" is pesos.
_LEAST_LOCAL_YEAR_USD = 4_000


def _plausible_in_local(low: float, high: float, period: str | None, currency: str) -> bool:
    """A "$" figure that reads as a wage in the local peso: where people write "$" for their
    peso, that is what they mean unless the figure is too small for it."""
    if period is None:
        return False  # "$45,000" alone: a year in dollars as often as in pesos
    per_year = _PER_YEAR.get(period, 1)
    return (low + high) / 2 * per_year * fx_table()[currency][0] >= _LEAST_LOCAL_YEAR_USD


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos, pos + _CONTEXT_CHARS)
    return newline if newline >= 0 else min(len(text), pos + _CONTEXT_CHARS)


def _line_start(text: str, pos: int) -> int:
    newline = text.rfind("\n", max(0, pos - _CONTEXT_CHARS), pos)
    return newline + 1 if newline >= 0 else max(0, pos - _CONTEXT_CHARS)


def _period(tail: str, head: str) -> str | None:
    """The period written nearest after the amount, else the last one before it ("monthly
    salary: 5 000 PLN"), in the same clause."""
    clause_tail = re.split(r"[;|]|,\s(?!\d)|\bor\b|\bou\b|\blub\b|\bsau\b|\boder\b", tail)[0]
    # "CTC" says a year only where no period follows it: "R28 000 CTC per month" is monthly.
    after = sorted(_PERIOD.finditer(clause_tail), key=lambda m: m.group(0) in _YEARLY_UNLESS_SAID)
    if after:
        return _PERIOD_WORDS.get(_folded_key(after[0].group(0), _PERIOD_WORDS))
    # "(2 days/week at the office), €45-55k": a period in an earlier clause is another's
    clause_head = re.split(r"[;|]|,\s(?!\d)", head)[-1]
    before = list(_PERIOD.finditer(clause_head))
    if before:
        return _PERIOD_WORDS.get(_folded_key(before[-1].group(0), _PERIOD_WORDS))
    return None


def _basis(tail: str, head: str) -> str | None:
    found = {
        _BASIS_WORDS.get(_folded_key(m.group(0), _BASIS_WORDS))
        for m in _BASIS.finditer(f"{head} | {tail}")
    }
    if "invoice" in found:
        return "gross"
    if "net" in found:
        return "net"
    return "gross" if "gross" in found else None


def _folded_key(written: str, table: dict[str, str]) -> str:
    """The table key a regex hit came from: spaces collapsed, accents as written or folded."""
    key = " ".join(written.split()).replace("/ ", "/")
    if key in table:
        return key
    return next((k for k in table if fold(k) == fold(key)), key)


def _inferred_period(midpoint_usd: float, currency: str) -> str | None:
    if midpoint_usd >= _YEARLY_WITHOUT_PERIOD_USD:
        return "year"
    if currency in MONTHLY_CUSTOM and midpoint_usd * 12 >= _MIN_YEARLY_USD * 2:
        return "month"
    # "$4000–5500" on a Kyiv job board, "€3.5k" from a contractor: nobody states a year's pay
    # this low, and a day rate stays below it.
    if midpoint_usd >= _MONTHLY_WITHOUT_PERIOD_USD:
        return "month"
    return None


def _quoted_tail(tail: str) -> int:
    """How much of the text after the amount belongs in the quote: period and basis words."""
    end = 0
    hits = sorted(
        [*_PERIOD.finditer(tail[:30]), *_BASIS.finditer(tail[:30])], key=lambda m: m.start()
    )
    for match in hits:
        gap = tail[end : match.start()]
        if re.fullmatch(r"[\s/,.+-]*(?:(?:por|per|pro|na|par|pe|al|ao|a)\s*)?", gap):
            end = max(end, match.end())
    return end
