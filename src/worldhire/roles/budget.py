"""A role's budget as a recruiter types it: "140k", "USD 120,000 per year", "€70–85k",
"₹30 LPA", "up to 9 000 PLN a month".

The reader of a post's pay reads it (ingest.posts.fields.pay_in), told that the words are about
pay and that an amount without a currency is in US dollars, since the form asks for dollars
unless another currency is written. Without a period the reader decides: a year for an amount
worth at least USD 10,000, and nothing it cannot read safely ("140" is no salary).
"""

from __future__ import annotations

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Budget
from worldhire.ingest.posts.fields import pay_in
from worldhire.ingest.posts.role import BudgetSpec

EXAMPLES = '"140k", "USD 120,000 per year", "€70–85k" or "₹30 LPA"'


def budget_from_text(text: str) -> BudgetSpec | None:
    """The budget written in `text`; None for a blank field. InvalidInput, saying how to write
    one, when no pay figure can be read."""
    written = " ".join(text.split())
    if not written:
        return None
    pay = pay_in(written, "US", cued=True)
    if pay is None:
        raise InvalidInput(f"budget: cannot read {written!r} as pay; write an amount, with its "
                           f"currency and period when they are not US dollars a year, such as "
                           f"{EXAMPLES}")
    return BudgetSpec.model_validate({
        "currency": pay.currency, "high": pay.high, "low": pay.low, "period": pay.period,
        "basis": pay.basis, "quote": written[:200],
    })


def budget_text(budget: Budget | None, usd_year: float | None) -> str:
    """A budget written back for the form: the words it was read from, else its figures."""
    if budget is not None:
        if budget.quote:
            return budget.quote
        low = f"{budget.low:,.0f}–" if budget.low is not None and budget.low != budget.high \
            else ""
        return f"{budget.currency} {low}{budget.high:,.0f} per {budget.period}"
    return f"USD {usd_year:,.0f} per year" if usd_year is not None else ""
