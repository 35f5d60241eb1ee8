"""The correction form, shared by the candidate's own page (/me/edit) and a recruiter's page for
a profile their company holds (/candidates/{id}/edit): what the form shows, and what it means."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Form

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Candidate
from worldhire.governance.corrections import ProfileCorrection
from worldhire.ingest.shared.country_input import optional_country

FIELDS = ("name", "headline", "summary", "location", "country", "timezone", "email", "phone",
          "years", "links")


def form_of(person: Candidate) -> dict[str, str]:
    years = person.years_experience
    return {"name": person.name, "headline": person.headline, "summary": person.summary,
            "location": person.location or "", "country": person.country or "",
            "timezone": person.timezone or "", "email": person.email or "",
            "phone": person.phone or "", "years": "" if years is None else f"{years:g}",
            "links": "\n".join(person.links)}


@dataclass(frozen=True)
class CorrectionForm:
    name: str = ""
    headline: str = ""
    summary: str = ""
    location: str = ""
    country: str = ""
    timezone: str = ""
    email: str = ""
    phone: str = ""
    years: str = ""
    links: str = ""

    def values(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in FIELDS}

    def correction(self) -> ProfileCorrection:
        """What the form asks to set, or InvalidInput saying which box is wrong."""
        code = optional_country(self.country) or ""
        try:
            years = float(self.years.replace(",", ".")) if self.years.strip() else None
        except ValueError as exc:
            raise InvalidInput("years of experience must be a number, e.g. 4.5") from exc
        return ProfileCorrection(
            name=self.name, headline=self.headline, summary=self.summary,
            location=self.location, country=code, timezone=self.timezone, email=self.email,
            phone=self.phone, years_experience=years, links=tuple(self.links.splitlines()))


def saved_message(changed: list[str]) -> tuple[str, str]:
    """The flash after a save: what changed, or that nothing did."""
    if changed:
        return f"Saved: {', '.join(f.replace('_', ' ') for f in changed)}.", "success"
    return "Nothing changed.", "notice"


def correction_form(
    name: Annotated[str, Form(max_length=200)] = "",
    headline: Annotated[str, Form(max_length=300)] = "",
    summary: Annotated[str, Form(max_length=5000)] = "",
    location: Annotated[str, Form(max_length=200)] = "",
    country: Annotated[str, Form(max_length=60)] = "",
    timezone: Annotated[str, Form(max_length=64)] = "",
    email: Annotated[str, Form(max_length=254)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
    years: Annotated[str, Form(max_length=10)] = "",
    links: Annotated[str, Form(max_length=5000)] = "",
) -> CorrectionForm:
    """The form's boxes as posted (a FastAPI dependency of both pages)."""
    return CorrectionForm(name, headline, summary, location, country, timezone, email, phone,
                          years, links)
