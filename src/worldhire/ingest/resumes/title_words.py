"""Words that make a phrase a job title, in the hiring regions' languages.

English: the head words of ESCO's occupation names ("merchandiser", "recruiter", "electrician":
the last word of a preferred or alternative label that ends two or more of them and names a
person). Other languages: the words of the title vocabulary the occupation matcher translates
with ("księgowa", "enfermera", "Pflegefachkraft", "kỹ sư"). Telling "MIS Executive" from
"Concentrix" in a header needs this breadth; a hand list of twenty head words does not have it.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise

from worldhire.ingest.shared.geo import fold
from worldhire.occupations.catalog import load_catalog

# Endings of nouns that name a person by what they do.
_AGENT = re.compile(
    r"(?:er|or|ist|ian|ant|ent|eer|ive|man|woman|person|smith|ess|ary|ee|ard|ier|yst|ic|ute)$"
)
_PEOPLE = frozenset(
    """
    chef cook nurse guide pilot coach host aide guard judge vet rep staff crew lead head chief
    associate executive clerk apprentice professional trainee intern cashier captain officer
    midwife doctor physician lawyer attorney paralegal nanny maid butler caddie generalist
    internee
    """.split()  # noqa: SIM905
)
# Last words of occupation names that are also everyday things on a résumé.
_NOT_PEOPLE = frozenset(
    """
    computer server container order paper water center centre user customer transformer
    number letter power filter layer monitor buffer player printer reader
    register master poster sticker timer counter folder office
    """.split()  # noqa: SIM905
)
_CONNECTORS = frozenset(
    ["de", "da", "do", "dos", "das", "del", "la", "le", "w", "ds", "ds.", "i", "y", "e", "et",
     "und", "für", "of", "the"]
)


@cache
def title_words() -> frozenset[str]:
    ends: Counter[str] = Counter()
    for occupation in load_catalog().occupations:
        for name in (occupation.label, *occupation.alt_labels):
            words = re.findall(r"[a-z]+", name.lower())
            if words:
                ends[words[-1]] += 1
    english = {
        w for w, n in ends.items()
        if n >= 2 and len(w) >= 3 and (_AGENT.search(w) or w in _PEOPLE) and w not in _NOT_PEOPLE
    }
    english |= _PEOPLE
    # A loanword heads a title of another language ("office boy" in Indonesian) without naming
    # a person in English ("Kumasi Regional Office")
    return frozenset((english | _vocabulary_words(english) | _MORE) - _SENIORITY - _NOT_PEOPLE)


_SENIORITY = frozenset(["senior", "junior", "mid", "sr", "jr", "trainee"])
# Common titles of the hiring regions the vocabulary does not carry (folded).
_MORE = frozenset(
    """
    stazysta stazystka praktykant adiunkt asystent asystentka becario becaria pasante
    practicante estagiario estagiaria aprendiz macon coffreur stagiaire alternant comptable
    werkstudent werkstudentin praktikant praktikantin assistent assistentin assistenz mitarbeiter
    mitarbeiterin sachbearbeiter sachbearbeiterin dosen asisten staf magang pegawai karyawan
    stagiar asistent contabil consilier referent бухгалтер стажер стажиста stazista асистент
    викладач administratrice ingenieure analyste directrice conseillere vendeuse technicienne
    gestionnaire responsable chargee assistante adjointe coordinatrice animatrice formatrice
    operatrice preparatrice controleuse developpeuse consultante hotesse employee agente
    conducteur conductrice chauffeur chauffeuse cariste
    addetto addetta impiegato impiegata magazziniere operaio operaia commesso commessa stagista
    tirocinante ingegnere sviluppatore sviluppatrice responsabile tecnico tecnica consulente
    cassiere cassiera contabile autista infermiere infermiera insegnante programmatore
    programmatrice ricercatore ricercatrice direttore direttrice
    ejecutivo ejecutiva encargado encargada coordinador coordinadora representante docente
    profesor profesora maestro maestra enfermero enfermera contador contadora promotor
    promotora repartidor repartidora comprador compradora executivo executiva coordenador
    coordenadora enfermeiro
    enfermeira motorista professora guru perawat bidan kurir sopir nauczyciel nauczycielka
    pielegniarka magazynier kierowca вчитель вчителька медсестра водій ogretmen hemsire
    """.split()  # noqa: SIM905
)


# German heads the vocabulary lacks; compounds and women's forms are built on them (below).
_GERMAN_HEADS = frozenset(
    ["leiter", "kaufmann", "kauffrau", "berater", "werkstudent", "praktikant", "assistent",
     "referent", "referendar"]
)


@cache
def _german_heads() -> frozenset[str]:
    heads = {fold(row[1]) for row in _vocabulary_rows() if row[0] == "de"}
    return frozenset({h for h in heads if h in title_words()} | _GERMAN_HEADS)


def _vocabulary_rows() -> list[list[str]]:
    blob = resources.files("worldhire").joinpath("occupations/data/title_vocabulary.tsv")
    rows = csv.reader(io.StringIO(blob.read_text(encoding="utf-8")), delimiter="\t")
    return [row for row in rows
            if len(row) >= 3 and not row[0].startswith("#") and row[0] != "lang"]


def _vocabulary_words(english: set[str]) -> set[str]:
    out: set[str] = set()
    for row in _vocabulary_rows():
        syllables = fold(row[1]).split()
        words = [w for w in syllables if w not in _CONNECTORS and len(w) >= 3]
        translated = re.findall(r"[a-z]+", row[2].lower())
        if row[0] == "vi" and len(syllables) >= 2:
            words = [" ".join(syllables[:2])]
        if not words or not translated or translated[-1] not in english:
            continue  # "trasy krajowe" (national routes) helps a title matcher, not a reader
        # Titles lead with their head in the Romance and Slavic languages, Vietnamese (two
        # syllables: "kỹ sư phần mềm") and Indonesian ("ingeniero de datos"); German ones are
        # one word.
        out.add(words[0])
    return out


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@lru_cache(maxsize=1 << 16)
def _is_title_word(token: str) -> bool:
    if token in title_words():
        return True
    # A German woman's title is the man's with -in ("Buchhalterin"), whose head may be a word
    # English titles end on too ("Generalistin", "Journalistin"); a German compound title ends
    # on its head ("Lohnbuchhalter", "Teamleiter", "Bankkauffrau").
    stem = token[:-2] if token.endswith("in") and len(token) >= 8 else token
    heads = _german_heads()
    return stem in heads or (stem != token and stem in title_words()) or any(
        stem.endswith(head) and len(stem) - len(head) >= 3 for head in heads if len(head) >= 6
    )


def title_word_count(text: str) -> int:
    """How many words of `text` are job-title words."""
    words = title_words()
    tokens = [fold(t) for t in _TOKEN.findall(text)]
    count = sum(1 for t in tokens if _is_title_word(t))
    count += sum(1 for a, b in pairwise(tokens) if f"{a} {b}" in words)
    return count


def has_title_word(text: str) -> bool:
    return title_word_count(text) > 0


@cache
def occupation_names() -> frozenset[str]:
    """Whole job titles, folded: ESCO's occupation names and the title vocabulary's phrases in
    the hiring regions' languages ("data scientist", "analityk danych", "chauffeur poids
    lourd")."""
    names = {fold(n) for o in load_catalog().occupations for n in (o.label, *o.alt_labels)}
    people = title_words()
    # A vocabulary phrase whose translation names a person ("analista de datos": data analyst),
    # not a field ("ciencia de datos": data science).
    names |= {fold(row[1]) for row in _vocabulary_rows()
              if (translated := re.findall(r"[a-z]+", row[2].lower())) and translated[-1] in people}
    return frozenset(" ".join(_TOKEN.findall(n)) for n in names)


def names_a_job(text: str) -> bool:
    """The words are a whole job title of two or more words, one a title word ("Data
    Scientist", "team leader", "analityk danych"), not a skill that shares a title's words
    ("data science", "Postman")."""
    tokens = [fold(t) for t in _TOKEN.findall(text)]
    return len(tokens) >= 2 and " ".join(tokens) in occupation_names() and has_title_word(text)
