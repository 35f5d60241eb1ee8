"""Pay as people write it (issue 15, item 3): structured readings and US dollars a year."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.shared.pay import (
    USD_PER_UNIT,
    find_pay,
    fx_table,
    parse_pay_usd_year,
    stated_pay,
)


def usd(amount: float, currency: str, per_year: int = 1) -> float:
    return amount * USD_PER_UNIT[currency] * per_year


@pytest.mark.parametrize(
    ("text", "currency", "low", "high", "period", "basis"),
    [
        # The examples of issue 15.
        ("28 000 PLN netto/mies.", "PLN", 28_000, 28_000, "month", "net"),
        ("US$ 95.000 por ano", "USD", 95_000, 95_000, "year", None),
        ("up to USD 120,000 per year", "USD", 120_000, 120_000, "year", None),
        ("₹30 LPA", "INR", 3_000_000, 3_000_000, "year", None),
        # Local currencies, separators, scales and periods in the ten languages.
        ("15 000 zł brutto miesięcznie", "PLN", 15_000, 15_000, "month", "gross"),
        ("20-25k PLN netto + VAT (B2B)", "PLN", 20_000, 25_000, "month", "gross"),
        ("od 20 000 do 25 000 zł na miesiąc", "PLN", 20_000, 25_000, "month", None),
        ("R$ 15.000/mês", "BRL", 15_000, 15_000, "month", None),
        ("R$ 8 mil líquidos por mês", "BRL", 8_000, 8_000, "month", "net"),
        ("€ 30.000 brutos por ano", "EUR", 30_000, 30_000, "year", "gross"),
        ("40.000 € brutos anuales", "EUR", 40_000, 40_000, "year", "gross"),
        ("$25,000 MXN mensuales", "MXN", 25_000, 25_000, "month", None),
        ("4.500.000 COP al mes", "COP", 4_500_000, 4_500_000, "month", None),
        ("10.000 lei net pe lună", "RON", 10_000, 10_000, "month", "net"),
        ("5000 RON brut lunar", "RON", 5_000, 5_000, "month", "gross"),
        ("50 000 грн на місяць", "UAH", 50_000, 50_000, "month", None),
        ("2 500 $ на місяць", "USD", 2_500, 2_500, "month", None),
        ("45k€ brut annuel", "EUR", 45_000, 45_000, "year", "gross"),
        ("3 500 € net par mois", "EUR", 3_500, 3_500, "month", "net"),
        ("60.000 € brutto/Jahr", "EUR", 60_000, 60_000, "year", "gross"),
        ("70.000 - 80.000 EUR jährlich", "EUR", 70_000, 80_000, "year", None),
        ("5.000 € brutto pro Monat", "EUR", 5_000, 5_000, "month", "gross"),
        ("25 triệu/tháng", "VND", 25_000_000, 25_000_000, "month", None),
        ("30.000.000 VNĐ gross mỗi tháng", "VND", 30_000_000, 30_000_000, "month", "gross"),
        ("Rp 15 juta per bulan", "IDR", 15_000_000, 15_000_000, "month", None),
        ("Rp15.000.000 - Rp20.000.000 /bulan", "IDR", 15_000_000, 20_000_000, "month", None),
        ("KSh 250,000 per month", "KES", 250_000, 250_000, "month", None),
        ("₦1.2m monthly", "NGN", 1_200_000, 1_200_000, "month", None),
        ("E£ 30k/month", "EGP", 30_000, 30_000, "month", None),
        ("₹12,00,000 CTC", "INR", 1_200_000, 1_200_000, "year", "gross"),
        # CTC is yearly only where no period follows it
        ("ZAR 28 000 – 30 000 CTC per month", "ZAR", 28_000, 30_000, "month", "gross"),
        ("₹1,20,000 CTC monthly", "INR", 120_000, 120_000, "month", "gross"),
        ("12 lakh per annum", "INR", 1_200_000, 1_200_000, "year", None),
        ("PHP 80,000 monthly", "PHP", 80_000, 80_000, "month", None),
        ("48.000 EUR / year", "EUR", 48_000, 48_000, "year", None),
        ("Rate: $35/hr", "USD", 35, 35, "hour", None),
        ("TJM : 500 €", "EUR", 500, 500, "day", None),
    ],
)
def test_stated_pay(
    text: str, currency: str, low: float, high: float, period: str, basis: str | None
) -> None:
    pay = stated_pay(text)
    assert pay is not None, text
    assert (pay.currency, pay.low, pay.high, pay.period, pay.basis) == (
        currency, low, high, period, basis,
    )  # fmt: skip
    assert pay.span is not None and text[pay.span[0] : pay.span[1]] == pay.quote
    assert pay.fx_date == fx_table()[currency][1]


def test_usd_year_uses_the_table_and_the_period() -> None:
    pay = stated_pay("28 000 PLN netto/mies.")
    assert pay is not None and pay.usd_year == pytest.approx(usd(28_000, "PLN", 12), rel=0.001)
    assert pay.describe().startswith("28,000 PLN net/month ≈ USD ")
    assert pay.describe().endswith(f"/yr at the {pay.fx_date} rate")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Expected salary: USD 48,000/year", 48_000),
        ("$4,000/month", 48_000),
        ("Expecting 25-30 LPA", usd(2_750_000, "INR")),
        ("€45k per year", usd(45_000, "EUR")),
        ("$40-50k", 45_000),
        ("Rate: $35/hr", 72_800),
        ("PLN 20 000 per month", usd(20_000, "PLN", 12)),
        ("NGN 900,000 per month locally, or USD 30,000/year remote", 30_000),
    ],
)
def test_pay_to_usd_year(text: str, expected: float) -> None:
    assert parse_pay_usd_year(text) == pytest.approx(expected, rel=0.002, abs=10)


def test_amount_without_a_period_is_monthly_where_that_is_the_custom() -> None:
    pay = stated_pay("Oczekiwania finansowe: 12 000 zł netto")
    assert pay is not None and (pay.period, pay.period_stated) == ("month", False)
    assert "(assumed)" in pay.describe()


def test_amount_without_currency_takes_the_country_currency_only_under_a_cue() -> None:
    pay = stated_pay("Oczekiwania finansowe: 12 000 netto", country="PL")
    assert pay is not None and pay.currency == "PLN"
    assert stated_pay("Zespół 12 000 osób", country="PL") is None


def test_dollar_sign_is_the_local_peso_when_dollars_are_implausible() -> None:
    pay = stated_pay("Pretensión salarial: $120,000 mensuales", country="MX")
    assert pay is not None and pay.currency == "MXN"
    dollars = stated_pay("Pretensión salarial: $4,000 mensuales", country="MX")
    assert dollars is not None and dollars.currency == "USD"


@pytest.mark.parametrize(
    ("text", "country"),
    [("Budget $30 - $50 USD / hour", "AU"), ("Salario: $120,000 USD anuales", "MX")],
)
def test_a_dollar_sign_beside_a_written_usd_stays_us_dollars(text: str, country: str) -> None:
    """Where "$" is the local dollar or peso, a "USD" written beside it says which one it is."""
    pay = stated_pay(text, country=country)
    assert pay is not None and pay.currency == "USD"


@pytest.mark.parametrize(
    ("text", "country", "currency", "period"),
    [("Prétention salariale : 500 000 FCFA net par mois", "CI", "XOF", "month"),
     ("800 000 FCFA / mois", "CM", "XAF", "month"),
     ("Salaire souhaité : 18 000 DH net par mois", "MA", "MAD", "month"),
     ("Prétentions salariales : 4 500 DT net par mois", "TN", "TND", "month"),
     ("Attentes salariales : 58 000 $ par année", "CA", "CAD", "year"),
     ("Pretenții salariale: 6.000 lei net pe lună.", "RO", "RON", "month"),
     ("15 000 dirhams par mois", "AE", "AED", "month")],
)  # fmt: skip
def test_francophone_african_and_canadian_pay_is_read_in_the_persons_currency(
    text: str, country: str, currency: str, period: str
) -> None:
    """The CFA franc is the West African one unless the person lives in Central Africa; a "$"
    in Canada is a Canadian dollar; "DH" and "DT" after an amount are dirhams and dinars."""
    pay = stated_pay(text, country=country)
    assert pay is not None and (pay.currency, pay.period) == (currency, period)


@pytest.mark.parametrize("text", ["DH 5 mission", "the DT 2020 report", "5 dh"])
def test_dirham_and_dinar_letters_alone_are_no_money(text: str) -> None:
    assert parse_pay_usd_year(text) is None


@pytest.mark.parametrize(
    "text",
    ["Salary: 5000", "grew revenue 40%", "USD 300", "team of 12", "R 2 team", "le 2020",
     "Managed 1,5 mln VND petty cash", "1.234.56 EUR"],
)  # fmt: skip
def test_unsure_pay_is_none(text: str) -> None:
    assert parse_pay_usd_year(text) is None


# --- properties ---------------------------------------------------------------------------

_STYLES = {
    "PLN": ("{n} zł", "{n} PLN", "PLN {n}"),
    "EUR": ("{n} €", "€{n}", "{n} EUR"),
    "BRL": ("R$ {n}", "{n} reais"),
    "UAH": ("{n} грн", "{n} UAH"),
    "USD": ("${n}", "USD {n}", "US$ {n}", "{n} USD"),
    "RON": ("{n} lei", "{n} RON"),
    "INR": ("₹{n}", "INR {n}"),
    "XOF": ("{n} FCFA", "{n} F CFA", "{n} francs CFA"),
    "MAD": ("{n} DH", "{n} dirhams", "{n} MAD"),
    "TND": ("{n} DT", "{n} dinars", "{n} TND"),
}
_PERIODS = {
    "month": ("/month", " por mês", " miesięcznie", " pro Monat", "/tháng", " per bulan",
              " на місяць", " pe lună", " par mois"),
    "year": ("/year", " por ano", " rocznie", " jährlich", " per tahun", " p.a.", " par an",
             " par année"),
}  # fmt: skip


def _grouped(value: int, separator: str) -> str:
    return f"{value:,}".replace(",", separator)


@given(
    st.sampled_from(sorted(_STYLES)), st.integers(0, 3), st.sampled_from(sorted(_PERIODS)),
    st.integers(0, 8), st.integers(1_000, 500_000), st.sampled_from([",", ".", " ", "\u00a0"]),
)  # fmt: skip
def test_written_pay_round_trips(
    currency: str, style: int, period: str, period_style: int, value: int, separator: str
) -> None:
    styles, periods = _STYLES[currency], _PERIODS[period]
    written = styles[style % len(styles)].format(n=_grouped(value, separator))
    text = f"Expected salary: {written}{periods[period_style % len(periods)]}"
    yearly = usd(value, currency, 12 if period == "month" else 1)
    pay = stated_pay(text)
    if not 2_500 <= yearly <= 2_000_000:
        assert pay is None or pay.usd_year is not None
        return
    assert pay is not None, text
    assert (pay.currency, pay.low, pay.period) == (currency, value, period)
    assert pay.usd_year == pytest.approx(yearly, rel=0.001, abs=10)


@given(st.text(max_size=300), st.sampled_from([None, "PL", "MX", "IN", "VN"]))
def test_any_text_gives_sane_readings(text: str, country: str | None) -> None:
    for pay in find_pay(text, country):
        assert pay.low <= pay.high
        assert pay.span is not None and 0 <= pay.span[0] < pay.span[1] <= len(text)
        assert pay.usd_year is not None and 2_500 <= pay.usd_year <= 2_000_000
        assert pay.fx_date is not None and pay.fx_date <= date.today()


@given(st.text(alphabet="0123456789 .,-–k$€złPLNRs₹/monthyear", max_size=60))
def test_number_soup_never_raises(text: str) -> None:
    find_pay(text, "PL", cued=True)
