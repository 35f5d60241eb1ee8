"""What people type into the web forms, read the way they mean it."""

from __future__ import annotations

from worldhire.ingest.geo import country_code


def country_of(text: str) -> str | None:
    """The alpha-2 code of a country typed into a box: a code in any case ("de", "DE") or a name
    in any language the parser knows ("Germany", "Deutschland", "Viet Nam"); None if unknown.
    A name is never cut to its first two letters ("Germany" is DE, not Georgia)."""
    text = text.strip()
    return country_code(text.upper() if len(text) == 2 else text)


def countries_of(text: str) -> tuple[list[str], list[str]]:
    """The codes of a comma- or semicolon-separated list of countries, and what was not one."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        code = country_of(part)
        if code is None:
            unknown.append(part.strip())
        elif code not in codes:
            codes.append(code)
    return codes, unknown
