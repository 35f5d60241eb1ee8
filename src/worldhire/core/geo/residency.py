"""Data residency: the region where a person's data is stored (worldhire.store.sql.regional),
from their country: EU for the EU/EEA (one legal area for personal data under the GDPR), the
country itself elsewhere."""

from __future__ import annotations

import re

from worldhire.core.errors import InvalidInput
from worldhire.core.geo.countries import eea_members

# Data residency's regions: where a person's data is stored (worldhire.store.sql.regional).
UNKNOWN_REGION = "GLOBAL"
REGION_CODE = re.compile(r"^[A-Z]{2,8}$")


def region_for_country(country: str | None) -> str:
    """EU for the EU/EEA, the ISO code for every other country, GLOBAL when it is not known."""
    if not country:
        return UNKNOWN_REGION
    code = country.strip().upper()
    if code in eea_members():
        return "EU"
    return code if re.fullmatch(r"[A-Z]{2}", code) else UNKNOWN_REGION


def check_region(region: str) -> str:
    code = region.strip().upper()
    if not REGION_CODE.match(code):
        raise InvalidInput(f"{region!r} is not a region code (EU, IN, US, ...)")
    return code
