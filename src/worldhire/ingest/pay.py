"""Pay expectations to US dollars a year.

Accepted: an amount with a currency ("USD 48,000", "$4,000", "€3.5k", "₹30 LPA", "PLN 20 000"), a
period ("/year", "per month", "monthly", "/hr", "p.a."), ranges ("$40-50k" reads as the midpoint).
Indian "LPA"/"lakh"/"crore" imply rupees per year. A bare "$" is the US dollar ("R$" and "MX$"
are not). Without a period, an amount worth at least USD 10,000 is taken as yearly; anything less
is ambiguous and gives None. Hourly rates assume 2,080 hours a year, daily rates 260 days.

FX: a small static table of approximate mid-2025 rates (USD per unit). They drift by a few percent
a year, which is well inside the band a pay-fit check uses; update `USD_PER_UNIT` to refresh.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

USD_PER_UNIT: dict[str, float] = {
    "USD": 1.0, "EUR": 1.12, "GBP": 1.32, "CHF": 1.20, "CAD": 0.73, "AUD": 0.65,
    "INR": 0.0117, "PLN": 0.26, "RON": 0.22, "RSD": 0.0096, "UAH": 0.024, "VND": 0.000039,
    "PHP": 0.0175, "BRL": 0.18, "MXN": 0.053, "NGN": 0.00065, "KES": 0.0077, "EGP": 0.020,
    "CZK": 0.045, "HUF": 0.0028, "TRY": 0.026, "PKR": 0.0036, "BDT": 0.0082, "IDR": 0.000061,
    "ZAR": 0.055, "ARS": 0.00085, "COP": 0.00024, "SGD": 0.77, "AED": 0.27,
}  # fmt: skip

# Symbols and words, longest first so "R$" wins over "$".
_CURRENCY_TOKENS: tuple[tuple[str, str], ...] = (
    ("us$", "USD"),
    ("r$", "BRL"),
    ("mx$", "MXN"),
    ("mxn$", "MXN"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("ksh", "KES"),
    ("kshs", "KES"),
    ("e£", "EGP"),
    ("le", "EGP"),
    ("zł", "PLN"),
    ("zl", "PLN"),
    ("lei", "RON"),
    ("rs.", "INR"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("₹", "INR"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₴", "UAH"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₦", "NGN"),
    ("dollars", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("din", "RSD"),
    ("dinars", "RSD"),
    ("hryvnia", "UAH"),
    ("pesos", "MXN"),
    ("naira", "NGN"),
    ("$", "USD"),
)
_CODE = "|".join(sorted(USD_PER_UNIT, key=len, reverse=True))
_SYMBOL = "|".join(re.escape(t) for t, _ in sorted(_CURRENCY_TOKENS, key=lambda t: -len(t[0])))
_CURRENCY = rf"(?:\b(?:{_CODE})\b|{_SYMBOL})"
_NUMBER = r"\d{1,3}(?:[ ,.\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:k|m|mn|million|thousand|lpa|lakhs?|lacs?|crores?|cr)\b"


def _amount(number: str, scale: str) -> str:
    return rf"(?P<{number}>{_NUMBER})\s*(?P<{scale}>{_SCALE})?"


_PAY_RE = re.compile(
    rf"(?P<cur1>{_CURRENCY})?\s*{_amount('a', 'sa')}"
    rf"(?:\s*(?:-|–|—|to)\s*(?P<cur2>{_CURRENCY})?\s*{_amount('b', 'sb')})?"
    rf"\s*(?P<cur3>{_CURRENCY})?",
    re.IGNORECASE,
)
_YEAR = re.compile(
    r"/\s*(?:year|yr|y|annum|a)\b|per\s+(?:year|annum)|\bp\.?\s?a\b|annual|yearly|a year"
    r"|\bctc\b|lpa|/\s*ano\b|anual",
    re.I,
)
_MONTH = re.compile(
    r"/\s*(?:month|mo|mth|m)\b|per\s+month|monthly|a month|\bpm\b|\bp\.?m\.|/\s*m[eê]s\b|mensal",
    re.I,
)
_HOUR = re.compile(r"/\s*(?:hour|hr|h)\b|per\s+hour|hourly|an hour|\bph\b", re.I)
_DAY = re.compile(r"/\s*(?:day|d)\b|per\s+day|daily|a day", re.I)
PAY_CUE = re.compile(
    r"expect|salary|compensation|desired|\bpay\b|\brate\b|\bctc\b|\blpa\b|looking for"
    r"|\bbudget\b|remuneration",
    re.IGNORECASE,
)
_MIN_YEARLY_USD = 10_000
_MAX_YEARLY_USD = 2_000_000


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    lowered = token.lower()
    if lowered.upper() in USD_PER_UNIT:
        return lowered.upper()
    return next((code for t, code in _CURRENCY_TOKENS if t == lowered), None)


def _number(text: str) -> float | None:
    digits = text.replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", digits):
        return float(re.sub(r"[ ,.]", "", digits))
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+[.,]\d+", digits):
        return (
            float(re.sub(r"[ ,.]", "", digits[:-3]) + "." + digits[-2:])
            if digits[-3] in ".,"
            else None
        )
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def _scaled(value: float, scale: str | None) -> tuple[float, bool]:
    """(value, implies rupees per year)."""
    s = (scale or "").lower()
    if s == "k" or s == "thousand":
        return value * 1_000, False
    if s in {"m", "mn", "million"}:
        return value * 1_000_000, False
    if s in {"lpa", "lakh", "lakhs", "lac", "lacs"}:
        return value * 100_000, True
    if s in {"crore", "crores", "cr"}:
        return value * 10_000_000, True
    return value, False


def parse_pay_usd_year(text: str) -> float | None:
    """A pay statement in `text` as USD per year; None when no reading is safe. When a line
    states both local pay and a dollar figure ("NGN 900,000 a month, or USD 30,000/year
    remote"), the dollar figure wins: it is the person's own number, with no FX guess."""
    readings = list(_readings(text))
    dollars = [usd for currency, usd in readings if currency == "USD"]
    if dollars:
        return dollars[0]
    return readings[0][1] if readings else None


def _readings(text: str) -> Iterator[tuple[str, float]]:
    for match in _PAY_RE.finditer(text[:2_000]):
        currency = _currency(match.group("cur1") or match.group("cur2") or match.group("cur3"))
        scale_a, scale_b = match.group("sa"), match.group("sb")
        first = _number(match.group("a"))
        if first is None:
            continue
        low, rupee_year = _scaled(first, scale_a or scale_b)
        high = low
        if match.group("b"):
            second = _number(match.group("b"))
            if second is None:
                continue
            high, rupee_year_b = _scaled(second, scale_b or scale_a)
            rupee_year = rupee_year or rupee_year_b
        if rupee_year:
            currency = currency or "INR"
        if currency is None:
            continue
        amount = (low + high) / 2 * USD_PER_UNIT[currency]
        tail = text[match.start() : match.end() + 25]
        yearly = _to_yearly(amount, tail, rupee_year)
        if yearly is not None and _MIN_YEARLY_USD / 4 <= yearly <= _MAX_YEARLY_USD:
            yield currency, round(yearly, -1)


def _to_yearly(amount: float, tail: str, rupee_year: bool) -> float | None:
    if rupee_year or _YEAR.search(tail):
        return amount
    if _MONTH.search(tail):
        return amount * 12
    if _HOUR.search(tail):
        return amount * 2_080
    if _DAY.search(tail):
        return amount * 260
    return amount if amount >= _MIN_YEARLY_USD else None
