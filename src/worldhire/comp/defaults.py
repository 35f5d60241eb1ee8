"""What a pay question assumes about what its asker left out. The pay page, the market page, the
API and the CLI all fill the gaps from here, so one title, level and country reads the same
figure everywhere (they once differed: the pay page assumed a US company, the API and the CLI a
local one and an office job, and a Ukrainian senior ML engineer's p50 differed between pages).

Plain Python (no comp extra), so every shell can name these in its options.
"""

from __future__ import annotations

from typing import Final, Literal

# worldhire hires across borders: the person works remotely for the company.
REMOTE_RATIO: Final[Literal[0, 50, 100]] = 100
COMPANY_SIZE: Final[Literal["S", "M", "L"]] = "M"
# No company country given (a role that names none, a blank field): a company in the person's
# own country, so the figure is the local market's pay with no cross-border fee.
LOCAL_COMPANY_NOTE: Final = "blank: a company in each person's own country"
