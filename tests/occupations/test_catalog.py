from __future__ import annotations

from worldhire.occupations.catalog import Catalog


def test_every_occupation_has_a_uri_label_and_a_known_unit_group(catalog: Catalog) -> None:
    assert len(catalog.occupations) == 3007
    for occupation in catalog.occupations:
        assert occupation.uri.startswith("http://data.europa.eu/esco/occupation/")
        assert occupation.label and occupation.label not in occupation.alt_labels
        assert len(occupation.isco_code) == 4 and occupation.isco_code in catalog.isco_groups


def test_armed_forces_codes_keep_their_leading_zero(catalog: Catalog) -> None:
    officer = next(o for o in catalog.occupations if o.label == "army general")
    assert officer.isco_code == "0110"
    assert [g.code for g in catalog.isco_path("0110")] == ["0", "01", "011", "0110"]


def test_isco_path_runs_from_major_group_to_unit_group(catalog: Catalog) -> None:
    path = catalog.isco_path("2512")
    assert [g.code for g in path] == ["2", "25", "251", "2512"]
    assert path[-1].label == "Software developers"
