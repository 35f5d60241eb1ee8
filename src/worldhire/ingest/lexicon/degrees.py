"""Names of degrees as résumés write them in the hiring regions' languages ("B.Tech", "MSc",
"licencjat", "магістр", "licență", "cử nhân", "sarjana"): regex alternatives, matched whole-word
and case-insensitively by the patterns that compose them (a dated entry about study, a sentence
that tells a degree rather than a job)."""

from __future__ import annotations

DEGREES = (
    r"b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|mba|ph\.?\s?d|bachelor\w*|degree|diploma|"
    r"mestrado|graduação|licencjat|magister\w*|бакалавр\w*|магістр\w*|licen[țt][ăa]|dipl[ôo]me|"
    r"licence|abitur|cử nhân|thạc sĩ|sarjana"
)
