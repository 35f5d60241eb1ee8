"""Issue 15, résumé jobs (session 42): job lines the French, English and German résumés of the
dev split lost or misread."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_jobs, unfold_row
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.pay import find_pay


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


def _resume_jobs(text: str) -> list[tuple[str, str | None]]:
    person = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


def test_a_year_in_brackets_closes_a_job_line() -> None:
    """ "Tutor — Faculty of Physics, University of Nairobi (2019)": the one year the job was in,
    in brackets at the end of a line that names a post, dates that job as a range would."""
    text = (
        "Field Engineer — Kenya Power, Nairobi (March 2020 – Present)\n"
        "- Maintained the substations of the western grid.\n"
        "Laboratory Tutor — Faculty of Physics, University of Nairobi (2019)\n"
        "- Ran the optics practicals of the second year."
    )
    assert _jobs(text) == [
        ("Field Engineer", "Kenya Power", date(2020, 3, 1), None),
        ("Laboratory Tutor", "University of Nairobi", date(2019, 1, 1), date(2019, 1, 1)),
    ]


def test_a_degree_closed_by_a_year_in_brackets_is_no_job() -> None:
    """ "BSc in Physics — University of Nairobi (2019)" is a degree, in whatever section."""
    text = "BSc in Physics — University of Nairobi (2019)\n- First class honours."
    assert all(j.start is None for j in split_jobs(text.split("\n")))


def test_a_misspelt_underlined_experience_heading_opens_the_jobs() -> None:
    """ "Experiances profesionelles" over a rule of dashes is the experience heading however it
    is spelt, not the first job's employer."""
    text = (
        "Awa Ndiaye\nawa.ndiaye@example.sn\n\n"
        "Experiances profesionelles\n--------------------------\n"
        "Wave Mobile Money, Dakar\nAnalyste de données  (Mai 2020 - Aujourd'hui)\n"
        "* Tableaux de bord des transferts\n"
    )
    assert _resume_jobs(text) == [("Analyste de données", "Wave Mobile Money")]


def test_a_spaced_colon_parts_a_cells_post_from_its_work() -> None:
    """ "Stagiaire R&D : mise au point d'un capteur": French sets its colon off with a space; the
    post ends there and what was done begins, as after an unspaced colon."""
    text = (
        "Période | Poste | Entreprise\n"
        "09/2019 – aujourd'hui | Ingénieur capteurs | Lacroix Electronics SAS, Montrevault\n\n"
        "03/2019 – 08/2019 | Stagiaire R&D : mise au point d'un capteur de pression | "
        "Schneider Electric, Grenoble"
    )
    jobs = split_jobs(text.split("\n"))
    assert [(j.title, j.organization, j.start) for j in jobs if j.start] == [
        ("Ingénieur capteurs", "Lacroix Electronics SAS", date(2019, 9, 1)),
        ("Stagiaire R&D", "Schneider Electric", date(2019, 3, 1)),
    ]
    assert jobs[-1].body == ["- mise au point d'un capteur de pression"]


def test_a_spaced_colon_before_a_capital_is_a_label() -> None:
    """ "Poste : Technicien" labels the post: the cell stays whole."""
    row = "03/2019 – 08/2019 | Poste : Technicien de maintenance | Schneider Electric"
    assert unfold_row(row) == [row]


def test_a_qualification_label_under_the_jobs_is_no_job() -> None:
    """ "TRÌNH ĐỘ: Cao đẳng nghề Điện, Trường ... (2011–2014)" labels the writer's qualification:
    it closes the jobs above it, and its dates are no job; "Trình độ ngoại ngữ" stays the
    languages."""
    text = (
        "Lê Văn Tâm\nlevantam@example.vn\n\n"
        "KINH NGHIỆM LÀM VIỆC\n"
        "05/2018 – nay | Thợ điện – Công ty TNHH Điện Nam Phát\n"
        "Lắp đặt tủ điện nhà xưởng.\n"
        "TRÌNH ĐỘ: Cao đẳng nghề Điện, Trường Cao đẳng Kỹ thuật Cao Thắng (2011–2014)\n"
        "TRÌNH ĐỘ NGOẠI NGỮ: Tiếng Anh giao tiếp\n"
    )
    assert _resume_jobs(text) == [("Thợ điện", "Công ty TNHH Điện Nam Phát")]
    languages = parse_text_resume(text, "cv.txt").languages
    assert any(lang.startswith("English") for lang in languages)


def test_summers_of_several_years_date_a_job_among_ranged_ones() -> None:
    """ "Étés 2015 et 2016" after a job dated "2016 à 2019" is a job of its own, from the first
    summer to the last, not a line of the job above."""
    text = (
        "Commis de cuisine                                 2016 à 2019\n"
        "Restaurant Le Cartier, Sherbrooke\n"
        "- Préparation des entrées\n"
        "\n"
        "Sauveteuse de piscine                             Étés 2015 et 2016\n"
        "Piscine municipale Desjardins inc.\n"
        "- Surveillance des baigneurs"
    )
    assert [(j.title, j.start, j.end) for j in split_jobs(text.split("\n"))] == [
        ("Commis de cuisine", date(2016, 1, 1), date(2019, 1, 1)),
        ("Sauveteuse de piscine", date(2015, 1, 1), date(2016, 1, 1)),
    ]


def test_the_employer_line_that_ends_the_jobs_is_the_last_jobs_employer() -> None:
    """ "Packer | Mar 2012 – Dec 2013" / "Makro Cash and Carry, Polokwane North" as the section's
    last lines: the name under the title is its employer though no bullet follows; a duty
    written under it in lower case is none."""
    jobs = _jobs(
        "Dispatch Clerk | Jan 2014 – Present\nPick n Pay Stores, Midrand\n• Loaded trucks.\n"
        "Packer | Mar 2012 – Dec 2013\nMakro Cash and Carry, Polokwane North"
    )
    assert [(title, org) for title, org, _, _ in jobs] == [
        ("Dispatch Clerk", "Pick n Pay Stores"),
        ("Packer", "Makro Cash and Carry"),
    ]
    last = _jobs("Packer | Mar 2012 – Dec 2013\nloaded and checked the delivery trucks nightly")
    assert last[0][1] is None


def test_pay_na_ruku_is_net() -> None:
    """ "на руку", as hh.kz writers also spell "на руки" (in hand), says the pay is net."""
    pay = find_pay("Желаемая зарплата: 750 000 ₸ на руку", "KZ", cued=True)[0]
    assert (pay.currency, pay.low, pay.basis) == ("KZT", 750_000, "net")


def test_the_post_after_a_contract_label_is_the_title_whatever_its_words() -> None:
    """ "Job d'été : vendangeur – Domaine Lafarge, Beaune – 2017": after the contract's label
    comes the post, though no title word names it; the contract is no title."""
    assert _jobs("- Job d'été : vendangeur – Domaine Lafarge, Beaune – 2017") == [
        ("vendangeur", "Domaine Lafarge", date(2017, 1, 1), date(2017, 1, 1)),
    ]


def test_a_placement_of_some_months_at_an_employer_typed_without_accents() -> None:
    """ "2016 : Stage de 4 mois a la SGBCI, service credit": the placement is the post, the name
    after "a la" (à la, its accent not typed) the employer; how long it lasted is no title."""
    assert _jobs(
        "2019 a nos jours : Conseiller clientele, Ecobank Côte d'Ivoire\n"
        "2016 : Stage de 4 mois a la SGBCI, service credit"
    )[1] == ("Stage", "SGBCI", date(2016, 1, 1), date(2016, 1, 1))
