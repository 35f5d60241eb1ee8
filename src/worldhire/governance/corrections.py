"""Corrections to what the parser read: the fields a person (or the company that holds their
profile) may set by hand, each checked as strictly as the parser checks what it reads, applied
in place and named in the audit log."""

from __future__ import annotations

from dataclasses import dataclass, fields

from worldhire.core.contact import mail_address, web_link
from worldhire.core.errors import InvalidInput
from worldhire.core.geo.zones import is_timezone
from worldhire.core.models import Candidate, utcnow

MAX_LINKS = 20


@dataclass(frozen=True)
class ProfileCorrection:
    """The fields to set; None leaves a field as it is, an empty text clears it."""

    name: str | None = None
    headline: str | None = None
    summary: str | None = None
    location: str | None = None
    country: str | None = None  # ISO alpha-2
    timezone: str | None = None  # IANA name
    email: str | None = None
    phone: str | None = None
    years_experience: float | None = None
    links: tuple[str, ...] | None = None


def _checked(correction: ProfileCorrection) -> dict[str, object]:
    """Each given field as it will be stored, or InvalidInput saying which one is wrong."""
    out: dict[str, object] = {}
    for f in fields(correction):
        value = getattr(correction, f.name)
        if value is None:
            continue
        if isinstance(value, str):
            value = value.strip()
        out[f.name] = value
    if out.get("name") == "":
        raise InvalidInput("the name cannot be empty")
    country = out.get("country")
    if isinstance(country, str) and country and not (len(country) == 2 and country.isalpha()):
        raise InvalidInput(f"country {country!r} is not a two-letter ISO code")
    if isinstance(country, str):
        out["country"] = country.upper() or None
    zone = out.get("timezone")
    if isinstance(zone, str):
        if zone and not is_timezone(zone):
            raise InvalidInput(f"{zone!r} is not a time zone: write one like Europe/Warsaw")
        out["timezone"] = zone or None
    email = out.get("email")
    if isinstance(email, str):
        if email and mail_address(email) is None:
            raise InvalidInput(f"{email!r} is not one e-mail address")
        out["email"] = mail_address(email) if email else None
    for key in ("phone", "location"):
        if out.get(key) == "":
            out[key] = None
    years = out.get("years_experience")
    if isinstance(years, float) and not 0 <= years <= 70:
        raise InvalidInput("years of experience must be between 0 and 70")
    links = out.get("links")
    if isinstance(links, tuple):
        kept = [link.strip() for link in links if link.strip()]
        bad = [link for link in kept if web_link(link) is None]
        if bad:
            raise InvalidInput(f"{bad[0]!r} is not a web link (http or https with a host)")
        if len(kept) > MAX_LINKS:
            raise InvalidInput(f"at most {MAX_LINKS} links")
        out["links"] = list(dict.fromkeys(kept))
    return out


def apply_correction(candidate: Candidate, correction: ProfileCorrection) -> list[str]:
    """Sets the corrected fields on the profile; returns the names of those that changed."""
    changed = []
    for name, value in _checked(correction).items():
        if getattr(candidate, name) != value:
            setattr(candidate, name, value)
            changed.append(name)
    if changed:
        candidate.updated_at = utcnow()
    return changed
