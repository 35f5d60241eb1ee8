"""Issue 15, résumé jobs (session 43): lines read as a job's title or employer that a reader
does not count as part of any job."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.prose import ProseJob, jobs_in_sentence, name_same_employers
from worldhire.ingest.shared.sentences import Sentence


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


def test_a_references_line_closing_the_jobs_is_no_employer() -> None:
    """ "Referees Furnished On Demand" right under the last job's dates and title says where the
    referees are, in the words of a heading: it is not that job's employer."""
    text = (
        "March 2019 - Present\nWarehouse Supervisor\nBrightfield Logistics\n\n"
        "June 2015 - February 2019\nForklift Operator\nReferees Furnished On Demand"
    )
    assert _jobs(text) == [
        ("Warehouse Supervisor", "Brightfield Logistics", date(2019, 3, 1), None),
        ("Forklift Operator", None, date(2015, 6, 1), date(2019, 2, 1)),
    ]


def test_a_references_line_in_french_is_no_employer() -> None:
    text = (
        "2016 – 2019\nCariste\nLogistique Morin SA\n\n"
        "2014 – 2016\nManutentionnaire\nRéférences sur demande"
    )
    assert [j.organization for j in split_jobs(text.split("\n"))] == ["Logistique Morin SA", None]


def test_a_duty_sentence_ending_in_a_short_word_is_no_employer() -> None:
    """ "Cleaned the sales data of 30 depots in R." ends a duty in a full stop after a one-letter
    tool name: a sentence, not the employer of the job dated below it."""
    text = (
        "Sales Analyst: Feb 2020 – May 2022\nHarmattan Breweries Plc, Kano\n"
        "Cleaned the sales data of 30 depots in R.\n\n"
        "Corps Member (NYSC) | Jan 2019 – Dec 2019\nKano State Water Board, Kano"
    )
    assert [j.organization for j in split_jobs(text.split("\n"))] == [
        "Harmattan Breweries Plc",
        "Kano State Water Board",
    ]


def test_a_wrapped_bullet_ending_in_an_acronym_is_no_employer() -> None:
    """ "merged into the main repo as 3 PRs." closes a bullet a PDF wrapped after a blank line:
    a sentence in lower case, not the employer of the job dated below it."""
    text = (
        "Research Intern, Kestrel Labs, Pune | May – Aug 2024\n"
        "• Wrote a faster tokenizer for the serving stack, later\n\n"
        "merged into the main repo as 3 PRs.\n"
        "Teaching Assistant, Numerical Methods, IIT Madras | Aug – Dec 2022"
    )
    organizations = [j.organization for j in split_jobs(text.split("\n"))]
    assert organizations[0] == "Kestrel Labs"
    assert not any(o and o.startswith("merged") for o in organizations)


def test_a_first_job_told_as_what_it_was_names_its_title() -> None:
    """ "My first job after university was a six-month sales trainee post at Eastfield Dairies":
    English tells a job as what the job was, as French does with "Mon premier poste a été"."""
    told = jobs_in_sentence(
        "My first job after university was a six-month sales trainee post at Eastfield Dairies "
        "(2014) in the cold room."
    )
    assert [(j.title, j.organization) for j in told] == [
        ("six-month sales trainee", "Eastfield Dairies")
    ]


@pytest.mark.parametrize(
    "promotion",
    [
        "Then from 2017 to 2020 I was promoted as Team Leader, handling 12 agents.",
        "In 2017 I was promoted to Team Leader and ran the night shift until 2020.",
        "En 2017 fui promovido a supervisor de turno, hasta 2020.",
    ],
)
def test_a_promotion_stays_at_the_employer_before_it(promotion: str) -> None:
    """A promotion is to a post at the same employer: the role it names works for the employer
    of the job told just before it, though the sentence names none."""
    joined = "I joined Baobab Contact Solutions in 2014 as a call centre agent."
    before = ProseJob("call centre agent", "Baobab Contact Solutions", date(2014, 1, 1), None,
                      [Sentence(0, len(joined), joined)])  # fmt: skip
    told = jobs_in_sentence(promotion)
    assert len(told) == 1 and told[0].organization is None
    told[0].sentences.append(Sentence(len(joined) + 1, len(joined) + 1 + len(promotion), promotion))
    name_same_employers([before, told[0]])
    assert told[0].organization == "Baobab Contact Solutions"


def test_a_capitalised_name_over_bullets_under_a_dated_post_is_its_employer() -> None:
    """ "Sauveteuse de piscine      Étés 2016 et 2017" / "Ville de Lévis" / "- Surveillance":
    the name between a dated post and its bullets is the employer, though no title word
    tells that the line above is a post."""
    text = (
        "Sauveteuse de piscine                          Étés 2016 et 2017\n"
        "Ville de Lévis\n- Surveillance des bassins et premiers soins"
    )
    assert [(j.title, j.organization) for j in split_jobs(text.split("\n"))] == [
        ("Sauveteuse de piscine", "Ville de Lévis")
    ]


@pytest.mark.parametrize(
    ("header", "employer"),
    [
        (
            "NYSC – Accounts Clerk\nOyo State Board of Internal Revenue | 2017 – 2018",
            "Oyo State Board of Internal Revenue",
        ),
        (
            "Ghana Education Service, Tamale – National Service\nNational Service Teacher\n"
            "September 2016 – August 2017",
            "Ghana Education Service",
        ),
    ],
)
def test_a_national_service_scheme_is_how_the_job_was_held(header: str, employer: str) -> None:
    """ "NYSC", "National Service" beside a post name the scheme the year was served in, as
    "Internship" does a placement: the employer is the office the person was posted to."""
    assert [j.organization for j in split_jobs(header.split("\n"))] == [employer]


def test_the_dated_end_of_a_wrapped_sentence_is_no_job_header() -> None:
    """ "... je donne des cours de chimie au lycée Saint-Exupéry de" / "Mermoz comme professeur
    vacataire depuis 2019.": the dates close a sentence wrapped after "de", not a job's header
    whose title is "Mermoz comme professeur vacataire"."""
    text = (
        "Depuis mars 2021, je suis ingénieure procédés chez Sotrafer à Dakar, où je suis\n"
        "responsable de la ligne de galvanisation. En parallèle, je donne des cours de chimie\n"
        "au lycée Saint-Exupéry de\n"
        "Mermoz comme professeur vacataire depuis 2019."
    )
    assert not any(j.title.startswith("Mermoz") for j in split_jobs(text.split("\n")))
