"""Whether words read as a person's name, and the name as the person writes it (`header` finds
where a résumé puts it): honorifics and degrees stripped, a name in capitals or in lower case
capitalised, "DELA CRUZ, MARIA LUISA" read in the order written, two spellings of one name told
alike, and how well an e-mail address spells it.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.contracts import CONTRACTS
from worldhire.ingest.lexicon.name_words import EVERYDAY, NAME_PARTICLES, NOT_NAME_WORDS
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.shared.geo import fold, resolve_place
from worldhire.ingest.text import clean_field

# How a job is held, in each language ("Jornada Completa", "Повна зайнятість"): never a name.
_CONTRACT_PHRASES = frozenset(fold(c) for c in CONTRACTS)
# The vowel signs and tone marks of Thai and the vowel marks of Arabic are no word characters to
# `\w` (Unicode marks), yet they sit inside every word of a name written in those scripts.
NAME_MARKS = "\u064b-\u065f\u0670\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_NAME_WORD = re.compile(rf"[^\W\d_][\w{NAME_MARKS}'’.-]*")


# Honorifics and degrees around a name: "Mag. Dr. Katharina Gruber", "Larissa Teixeira, PhD".
_HONORIFIC = re.compile(
    r"^(?:(?:(?:dr|dipl)\.-[a-zäöü]+|dr|prof|mag|ing|dipl|mgr|inż|inz|hab|mr|mrs|ms|miss|sr|sra|srta|dott|ir|drs|"
    r"engr|eng|pan|pani|herr|frau|mme|bc|mudr|judr|ph\.?d|"
    # Latin American titles before a name: "Lic. Enf. María Guadalupe", "Mtra.", "C.P."
    r"lic|licda|lcda|enf|arq|mtro|mtra|dra|abg|psic|c\.p|"
    # Thai: Miss, Mrs, Mr ("นางสาว ศิริพร แก้วมณี")
    r"นางสาว|นาง|นาย)\.?\s+)+",
    re.IGNORECASE,
)
# "M." is the French "Monsieur" before a surname in capitals ("M. Jean DUPONT"); before names
# in lower case it is an initial, as South Asian names write Muhammad ("M. Usman Qureshi").
_MONSIEUR = re.compile(r"^M\.\s+(?=(?:\S+\s+)*[^\W\d_a-zß]{2,}\b)")
# Degrees and titles written after a name ("Jane Doe, MA, PhD", "Lukas Gruber, MSc (WU)", "CRUZ,
# RN", "DIMAS ARYA PRATAMA, S.Kom."): what the person studied or is certified in, not their name,
# not what they do, nor where they live ("MA", "MD" and "MS" after a town are US states).
_POST_NOMINALS = (
    r"ph\.?\s?d", r"m\.?sc", r"b\.?sc", "mba", "md", "cpa", "pmp", "ceng", "dr", "rn", "lpn",
    "cfa", "acca", "llb", "bakk", r"dipl\.-ing",
)
# ... and those that are also names or initials ("Li Ma", "Tan Beng", "Lucia Di", "M.Ali"):
# degrees after a comma only; the Indonesian "S.Kom.", "S.E.", "M.M.", "A.Md." are written so
_POST_NOMINALS_AFTER_COMMA = (
    "ba", "ma", "ms", "mag", "di", "beng", "meng", "llm", r"[sm]\.[a-z]{1,5}", r"a\.md",
)
_ANY_POST_NOMINAL = "|".join(_POST_NOMINALS + _POST_NOMINALS_AFTER_COMMA)
_DEGREE = re.compile(
    rf",?\s+(?:{'|'.join(_POST_NOMINALS)})\.?$|(?:,\s*(?:{_ANY_POST_NOMINAL})\.?)+$",
    re.IGNORECASE,
)
# What follows a name and a comma when it is degrees only ("MSc (WU), CFA").
POST_NOMINALS = re.compile(
    rf"(?:(?:{_ANY_POST_NOMINAL})\.?"
    r"(?:\s*\([^()]{1,12}\))?[\s,]*)+",
    re.IGNORECASE,
)
# "FUENTES ROJAS, Catalina Andrea": the surnames, a comma, then the given names, as forms and
# official lists write a name; one name, in the order written.
_SURNAME_COMMA = re.compile(r"^\s*([^\W\d_][^,\d]{1,40}),\s*([^\W\d_][^,\d]{1,40})$")


def _names_same(short: str, full: str) -> bool:
    """`short` names the person `full` names: the same words in any order, or the first and
    last of them ("Rafael Souza" of "Rafael Almeida de Souza"), a word perhaps shortened to its
    initial ("Rosa Quispe M." signing a letter from "Rosa Elvira Quispe Mamani")."""
    a, b = fold(short).replace(".", "").split(), fold(full).replace(".", "").split()
    if not a or not b:
        return False

    def within(word: str, other: str) -> bool:
        return word == other or (len(word) == 1 and other.startswith(word))

    return sorted(a) == sorted(b) or (
        all(any(within(w, x) for x in b) for w in a)
        and within(a[0], b[0])
        and within(a[-1], b[-1])
    )


def _surnames_first(text: str) -> str:
    """ "DELA CRUZ, MARIA LUISA B." or "DA SILVA, João Carlos" as one name in the order written:
    surnames in capitals, a comma, the given names, as forms and official lists write a name (a
    comma after a name written otherwise parts it from a title or a place)."""
    match = _SURNAME_COMMA.match(_strip_titles(text))  # "CRUZ, RN" or ", S.Kom." is a degree
    if (
        match is None
        or not match.group(1).isupper()
        or len([w for w in match.group(1).split() if w.lower() not in NAME_PARTICLES]) > 3
        or resolve_place(match.group(2)) is not None
    ):
        return text  # "MANILA, Philippines" is a place; "SANTOS, JOHN PAUL R." a name
    joined = f"{match.group(1).strip()} {match.group(2).strip()}"
    return joined if plausible_name(joined) else text


# Thai writes Mr, Mrs and Miss glued to the given name ("นายวีระพงษ์ ศรีสุข"), no space between.
_THAI_HONORIFIC = re.compile(r"^(?:นางสาว|น\.ส\.|นาง|นาย)(?=[\u0e01-\u0e2e])")


def _strip_titles(text: str) -> str:
    text = _HONORIFIC.sub("", text.strip(" *_,;:"))
    text = _THAI_HONORIFIC.sub("", text)
    text = _MONSIEUR.sub("", text)
    return _DEGREE.sub("", text).strip(" *_,;:")


_CYRILLIC_LATIN = (
    "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia y e e _"
)
_CYRILLIC = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ", _CYRILLIC_LATIN.split(), strict=True))


def _latin(text: str) -> str:
    """Folded, with Cyrillic spelled in Latin letters, the way people spell their e-mail."""
    return "".join(_CYRILLIC.get(ch, ch) for ch in fold(text)).replace("_", "")


def _email_words(emails: list[str]) -> set[str]:
    words: set[str] = set()
    for email in emails:
        local = fold(email.split("@", 1)[0])
        words.add(re.sub(r"[^a-z]", "", local))
        words.update(w for w in re.split(r"[^a-z]+", local) if len(w) >= 3)
    return words


def _agreement(name: str, email_words: set[str]) -> float:
    """How well an e-mail address spells the name: 2 for two name words (or the whole name run
    together), 1 for one word of four letters or more."""
    words = [w for w in re.split(r"[^a-z]+", _latin(name)) if len(w) >= 2]
    if not words or not email_words:
        return 0.0
    joined = "".join(words)
    if len(words) >= 2 and any(
        joined in w or (w in joined and len(w) >= max(6, 0.6 * len(joined))) for w in email_words
    ):
        return 2.0
    inside = [w for w in words if len(w) >= 3 and any(w in e for e in email_words)]
    if len(inside) >= 2:
        return 2.0
    return 1.0 if any(len(w) >= 4 for w in inside) else 0.0


def plausible_name(text: str, *, strict: bool = True) -> bool:
    """Words that read as a person's name. `strict` asks for capitalised words; the first line
    of a document may be written in lower case ("arjun ks")."""
    text = text.strip()
    words = text.split()
    # "María José de la Fuente Ruiz": particles are no more words of a name
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not 1 <= len(named) <= 5 or len(words) > 8 or len(text) > 60:
        return False
    if any(not _NAME_WORD.fullmatch(w) for w in words):
        return False
    if re.search(r"@|https?:|www\.|\d", text):
        return False
    folded = [fold(w).strip(".") for w in words]
    if any(w in NOT_NAME_WORDS for w in folded) or fold(text) in NOT_NAME_WORDS:
        return False
    if fold(text) in _CONTRACT_PHRASES:
        return False
    if heading_key(text) is not None or resolve_place(text) is not None:
        return False
    if len(words) == 1 and (strict or len(text) < 3):
        return False  # one word alone ("Haifa", "Full-time") is a name only where links agree
    if all(len(w) <= 1 for w in folded):
        return False  # initials alone ("A. R.", "J. D."): an agency hid the name behind them
    # Arabic and Thai have no capitals: every word of theirs is as a capitalised one
    if all(w[:1].isupper() or not w[:1].islower() or fold(w) in NAME_PARTICLES for w in words):
        return True
    if strict:
        return False
    # A name written in lower case ("arjun ks"): a few short words that are not everyday ones.
    return len(words) <= 4 and not any(
        w in EVERYDAY and w not in NAME_PARTICLES for w in folded
    )


def _display_name(text: str) -> str:
    """A name written all in capitals or all in lower case, capitalised ("arjun ks" -> "Arjun
    Ks"); a surname in capitals beside given names stays as written, marking the surname."""
    name = clean_field(text, 120).strip(" ,;:")
    if name.isupper() or name.islower():
        # Turkish alone writes a dotted capital İ or a dotless small ı, and cases its I's
        # apart: "IŞIK ÇELİK" is "Işık Çelik", "ilkay ışık" "İlkay Işık"
        turkish = "İ" in name or "ı" in name
        return " ".join(  # "NGUYỄN VĂN AN": "Văn" is a name, not the particle "van"
            w.lower() if w.lower() in NAME_PARTICLES and i else _capitalised(w, turkish)
            for i, w in enumerate(name.split())
        )
    return name


def _capitalised(word: str, turkish: bool = False) -> str:
    """Each part of a name word capitalised: "ADEBAYO-WILLIAMS" -> "Adebayo-Williams",
    "O'BRIEN" -> "O'Brien"; with Turkish's I's when `turkish`."""
    upper, lower = (_TURKISH_UPPER, _TURKISH_LOWER) if turkish else ({}, {})
    return re.sub(
        r"[^\W\d_]+",
        lambda m: m.group(0)[:1].translate(upper).upper() + m.group(0)[1:].translate(lower).lower(),
        word,
    )


_TURKISH_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
