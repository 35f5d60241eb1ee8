from __future__ import annotations

from pathlib import Path

import pytest

from worldhire.comp.cache import load_fit, save_fit
from worldhire.comp.cost import CostAssumptions, compare_costs
from worldhire.comp.estimate import PayEstimator, PayQuery, load_estimator
from worldhire.comp.payfit import pay_fit
from worldhire.comp.support import LOW_DATA_ROWS
from worldhire.core.models import OccupationRef, Seniority


def test_estimate_reports_support_and_groups(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "US", Seniority.SE, remote_ratio=100))
    assert est.support > 0
    terms = {g.term: g for g in est.groups}
    assert terms["residence country"].key == "US"
    assert terms["residence country"].rows == 300
    assert est.warnings == ()


def test_an_estimate_says_which_pay_currency_it_stands_for(estimator: PayEstimator) -> None:
    """The synthetic rows are all paid in USD: the mix without a currency is USD alone."""
    mixed = estimator.estimate(PayQuery("Data Scientist", "DE", Seniority.SE))
    named = estimator.estimate(PayQuery("Data Scientist", "DE", Seniority.SE, currency=" usd"))
    assert mixed.currencies == named.currencies == {"USD": 1.0}
    assert named.p50 == pytest.approx(mixed.p50)
    assert ("pay currency", "USD") in {(g.term, g.key) for g in named.groups}
    unknown = estimator.estimate(PayQuery("Data Scientist", "DE", Seniority.SE, currency="XYZ"))
    assert any("no salary rows paid in 'XYZ'" in w for w in unknown.warnings)
    assert unknown.p50 == pytest.approx(mixed.p50)


def test_a_title_that_names_its_level_estimates_as_the_role_at_that_level(
    estimator: PayEstimator,
) -> None:
    """'Senior' is the level: the title still pools with the plain title's rows."""
    plain = estimator.estimate(PayQuery("Machine Learning Engineer", "DE", Seniority.SE))
    senior = estimator.estimate(PayQuery("Senior Machine Learning Engineer", "DE"))
    assert senior.level == Seniority.SE
    assert senior.p50 == pytest.approx(plain.p50)
    title = {g.term: (g.key, g.rows) for g in senior.groups}["job title"]
    assert title == {g.term: (g.key, g.rows) for g in plain.groups}["job title"]
    assert title[0] == "machine learning engineer" and title[1] > 0


def test_unknown_title_warns_and_still_estimates(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Zookeeper", "US", Seniority.SE))
    assert est.family == "unknown"
    assert any("matches no role family" in w for w in est.warnings)
    assert est.p10 < est.p50 < est.p90


def test_a_title_in_another_language_takes_its_family_from_its_esco_occupation(
    estimator: PayEstimator,
) -> None:
    """'Mwanasayansi wa Takwimu' (Swahili) names no role family the title vocabulary knows; the
    role's ESCO occupation (data scientist, as the titles matcher gives it) does, and the
    estimate says where it came from.
    An occupation the salary data has no family for still pools over all roles."""
    scientist = OccupationRef("http://data.europa.eu/esco/occupation/x", "data scientist",
                              "2511", 0.9)  # fmt: skip
    zookeeper = OccupationRef("http://data.europa.eu/esco/occupation/y", "zookeeper", "5164", 0.8)
    title = "Mwanasayansi wa Takwimu"
    plain = estimator.estimate(PayQuery(title, "US", Seniority.MI))
    mapped = estimator.estimate(PayQuery(title, "US", Seniority.MI, occupation=scientist))
    known = estimator.estimate(PayQuery("Data Scientist", "US", Seniority.MI))
    assert plain.family == "unknown"
    assert mapped.family == "data_scientist"
    assert mapped.p50 == pytest.approx(known.p50)
    assert any("from its ESCO occupation 'data scientist'" in w for w in mapped.warnings)
    other = estimator.estimate(PayQuery(title, "US", Seniority.MI, occupation=zookeeper))
    assert other.family == "unknown"


def test_a_title_in_another_language_is_read_through_the_title_vocabulary(
    estimator: PayEstimator,
) -> None:
    """'Analityk danych' names no family as written; translated it is a data analyst."""
    est = estimator.estimate(PayQuery("Analityk danych", "PL", Seniority.MI))
    assert est.family == "data_analyst"
    assert any("read as 'data analyst'" in w for w in est.warnings)
    known = estimator.estimate(PayQuery("Data Analyst", "PL", Seniority.MI))
    assert est.p50 == pytest.approx(known.p50)


def test_unknown_country_code_warns_and_falls_back_to_world(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "XX", Seniority.SE))
    assert est.country is None
    assert any("“XX” is not a country we know" in w for w in est.warnings)


