"""Where a person's data resides: the region whose database holds their rows when the store keeps
one per region (WORLDHIRE_RESIDENCY=regions; their country's otherwise, core.geo.residency), and
an operator's move of it to another region."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.core.geo.residency import region_for_country
from worldhire.core.models import Candidate
from worldhire.governance.errors import GovernanceError
from worldhire.store.protocol import Repository


@dataclass(frozen=True)
class Residency:
    region: str
    stored_by_region: bool
    location: str | None  # the region's database, where the store keeps one per region


def region_of(repo: Repository, candidate: Candidate) -> str:
    """The region the person's data is stored in, or would be by their country."""
    return repo.region_of(candidate.id) or region_for_country(candidate.country)


def residency(repo: Repository, candidate_id: str, *, move_to: str | None = None) -> Residency:
    """A person's residency, after moving their data to `move_to`'s database if given (refused
    while the store keeps one database for everyone)."""
    candidate = repo.get_candidate(candidate_id)
    if candidate is None:
        raise GovernanceError(f"no candidate with id {candidate_id!r}")
    if move_to is not None:
        repo.set_region(candidate_id, move_to)
    placed = repo.region_of(candidate_id)
    if placed is None:
        return Residency(region_for_country(candidate.country), False, None)
    return Residency(placed, True, repo.region_location(placed))
