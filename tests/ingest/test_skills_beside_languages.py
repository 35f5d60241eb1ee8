"""Tools listed in or under a languages section (issue 15): French and West African CVs head one
section "LANGUES ET INFORMATIQUE", or write "INFORMATIQUE : Word, Excel" under the languages;
Ukrainian ones put "Професійні навички: ..." there. The tools are skills; the languages stay
languages."""

from __future__ import annotations

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker


def _read(text: str) -> tuple[set[str], list[str]]:
    resume = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), resume)
    skills = {mention.skill.label for mention in resume.skills}
    # "French (fluent)": the language before its level
    return skills, [language.split(" (")[0] for language in resume.languages]


def test_a_heading_joining_languages_and_computing_is_read_as_both() -> None:
    skills, languages = _read(
        "ADJOUA Kouamé Estelle\nComptable\nAbidjan · estelle.adjoua@example.ci\n"
        "## EXPÉRIENCES PROFESSIONNELLES\n"
        "Depuis 2021 | Cabinet Konan & Associés | Comptable\n"
        "## LANGUES ET INFORMATIQUE\n"
        "Français : courant ; Anglais : intermédiaire\n"
        "Excel, Word, PowerPoint\n"
    )
    assert {"Microsoft Excel", "Microsoft Office"} <= skills
    assert {"French", "English"} <= set(languages)


def test_a_computing_line_under_the_languages_is_a_skills_line() -> None:
    skills, languages = _read(
        "DIALLO Mariama\nAgent de transit\nDakar · mariama.diallo@example.sn\n"
        "EXPÉRIENCE\n2019 – 2023 | Transit Sahel SARL | Agent de transit\n"
        "LANGUES\nFrançais: courant\nAnglais: Niveau moyen (B1)\n"
        "INFORMATIQUE: Word, Excel, PowerPoint et Outlook\n"
    )
    assert {"Microsoft Excel", "Microsoft Office"} <= skills
    assert {"French", "English"} <= set(languages)


def test_professional_skills_written_under_the_languages_are_skills() -> None:
    skills, _ = _read(
        "Бондаренко Ірина Петрівна\nМедична сестра\nЛьвів · iryna.bondarenko@example.ua\n"
        "Досвід роботи\n2018 – теперішній час | КНП «Міська лікарня №5» | Медична сестра\n"
        "Мови\nУкраїнська – рідна; англійська – B1.\n"
        "Професійні навички: впевнений користувач ПК (Word, Excel), ЕКГ, венепункція.\n"
    )
    assert {"Microsoft Excel", "Microsoft Office"} <= skills


def test_computing_headings_are_skills_headings() -> None:
    assert heading_key("INFORMATIQUE") == "skills"
    assert heading_key("Langues et informatique") == "skills"
    assert heading_key("Професійні навички") == "skills"
