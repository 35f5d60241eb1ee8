"""Likely duplicates: profiles of one pool that may be the same person although the importer
did not join them (their names disagreed, a phone was all they shared, or only the name and the
country are the same). A person checks them; nothing here joins anyone."""

from __future__ import annotations

from collections.abc import Iterable

from worldhire.identity.keys import EMAIL, LINK, NAME, PHONE

_SAID = {EMAIL: "same e-mail address", LINK: "same profile link", PHONE: "same phone number"}


def search_keys(keys: Iterable[str]) -> list[str]:
    """The stored keys another profile is looked up by: its e-mail addresses, profile links,
    phone numbers and names."""
    return [k for k in keys if k.partition(":")[0] in (*_SAID, NAME)]


def reasons(mine: Iterable[str], theirs: Iterable[str], *, same_country: bool) -> list[str]:
    """Why two profiles may be one person, strongest first; a shared name counts only in the
    same country (a name alone is shared by many people)."""
    shared = set(search_keys(mine)) & set(search_keys(theirs))
    said = [text for kind, text in _SAID.items()
            if any(k.partition(":")[0] == kind for k in shared)]
    if same_country and any(k.partition(":")[0] == NAME for k in shared):
        said.append("same name and country")
    return said
