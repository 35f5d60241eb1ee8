"""The AFRICA filter covers the whole continent: the 54 UN member states of Africa, not the 20
that the first hand-written list held."""

from __future__ import annotations

from worldhire.core.geo import continent_of, countries_in
from worldhire.match.regions import expand

# The 54 African UN member states (ISO 3166 alpha-2).
AFRICAN_STATES = frozenset({
    "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CD", "CG", "CI", "DJ",
    "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG",
    "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO",
    "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW",
})


def test_africa_holds_every_african_state() -> None:
    assert len(AFRICAN_STATES) == 54
    assert expand(["AFRICA"]) >= AFRICAN_STATES
    assert countries_in("AF") >= AFRICAN_STATES


def test_every_country_has_a_continent() -> None:
    table = continent_of()
    assert len(table) >= 249
    assert set(table.values()) == {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}
    assert table["PL"] == "EU" and table["BR"] == "SA" and table["KE"] == "AF"
