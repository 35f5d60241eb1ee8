"""bench/extraction.py's matching rules mean what its docstrings say (a wrong rule would make
every figure of the extraction benchmark wrong)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench import extraction as bench


def _job(title: str, organization: str | None = None) -> bench.JobLabel:
    return bench.JobLabel(title=title, organization=organization, start=None, end=None)


def test_names_compare_without_case_accents_or_extra_spaces() -> None:
    assert bench.same_name("Phạm Thu Hà", "PHAM  thu ha")
    assert bench.same_name("arjun ks", "Arjun KS")
    assert not bench.same_name("Eleanor Whitfield", "Dr. Eleanor Whitfield")
    assert not bench.same_name("Amara Obi", "")
    assert bench.same_name("Youssef El Amrani", "EL AMRANI Youssef")
    assert not bench.same_name("Youssef El Amrani", "Youssef El")


def test_phones_are_equal_on_their_last_nine_digits() -> None:
    assert bench.phone_key("+254 712 345 678") == bench.phone_key("0712-345678")
    assert bench.phone_key("+91 98450 12345") != bench.phone_key("+91 98450 12346")


@given(st.floats(0, 23.75), st.floats(0.25, 12))
def test_hours_in_one_zone_match_themselves_in_utc(start: float, length: float) -> None:
    end = (start + length) % 24
    for zone in ("Africa/Nairobi", "America/Los_Angeles", "Asia/Kolkata"):
        local = bench.utc_hours(start, end, zone)
        assert bench.same_hours(local, local)


def test_hours_compare_in_utc_on_the_reference_day() -> None:
    # 9-17 in Berlin is 8-16 UTC in January; so is 9-17 in Lagos (UTC+1 all year).
    berlin = bench.utc_hours(9, 17, "Europe/Berlin")
    assert berlin == (8.0, 16.0)
    assert bench.same_hours(berlin, bench.utc_hours(9, 17, "Africa/Lagos"))
    assert not bench.same_hours(berlin, bench.utc_hours(9, 17, "Africa/Nairobi"))
    # A night shift wraps around midnight.
    assert bench.same_hours(bench.utc_hours(19.5, 4.5, "Asia/Kolkata"), (14.0, 23.0))


def test_dates_match_to_the_precision_the_gold_gives() -> None:
    assert bench.same_date("2021-03", date(2021, 3, 1))
    assert not bench.same_date("2021-03", date(2021, 4, 1))
    assert bench.same_date("2021", date(2021, 11, 1))
    assert bench.same_date("present", None)
    assert not bench.same_date("2021", None)


def test_jobs_match_on_title_and_organisation_tokens() -> None:
    assert bench.same_job(_job("Machine Learning Engineer", "Safaricom"),
                          "machine learning engineer", "Safaricom PLC")  # fmt: skip
    assert not bench.same_job(_job("Machine Learning Engineer", "Safaricom"),
                              "Machine Learning Engineer", None)  # fmt: skip
    assert not bench.same_job(_job("Intern", "Robert Bosch"), "Robert Bosch", "Bengaluru")
    assert bench.same_job(_job("Tech Lead"), "Tech Lead", "[client name withheld]")


def test_money_converts_with_the_period_and_the_products_rate() -> None:
    monthly = bench.MoneyLabel(min=5000, max=7000, currency="USD", period="month")
    assert bench.usd_per_year(monthly) == pytest.approx(72000)
    up_to = bench.MoneyLabel(max=120000, currency="USD", period="year")
    assert bench.usd_per_year(up_to) == pytest.approx(120000)
    assert bench.same_money(72000, 78000) and not bench.same_money(72000, 80000)
    with pytest.raises(bench.BenchError):
        bench.usd_per_unit("XXX")


def test_a_weekly_budget_or_wage_converts_at_52_weeks() -> None:
    weekly = bench.MoneyLabel(min=2800, max=2800, currency="MXN", period="week")
    rate = bench.usd_per_unit("MXN")
    assert bench.usd_per_year(weekly) == pytest.approx(2800 * 52 * rate)
    stated = SimpleNamespace(low=2800.0, high=2800.0, currency="MXN", period="week")
    role = SimpleNamespace(budget=stated, budget_usd_year=None)
    assert bench.role_budget_usd(role) == pytest.approx(2800 * 52 * rate)


def test_a_monthly_ask_paid_fourteen_times_a_year_counts_fourteen_months() -> None:
    # "1.900 € brutos mensais (x14)": Portugal, Spain and Austria pay 14 monthly salaries
    fourteen = bench.MoneyLabel(min=1900, max=1900, currency="EUR", period="month", payments=14)
    assert bench.usd_per_year(fourteen) == pytest.approx(1900 * 14 * bench.usd_per_unit("EUR"))
    with pytest.raises(ValueError, match="payments"):
        bench.MoneyLabel(min=50000, currency="EUR", period="year", payments=14)


def test_languages_split_the_stored_level() -> None:
    assert bench.language_parts("English (C1)") == ("english", "c1")
    assert bench.language_parts("Swahili") == ("swahili", None)


def test_skills_match_by_concept_or_by_the_linked_text() -> None:
    resolver = bench.SkillResolver()
    pytorch = resolver.concept("PyTorch")
    assert pytorch is not None
    found = bench.PredictedSkill(pytorch, "PyTorch", {"pytorch"})
    assert bench.skill_matches(resolver, "PyTorch", found)
    by_text = bench.PredictedSkill("text:x", "x", {"blameless postmortems"})
    assert bench.skill_matches(resolver, "blameless postmortems", by_text)
    # Words inside a longer labelled skill are not wrong, but do not recall it.
    part = bench.PredictedSkill("esco:x", "post-incident reviews", {"postmortems"})
    assert not bench.skill_matches(resolver, "blameless postmortems", part)
    assert bench.skill_supported(resolver, "blameless postmortems", part)
    score = bench.score_skill_set(resolver, ["blameless postmortems", "PyTorch"], [part])
    assert (score.tp_pred, score.pred, score.tp_gold, score.gold) == (1, 1, 0, 2)


def test_a_gold_skill_is_a_concept_only_by_one_of_its_names() -> None:
    resolver = bench.SkillResolver()
    blood_gases = resolver.concept("ABG interpretation")
    assert blood_gases is not None
    assert resolver.concept("gasometría") is not None  # a name people write, not embedded
    # A name a letter or two off another concept's is another skill, not a near hit; a name
    # with a version or an ending is its concept.
    assert resolver.concept("XBG interpretation") is None
    assert resolver.concept("Python 3.11") == resolver.concept("Python")
    assert resolver.concept("Jenkins-ului") == resolver.concept("Jenkins")
    assert bench._written_inside("амортизація", ["облік", "амортизації"])
    assert not bench._written_inside("model", ["modem"])
    assert bench._written_inside("contracte de munca", ["contractelor", "de", "munca"])
    near = bench.PredictedSkill(blood_gases, "blood gases", {"abg interpretation"})
    assert not bench.skill_matches(resolver, "XBG interpretation", near)


def test_skills_from_titles_languages_or_education_are_neutral() -> None:
    label = bench.ResumeLabel.model_validate(
        {
            "id": "en-x-01", "kind": "resume", "file": "resumes/en-x-01.txt", "lang": "en",
            "layout": "x", "format": "txt", "split": "dev", "person": "p", "name": "A B",
            "emails": [], "phones": [], "country": None, "timezone": None, "hours": None,
            "jobs": [{"title": "Data Scientist", "organization": "X", "start": None,
                      "end": None}],
            "skills": [], "languages": [{"name": "Japanese", "level": None}], "pay": None,
            "years_experience": None, "work_sentences": 0,
        }
    )  # fmt: skip
    title = bench.PredictedSkill("wh:data-science", "data science", {"data scientist"}, {"job"})
    spoken = bench.PredictedSkill("esco:japanese", "Japanese", {"japanese"}, {"summary"})
    degree = bench.PredictedSkill("esco:cs", "computer science", {"cs"}, {"education"})
    invented = bench.PredictedSkill("esco:x", "depreciation", {"evaluation"}, {"job"})
    assert bench.neutral_skill(title, label)
    assert bench.neutral_skill(spoken, label)
    assert bench.neutral_skill(degree, label)
    assert not bench.neutral_skill(invented, label)


def test_show_misses_is_refused_on_test() -> None:
    with pytest.raises(SystemExit):
        bench.main(["--split", "test", "--show-misses", "5"])


def test_show_misses_never_prints_a_held_out_half(capsys: pytest.CaptureFixture[str]) -> None:
    labels = {x.id: x for x in bench.load_labels()}
    held_out = next(x for x in labels.values() if x.batch == "posts19-b")
    tuned = next(x for x in labels.values() if x.batch == "posts19-a")
    results = []
    for label in (held_out, tuned):
        result = bench.DocResult(label, bench.Reading("error"))
        result.miss("post_title", "gold A  product B")
        results.append(result)
    bench.print_report(bench.report(results, "cmd"), results, show_misses=5)
    shown = capsys.readouterr().out
    assert f"{tuned.id}: gold A" in shown
    assert f"{held_out.id}: gold A" not in shown
    assert held_out.id not in shown  # nor in the lists of documents behind the counts
    assert "documents of '-b' halves are not shown" in shown


def test_a_batch_pattern_picks_every_batch_it_matches() -> None:
    labels = bench.load_labels()
    held_out = bench.select(labels, "dev", None, batch="*-b")
    assert {x.batch for x in held_out} >= {"posts19-b", "langs19-b", "reqs18-b"}
    assert all(x.batch is not None and x.batch.endswith("-b") for x in held_out)
    assert bench.select(labels, "dev", None, batch="posts19-b") == [
        x for x in held_out if x.batch == "posts19-b"
    ]


def _post_label(**fields: object) -> bench.PostLabel:
    return bench.PostLabel.model_validate({
        "id": "post-en-9999", "kind": "post", "file": "posts/post-en-9999.md", "lang": "en",
        "layout": "headed", "format": "md", "split": "dev", "title": "ML Engineer",
        "company": None, "requirements": ["PyTorch", "JAX", "Python"], "nice_to_have": [],
        "min_years": None, "budget": None, "overlap": None, "timezone": None,
        "visa_sponsorship": None, "remote_policy": None, "allowed_countries": [], **fields})


def test_groups_of_alternatives_and_bands_are_scored_only_where_labelled() -> None:
    """Each member of "PyTorch or JAX" still counts as a requirement, so requirement figures
    compare with labels written before groups; the group and the band are fields of their own,
    scored on the labels that state them."""
    from tests.factories import PYTHON, PYTORCH, make_role
    from worldhire.core.models import Requirement, Skill, ZoneBand

    role = make_role([Requirement(PYTORCH, quote="PyTorch or JAX",
                                  alternatives=[Skill("wh:jax", "JAX")]),
                      Requirement(PYTHON, quote="Python")], zone_band=ZoneBand(1, 4))
    resolver = bench.SkillResolver()
    reading = bench.Reading("role", role=role)

    labelled = bench.score_post(_post_label(alternatives=[["PyTorch", "JAX"]],
                                            zone_band={"low": 1, "high": 4}), reading, resolver)
    assert labelled.tallies["requirements"].fp == 0
    assert labelled.tallies["requirements"].fn == 0
    assert (labelled.tallies["alternatives"].tp_gold,
            labelled.tallies["zone_band"].tp_gold) == (1, 1)
    wrong = bench.score_post(_post_label(alternatives=[], zone_band=None), reading, resolver)
    assert (wrong.tallies["alternatives"].fp, wrong.tallies["zone_band"].fp) == (1, 1)
    older = bench.score_post(_post_label(), reading, resolver)
    assert "alternatives" not in older.tallies and "zone_band" not in older.tallies
    with pytest.raises(ValueError, match="two or more"):
        _post_label(alternatives=[["PyTorch", "Rust"]])
