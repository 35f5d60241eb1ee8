"""Regressions from batch prose20-a (bench/data/extraction, even ids 1328...1350) and the jobs
the last session left in prose: a job told in a sentence in the grammar of its language (an
employer named "within" it, a team or a ward of it, a chain's name right after its kind; a
Slavic role in the instrumental after a verb of working; a first job told as what it was), a
Vietnamese employer that opens with its kind ("Nhà máy", "Trung tâm", typed with or without
marks), a job dated by single years ("in 2015 ... till 2018", "(2014)"), and a title whose
comma is its own above or below its employer's line."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.entries.job_header import _job_from_header
from worldhire.ingest.resumes.prose import jobs_in_sentence

D = date


def _told(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(text)]


def test_an_employer_named_within_or_behind_its_team_or_ward_is_the_employer() -> None:
    assert _told("J'ai été contrôleuse de gestion au sein de la société Vinci Energies de 2015 "
                 "à 2019.") == [("contrôleuse de gestion", "Vinci Energies", D(2015, 1, 1),
                                 D(2019, 1, 1))]
    assert _told("Desde 2020 formo parte del equipo de datos de Mercado Libre como analista de "
                 "datos.")[0][:2] == ("analista de datos", "Mercado Libre")
    assert _told("Trabalho como enfermeira na UTI neonatal do Hospital Sírio-Libanês desde "
                 "2019.")[0][:2] == ("enfermeira", "Hospital Sírio-Libanês")
    # a plain employer after its cue is unchanged
    assert _told("Pracuję w Allegro jako tester od 2019.")[0][:2] == ("tester", "Allegro")


def test_a_slavic_role_in_the_instrumental_after_a_verb_of_working_is_the_title() -> None:
    assert _told("З 2019 року працюю провізором в аптеці «Доброго дня».")[0][:2] == (
        "провізором", "«Доброго дня»")
    assert _told("W latach 2016–2018 byłam referentką w Urzędzie Gminy Kórnik.")[0][:2] == (
        "referentką", "Urzędzie Gminy Kórnik")
    # an adjective in that case names no role
    assert _told("У 2019 році я була відповідальною за закупівлі в ТОВ «Ромашка».") == []


def test_a_first_job_told_as_what_it_was_has_its_title_alone() -> None:
    assert _told("Mon premier poste a été vendeuse chez Decathlon à Lille, de 2012 à "
                 "2014.")[0][:2] == ("vendeuse", "Decathlon")


def test_a_vietnamese_employer_opening_with_its_kind_keeps_its_whole_name() -> None:
    told = _told("Tôi làm kế toán tại Nhà máy Sữa Vinamilk Bình Dương – Thủ Dầu Một từ 2018 "
                 "đến 2020.")
    assert told[0][1] == "Nhà máy Sữa Vinamilk Bình Dương"
    told = _told("2019 - 2021: Nhan vien kinh doanh tai Sieu thi Big C Thang Long")
    assert told[0][:2] == ("Nhan vien kinh doanh", "Sieu thi Big C Thang Long")


def test_a_vietnamese_job_at_an_employer_after_o_and_a_dotted_name() -> None:
    # "ở" (at) ends the title as "tại" does; a dot inside a name goes on with it
    assert _told("Trước đó tôi làm thu ngân ở siêu thị Co.opmart (2017-2019).") == [
        ("thu ngân", "siêu thị Co.opmart", D(2017, 1, 1), D(2019, 1, 1))]


def test_a_job_dated_by_single_years_has_them() -> None:
    assert _told("I started my career in 2012 as a Sales Executive at Airtel Nigeria, Lagos, "
                 "till 2015.") == [("Sales Executive", "Airtel Nigeria", D(2012, 1, 1),
                                    D(2015, 1, 1))]
    assert _told("Zacząłem jako praktykant w firmie Budimex S.A. (2013), na budowie.")[0][2:] == (
        D(2013, 1, 1), D(2013, 1, 1))
    # Romanian typed without its marks: "intre 2016 si 2018"
    assert _told("Am fost casier la Kaufland intre 2016 si 2018.")[0][2:] == (
        D(2016, 1, 1), D(2018, 1, 1))
    # the first of two jobs told one after the other ended when the next began
    first, second = _told("I began in 2010 as a cashier at Shoprite, then I was a supervisor at "
                          "Spar between 2014 and 2017.")
    assert first[2:] == (D(2010, 1, 1), D(2014, 1, 1))
    assert second[2:] == (D(2014, 1, 1), D(2017, 1, 1))
    # a year of the duties told after the job is no start
    assert _told("I joined Acme as a data analyst and in 2023 built the churn model.")[0][2:] == (
        None, None)


def test_a_title_keeps_its_comma_where_another_line_names_the_employer() -> None:
    entry = _job_from_header(["Customer Success Manager, Enterprise Accounts\tMay 2020 – Present",
                              "Zendesk, Dublin"], [])
    assert (entry.title, entry.organization) == (
        "Customer Success Manager, Enterprise Accounts", "Zendesk")
    entry = _job_from_header(["Safaricom PLC, Nairobi\tJan 2019 – Date",
                              "Senior Officer, Revenue Assurance"], [])
    assert (entry.title, entry.organization) == ("Senior Officer, Revenue Assurance",
                                                 "Safaricom PLC")
    # an employer after the comma, over a line that only names the place, is split off
    entry = _job_from_header(["Data Engineer, Safaricom", "Nairobi, Kenya"], [])
    assert (entry.title, entry.organization) == ("Data Engineer", "Safaricom")
    # a lone word under the line is no employer, even where the gazetteer lacks the town
    # (de-tabular-01's "Erlangen")
    entry = _job_from_header(["Senior Machine Learning Engineer, Siemens Healthineers",
                              "Erlangen"], [])
    assert (entry.title, entry.organization) == ("Senior Machine Learning Engineer",
                                                 "Siemens Healthineers")