def test_country_without_rows_borrows_from_its_region(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "AT", Seniority.SE))
    assert est.country == "AT" and est.support == 0
    assert any("no salary rows for Austria" in w for w in est.warnings)
    assert any(
        line.startswith("residence country AT (0 rows) -> residence region")
        for line in est.borrowed_from
    )


def test_a_thin_cell_is_flagged_low_data_with_the_rows_behind_it(
    estimator: PayEstimator,
) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "PL", Seniority.SE))
    assert 0 < est.support < LOW_DATA_ROWS and est.low_data
    rows = "row" if est.support == 1 else "rows"
    assert est.warnings[0].startswith(f"low data: only {est.support} salary {rows} for ")
    assert "8 rows from Poland in all" in est.warnings[0]


def test_no_rows_at_all_is_flagged_low_data(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "AT", Seniority.SE))
    assert est.low_data and est.warnings[0].startswith("low data: no salary rows for ")


def test_a_well_supported_estimate_is_not_flagged(estimator: PayEstimator) -> None:
    est = estimator.estimate(PayQuery("Data Scientist", "US", Seniority.SE))
    assert est.support >= LOW_DATA_ROWS and not est.low_data
    assert not any(w.startswith("low data") for w in est.warnings)


def test_many_queries_carry_the_same_support_and_warnings_as_one(
    estimator: PayEstimator,
) -> None:
    queries = [PayQuery("Data Scientist", code, Seniority.SE) for code in ("US", "PL", "AT")]
    many = estimator.quantiles(queries)
    for i, query in enumerate(queries):
        one = estimator.estimate(query)
        assert many.support[i] == one.support
        assert tuple(many.warnings[i]) == one.warnings
        assert many.quantiles[i].tolist() == pytest.approx([one.p10, one.p50, one.p90])


def test_alpha3_and_names_are_accepted(estimator: PayEstimator) -> None:
    assert estimator.estimate(PayQuery("Data Scientist", "DEU", Seniority.SE)).country == "DE"
    assert estimator.estimate(PayQuery("Data Scientist", "Germany", Seniority.SE)).country == "DE"


def test_fit_survives_the_disk_cache(estimator: PayEstimator, tmp_path: Path) -> None:
    path = tmp_path / "fit.npz"
    save_fit(estimator.fit, path)
    again = PayEstimator(load_fit(path))
    query = PayQuery("Machine Learning Engineer", "IN", Seniority.MI, remote_ratio=100)
    assert again.estimate(query) == estimator.estimate(query)
    later = PayQuery("Data Analyst", "DE", Seniority.EN, year=2027)  # moved by the drift
    assert again.estimate(later) == estimator.estimate(later)


def test_load_estimator_writes_then_reads_the_cache(salary_csv: Path, tmp_path: Path) -> None:
    first = load_estimator(tmp_path, salary_csv)
    assert len(list(tmp_path.glob("*.npz"))) == 1
    second = load_estimator(tmp_path, salary_csv)
    query = PayQuery("Data Analyst", "DE", Seniority.EN)
    assert first.estimate(query) == second.estimate(query)


def test_pay_fit_scores(estimator: PayEstimator) -> None:
    market = estimator.estimate(PayQuery("Data Scientist", "DE", Seniority.SE))
    assert pay_fit(90_000, 100_000, market).score == 1.0
    over_a_bit = pay_fit(105_000, 100_000, market).score
    over_a_lot = pay_fit(160_000, 100_000, market).score
    assert 0.0 <= over_a_lot < over_a_bit < 1.0
    assert pay_fit(None, 100_000, market).score == 0.5
    assert "market median" in pay_fit(200_000, None, market).explanation
    assert pay_fit(100_000, None, None).score == 0.5


def test_compare_costs_adds_on_costs_and_cross_border_fee(estimator: PayEstimator) -> None:
    costs = CostAssumptions(
        contribution_rates={"DE": 0.2},
        default_contribution_rate=0.1,
        benefits_rate=0.05,
        cross_border_fee_usd=1000.0,
    )
    local = compare_costs(estimator, "Data Scientist", Seniority.SE, ["DE"], assumptions=costs)[0]
    assert local.total_p50 == pytest.approx(local.estimate.p50 * 1.25)
    assert not local.cross_border
    remote = compare_costs(
        estimator, "Data Scientist", Seniority.SE, ["IN"], company_location="US", assumptions=costs
    )[0]
    assert remote.cross_border
    assert remote.total_p50 == pytest.approx(remote.estimate.p50 * 1.15 + 1000.0)
