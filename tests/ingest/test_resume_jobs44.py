"""Issue 15, résumé jobs (session 44): lines read as jobs that a reader counts as none: a pay
line, a degree told in a sentence, volunteering under a heading joined by "&", and a summary's
sentence about the whole career."""

from __future__ import annotations

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key


def _resume_jobs(text: str) -> list[tuple[str, str | None]]:
    person = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


def test_a_pay_line_in_any_language_is_no_job() -> None:
    """ "Gaji yang diharapkan: Rp 9 juta/bulan", "Sueldo deseado: ..." under the last job: what
    the person asks to be paid, whatever words the label is written in."""
    for label in ("Gaji yang diharapkan", "Sueldo pretendido", "Salaire souhaité"):
        text = (
            "Rina Kartika\nrina.kartika@example.id\n\n"
            "Pengalaman kerja\n"
            "Sejak 2019 saya bekerja di PT Sinar Abadi Tbk sebagai staf administrasi, mengelola "
            "arsip faktur.\n\n"
            "Bahasa: Indonesia (native), Inggris (dasar)\n"
            f"{label}: Rp 9 juta/bulan\n"
        )
        assert _resume_jobs(text) == [("staf administrasi", "PT Sinar Abadi Tbk")], label


def test_a_study_verb_opening_a_sentence_tells_a_degree_not_a_job() -> None:
    """ "Estudié Técnica en Logística en el Instituto X (2016)": the verb says it was study; the
    words after it are no title and the field of study no employer."""
    for sentence in (
        "Estudié Técnica en Logística en el Instituto Técnico Central (2016).",
        "Antes de recibirme de Contador en Finanzas (UBA, 2015) trabajé poco.",
        "I studied Hotel Management at Kenya Utalii College (2012).",
    ):
        assert all(not j.title or j.organization is None for j in jobs_in_sentence(sentence)), (
            sentence,
            jobs_in_sentence(sentence),
        )


def test_the_job_of_a_study_sentence_stays() -> None:
    """A sentence that tells a study and a job keeps the job: "Antes de recibirme ... hice una
    pasantía en Banco X en 2014"."""
    told = jobs_in_sentence("Trabajé como cajero en Supermercados Día entre 2014 y 2016.")
    assert [(j.title, j.organization) for j in told] == [("cajero", "Supermercados Día")]


def test_a_heading_joined_by_an_ampersand_is_read_as_with_its_own_and() -> None:
    """ "PENGALAMAN ORGANISASI & RELAWAN" is the lexicon's "pengalaman organisasi dan relawan":
    the writer's "&" stands for the language's "and", so the volunteering under it is no job."""
    assert heading_key("PENGALAMAN ORGANISASI & RELAWAN") == heading_key(
        "Pengalaman Organisasi dan Relawan"
    )
    text = (
        "Dewi Anggraini\ndewi.anggraini@example.id\n\n"
        "PENGALAMAN KERJA\n"
        "Asisten Akuntan — PT Maju Bersama Tbk\nJanuari 2022 – sekarang\n"
        "- Rekonsiliasi bank bulanan.\n"
        "PENGALAMAN ORGANISASI & RELAWAN\n"
        "Relawan Pajak (Pojok Pajak Kampus) – Maret 2021 – Mei 2021\n"
        "• Membantu mahasiswa mengisi SPT.\n"
        "Sekretaris, Himpunan Mahasiswa Manajemen – 2020 – 2021\n"
        "• Menyusun notulen rapat.\n"
    )
    assert _resume_jobs(text) == [("Asisten Akuntan", "PT Maju Bersama Tbk")]


def test_a_summary_sentence_on_the_whole_career_is_no_job_beside_listed_ones() -> None:
    """ "Ingeniera en Bioprocesos con 6 años de experiencia ..." under PERFIL, above dated jobs:
    the writer sums up her career; the field of her degree is no employer."""
    text = (
        "Lucía Paredes\nlucia.paredes@example.mx\n\n"
        "PERFIL\n"
        "Ingeniera en Bioprocesos con 6 años de experiencia en control de calidad de alimentos.\n\n"
        "EXPERIENCIA LABORAL\n"
        "Analista de Calidad — Grupo Bimbo\nMarzo 2021 – Actualidad\n"
        "- Liberación de lotes y auditorías internas.\n"
        "Técnica de Laboratorio — Lácteos del Bajío\nEnero 2018 – Febrero 2021\n"
        "- Análisis microbiológicos.\n"
    )
    assert _resume_jobs(text) == [
        ("Analista de Calidad", "Grupo Bimbo"),
        ("Técnica de Laboratorio", "Lácteos del Bajío"),
    ]


def test_the_and_of_polish_and_croatian_is_no_english_i() -> None:
    """ "Specjalista ds. sprzedaży i marketingu": the lower-case "i" of Polish, Croatian or Czech
    is "and", not the English "I" that makes a dated line a sentence about its writer; the line
    heads a job with its duties below."""
    text = (
        "05.2020 – obecnie | Specjalista ds. sprzedaży i marketingu, Rolmex Sp. z o.o.,\n"
        "Poznań\n\n"
        "Obsługa klientów hurtowych, raporty sprzedaży\n"
        "Kampanie w mediach społecznościowych\n\n"
        "03.2017 – 04.2020 | Asystent handlowy, Agromax s.c., Gniezno\n"
    )
    assert [(j.title, j.organization) for j in split_jobs(text.split("\n"))] == [
        ("Specjalista ds. sprzedaży i marketingu", "Rolmex Sp. z o.o"),
        ("Asystent handlowy", "Agromax s.c"),
    ]


def test_the_title_is_the_one_told_first_whatever_its_cue() -> None:
    """ "I was a stock controller at X, and I began as a cashier ...": the title told with the
    employer and the dates is the first one written, whichever cue ("was", "as") leads to it."""
    for sentence, title, org in (
        (
            "From 2016 to 2019 I was a stock controller at Shoprite, and I began as a cashier "
            "in a small shop in Accra.",
            "stock controller",
            "Shoprite",
        ),
        (
            "Avant, de 2009 à 2015, j'étais chef de rayon chez Auchan Villeneuve, et j'ai "
            "commencé comme employé libre-service chez un épicier de Lens en 2005.",
            "chef de rayon",
            "Auchan Villeneuve",
        ),
    ):
        told = jobs_in_sentence(sentence)
        assert [(j.title, j.organization) for j in told][:1] == [(title, org)], told
