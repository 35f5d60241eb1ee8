"""A new version merged in: newer fields win where stated, evidence of both kept once."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import Candidate, Consent, ConsentPurpose, EvidenceItem, EvidenceKind
from worldhire.identity.merge import as_of, is_newer, merge_version


def job(title: str, org: str, start: int, end: int | None, text: str) -> EvidenceItem:
    return EvidenceItem(EvidenceKind.JOB, title, text, organization=org,
                        start=date(start, 1, 1), end=date(end, 1, 1) if end else None)


def test_the_newer_version_wins_where_it_states_a_field() -> None:
    old = Candidate(name="Ana Silva", email="ana@example.com", phone="912 345 678",
                    headline="Data analyst", country="PT", timezone="Europe/Lisbon",
                    languages=["Portuguese (native)"], links=["https://github.com/ana"],
                    evidence=[job("Analyst", "Banco X", 2016, 2019, "Built SQL reports.")])
    old.consents.append(Consent(ConsentPurpose.MATCHING, True, "import"))
    new = Candidate(name="Ana Silva", email="ana@new.example", headline="ML engineer",
                    languages=["English (C1)", "Portuguese (native)"],
                    work_start_hour=8.0, work_end_hour=16.0,
                    evidence=[job("ML Engineer", "Feedzai", 2021, None, "Ships PyTorch models."),
                              job("Analyst", "Banco X", 2016, 2019, "Built SQL reports, daily.")])
    assert is_newer(new, old) and not is_newer(old, new)
    merged = merge_version(old, new, newer=True)
    assert merged.id == old.id and merged.consents == old.consents
    assert (merged.email, merged.headline) == ("ana@new.example", "ML engineer")
    assert merged.phone == "912 345 678" and merged.country == "PT"  # the new one is silent
    assert (merged.work_start_hour, merged.work_end_hour) == (8.0, 16.0)
    assert merged.languages == ["English (C1)", "Portuguese (native)"]
    assert merged.links == ["https://github.com/ana"]
    assert [e.title for e in merged.evidence] == ["ML Engineer", "Analyst"]
    # The repeated job keeps the id it had, with the newer wording.
    assert merged.evidence[1].id == old.evidence[0].id
    assert merged.evidence[1].text == "Built SQL reports, daily."


def test_an_older_version_only_fills_what_the_candidate_lacks() -> None:
    stored = Candidate(name="Ana Silva", headline="ML engineer",
                       evidence=[job("ML Engineer", "Feedzai", 2021, None, "PyTorch.")])
    older = Candidate(name="Ana Silva", headline="Data analyst", phone="912 345 678",
                      evidence=[job("Analyst", "Banco X", 2016, 2019, "SQL reports.")])
    assert as_of(older) == date(2019, 1, 1) and not is_newer(older, stored)
    merged = merge_version(stored, older, newer=False)
    assert merged.headline == "ML engineer" and merged.phone == "912 345 678"
    assert [e.title for e in merged.evidence] == ["ML Engineer", "Analyst"]


def test_undated_items_repeat_only_by_their_text() -> None:
    a = Candidate(name="A", evidence=[EvidenceItem(EvidenceKind.SKILLS, "Skills", "Python, SQL")])
    b = Candidate(name="A", evidence=[EvidenceItem(EvidenceKind.SKILLS, "Skills", "PyTorch"),
                                      EvidenceItem(EvidenceKind.SKILLS, "Skills", "python, sql")])
    merged = merge_version(a, b, newer=True)
    assert [e.text for e in merged.evidence] == ["PyTorch", "python, sql"]


def test_a_repeated_job_keeps_the_sentences_only_the_other_version_has() -> None:
    # A prose CV and a later table CV name the same job; the prose one alone tells of the
    # open-source work. Keeping only the newer wording lost that evidence and its skills.
    prose = Candidate(name="Ngozi A", evidence=[job(
        "data scientist", "Interswitch", 2019, 2022,
        "Before that, from 2019 to 2022, I was a data scientist at Interswitch, building churn "
        "models with XGBoost. I also maintain nigerian-ner (2.1k stars on GitHub), and three of "
        "my pull requests were merged into Hugging Face Transformers.")])
    table = Candidate(name="Ngozi A", evidence=[job(
        "Data Scientist", "Interswitch", 2019, 2022, "Churn models with XGBoost.")])
    merged = merge_version(prose, table, newer=True)
    [item] = merged.evidence
    assert item.id == prose.evidence[0].id
    assert item.text.startswith("Churn models with XGBoost.")
    assert "maintain nigerian-ner (2.1k stars on GitHub)" in item.text
    assert "Hugging Face Transformers." in item.text
    # A sentence the newer wording already holds is not repeated.
    again = merge_version(merged, table, newer=True)
    assert again.evidence[0].text == item.text


def test_a_job_whose_title_a_later_version_rewords_is_one_job() -> None:
    prose = Candidate(name="N", evidence=[job(
        "machine learning engineer", "Paystack", 2022, None,
        "Since 2022 I have worked at Paystack, serving Mistral 7B with vLLM.")])
    table = Candidate(name="N", evidence=[
        job("Senior Machine Learning Engineer", "Paystack", 2022, None, "LoRA fine-tuning."),
        job("Data Scientist", "Paystack", 2022, None, "Churn models.")])
    merged = merge_version(prose, table, newer=True)
    assert [e.title for e in merged.evidence] == ["Senior Machine Learning Engineer",
                                                  "Data Scientist"]
    assert "serving Mistral 7B with vLLM" in merged.evidence[0].text


def test_a_job_typed_without_accents_in_one_version_is_the_same_job() -> None:
    # a version typed on a keyboard without accents ("Exito" for "Éxito")
    stored = Candidate(name="Ioana Popa", evidence=[
        job("Analista de datos", "Éxito", 2021, None, "Tableros en Power BI.")])
    new = Candidate(name="Ioana Popa", evidence=[
        job("Analista de Datos", "Exito", 2021, None, "Tableros en Power BI y SQL.")])
    merged = merge_version(stored, new, newer=True)
    assert [e.organization for e in merged.evidence] == ["Exito"]
