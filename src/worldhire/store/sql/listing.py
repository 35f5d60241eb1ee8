"""The words of a list row's scope, indexed beside its list terms (on SQLite the second column of
the listing index, migration 0024; on PostgreSQL marked words of the listing table's tsvector,
migration 0025): whose the profile is (a tenant's, or the platform's with or without consent to
matching) and its country. A word filter, a company's scope and a country are then one query of
the full-text index, and a page's count is the index's count: counting 'python' in a company's
pool of 30,000 joined each of 10,000 matches to its profile (35 ms of the page's 48 ms of CPU
on SQLite, most of 60 ms of server time on PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_

# The listing index's columns (migration 0024).
TERMS_COLUMN = "list_terms"
SCOPE_COLUMN = "list_scope"
# A platform profile whose latest word on matching is a yes (in every company's pool), or not.
PLATFORM_POOL = "platformpool"
PLATFORM_ONLY = "platformonly"
# What marks a scope word in PostgreSQL's listing tsvector (migration 0025): no term holds it
# (core.texts.TERM), so a term's prefix never matches a scope word.
SCOPE_MARK = "~"


def _word(text: str) -> str:
    """One token of the index's tokenizer (letters and digits only)."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def tenant_word(tenant_id: str) -> str:
    return f"tenant{_word(tenant_id)}"


def country_word(country: str | None) -> str:
    return f"country{_word(country or '')}"


def list_scope(tenant_id: str | None, matching_consent: bool, country: str | None) -> str:
    """A profile's scope words, written with its list terms."""
    owner = tenant_word(tenant_id) if tenant_id else (
        PLATFORM_POOL if matching_consent else PLATFORM_ONLY)
    return f"{owner} {country_word(country)}"


def listing_match(wanted: Sequence[str], scope: Sequence[Sequence[str]] = (), *,
                  whole: bool = False) -> str:
    """The FTS5 query for rows whose list terms begin with each of `wanted` (are each of them,
    `whole`) and whose scope words hold one of each group of `scope` (e.g. [[tenant,
    PLATFORM_POOL], [country]]). The words are the index's own tokens (core.texts.terms, the
    *_word functions): none is an operator."""
    tail = "" if whole else "*"
    parts = [f"{TERMS_COLUMN} : (" + " AND ".join(f'"{term}"{tail}' for term in wanted) + ")"]
    parts += [f"{SCOPE_COLUMN} : (" + " OR ".join(f'"{w}"' for w in group) + ")"
              for group in scope]
    return " AND ".join(parts)


def listing_tsquery(wanted: Sequence[str], scope: Sequence[Sequence[str]] = ()) -> str:
    """PostgreSQL's form of listing_match: a tsquery's text over the listing table's lexemes as
    they are (each wanted term a prefix, each scope word marked), so no parser stands between
    the stored terms and the query's. The words are the index's own tokens: none holds a quote."""
    parts = [f"'{term}':*" for term in wanted]
    parts += ["(" + " | ".join(f"'{SCOPE_MARK}{w}'" for w in group) + ")" for group in scope]
    return " & ".join(parts)


def listing_checks(terms: Any, scope_words: Any, wanted: Sequence[str],
                   scope: Sequence[Sequence[str]] = ()) -> list[Any]:
    """SQLite's predicates over a text row's list terms and scope words (columns `terms` and
    `scope_words`, as the row stores them: single spaces between words) that hold where
    listing_match would match the row, read from the row itself instead of the index: each of
    `wanted` begins one of its terms (found anywhere first: most rows lack it, and that check
    builds no string), one word of each group of `scope` is one of its scope words."""
    checks: list[Any] = []
    for term in wanted:
        checks += [func.instr(terms, term) > 0, func.instr(" " + terms, f" {term}") > 0]
    spaced = " " + scope_words + " "
    checks += [or_(*(func.instr(spaced, f" {word} ") > 0 for word in group)) for group in scope]
    return checks
