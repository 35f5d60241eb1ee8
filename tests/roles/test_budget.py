"""A budget as typed in the role form: the pay reader's words, US dollars by default, and a
message that says how to write one when nothing can be read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Budget
from worldhire.roles.budget import budget_from_text, budget_text


@pytest.mark.parametrize(("typed", "currency", "low", "high", "period"), [
    ("140k", "USD", 140_000, 140_000, "year"),
    ("USD 120,000 per year", "USD", 120_000, 120_000, "year"),
    ("₹30 LPA", "INR", 3_000_000, 3_000_000, "year"),
    ("120-140k", "USD", 120_000, 140_000, "year"),
    ("€70–85k", "EUR", 70_000, 85_000, "year"),
    ("$150,000", "USD", 150_000, 150_000, "year"),
    ("up to 9 000 PLN a month", "PLN", None, 9_000, "month"),
    ("  140 k ", "USD", 140_000, 140_000, "year"),
])  # fmt: skip
def test_budgets_as_people_type_them(typed: str, currency: str, low: float | None,
                                     high: float, period: str) -> None:
    budget = budget_from_text(typed)
    assert budget is not None
    assert (budget.currency, budget.low, budget.high, budget.period) == (currency, low, high,
                                                                         period)
    assert budget.quote == " ".join(typed.split())


def test_rupees_are_converted_for_the_pay_filter() -> None:
    budget = budget_from_text("₹30 LPA")
    assert budget is not None and 20_000 < budget.usd_year() < 60_000


@pytest.mark.parametrize("typed", ["140", "lots", "competitive", "140 bananas", "-5"])
def test_what_is_no_salary_is_refused_with_examples(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        budget_from_text(typed)
    message = str(refused.value)
    assert "cannot read" in message and '"140k"' in message and "₹30 LPA" in message
    assert "Input should" not in message


def test_a_blank_budget_is_none() -> None:
    assert budget_from_text("   ") is None


@given(st.integers(min_value=20, max_value=900))
def test_thousands_read_the_same_in_any_usual_writing(thousands: int) -> None:
    for typed in (f"{thousands}k", f"{thousands * 1000:,}", f"USD {thousands * 1000}"):
        budget = budget_from_text(typed)
        assert budget is not None and budget.high == thousands * 1000, typed
        assert budget.currency == "USD" and budget.period == "year"


@given(st.text(max_size=60))
def test_any_text_is_a_budget_or_a_clear_refusal(typed: str) -> None:
    try:
        budget = budget_from_text(typed)
    except InvalidInput as exc:
        assert "cannot read" in str(exc)
    else:
        assert budget is None or budget.high > 0


def test_a_budget_is_written_back_as_its_words_or_figures() -> None:
    assert budget_text(Budget("EUR", 85_000, 70_000, "year", quote="€70–85k"), 91_300) == \
        "€70–85k"
    assert budget_text(Budget("PLN", 9_000, None, "month"), 30_000) == "PLN 9,000 per month"
    assert budget_text(None, 120_000) == "USD 120,000 per year"
    assert budget_text(None, None) == ""
