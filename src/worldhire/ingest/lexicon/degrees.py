"""Degrees and schools as résumés write them in the hiring regions' languages: the one list every
reader of study uses (a dated entry about study, a degree line whose field of study is no skill,
a degree with its school and year written a line each, a sentence that tells a degree rather than
a job).

DEGREES names degrees and programmes of study ("B.Tech", "MSc", "licencjat", "магістр",
"licență", "cử nhân", "S1", "studia magisterskie"); SCHOOLS names the places of study
("university", "politechnika", "đại học"). They are different things: a line naming a school
alone says where someone studied, not what. TITLE_DEGREES are degrees that are also the word for
a job ("inżynier": the Polish engineering degree and an engineer): a degree only where the text
is already about study.
"""

from __future__ import annotations

from worldhire.ingest.lexicon import cue_pattern

DEGREES = (
    # Abbreviations, dotted or not ("B.Tech", "BTech", "B. Com", "M.Sc.", "B.E.", "B.Pharm").
    # Bare two-letter ones are words ("be", "me", "MS Excel", "BA" the analyst), but "BE" and "ME"
    # in capitals are the Indian engineering degrees.
    r"[bm]\.\s?(?:tech|eng|sc|com|pharm|e|s|a)\.?|[bm]\.?\s?(?:tech|eng|sc|com)|(?-i:[BM]E)|"
    r"bca|mca|bba|mba|pgdm|pgdca|ph\.?\s?d|s[12]|"
    # Words, from the first degree to the last: bachelor's, licence, master's, doctorate. Not
    # the words they open: "mastered", "Mastercard", "diplomat".
    r"bachelor\w*|bacharel\w*|baccalauréat|abitur|graduação|grado en|licenciatur\w*|"
    r"licenciad\w*|licencjat|licen[țt][ăa]|licence|master(?:s|['’]s|arbeit|studi\w*)?|"
    r"mast[eè]re|máster|maestr[íi]a|mestrado|magist\w*|pós-graduação|doctorate|doctorat|"
    r"doutorado|diplom(?!at)\w*|dipl[ôo]me|degrees?|"
    r"бакалавр\w*|магістр\w*|аспірантур\w*|cử nhân|thạc sĩ|tiến sĩ|sarjana|"
    # Programmes of study: "Studia magisterskie", "Studium der Informatik".
    r"studia|studium"
)

TITLE_DEGREES = r"inżynier\w*"

SCHOOLS = (
    r"university|universidad|universidade|universitat|uniwersytet|університет|universitatea|"
    r"université|universität|hochschule|đại học|universitas|politechnika|politecnico|"
    r"polytechnic|college|school|liceum|ліцей|liceo|colegio|lycée|gymnasium|institut[eo]? of"
)


DEGREE_IN_STUDIES = cue_pattern((), DEGREES, TITLE_DEGREES)
"""A degree named in a text already about study (an education entry)."""
