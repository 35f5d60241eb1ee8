"""Where a job post lets people work from: the countries it restricts candidates to by residence,
citizenship or the right to work, in the hiring regions' languages ("Remote within the EU/EEA, or
from the UK", "Solo personas residentes en Colombia, México o Perú", "USC/GC only").

A sentence restricts only when it says so ("only", "based in", "desde", "z terenu", "sadece");
the company's own place ("headquartered in Hamburg, Germany", "con sede en Bogotá") and a band of
time zones ("EU timezone only") restrict nothing, and countries the post excludes ("except
Venezuela", "we are not able to hire in Germany") leave the region they are cut from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.core.geo.regions import named_regions
from worldhire.ingest.lexicon.mobility import NATIONALITIES
from worldhire.ingest.post_places import countries_in
from worldhire.ingest.sentences import sentences

_RESTRICTION = re.compile(
    r"\bonly\b|based in|located in|living in|resid|\bwithin\b|remote from|remotely from|"
    r"work from|hire from|hiring from|candidates in|candidates from|open to|right to work|"
    r"remote in|authori[sz]ed to work|autoris|\b(?:recruit\w*|hiring|hire)\b[^.]*\bfrom\b|"
    r"work permit|eligible to work|must be in|remot\w*\s*[(\[]|"
    # "We hire in the US, Canada and the UK", "(Remote, Philippines)", "Remote - Brazil"
    r"\b(?:hire|hiring|employ)\s+(?:people\s+|candidates\s+|employees\s+)?in\b|"
    r"[(\[]\s*remote\s*[,/·|–—-]|\bremote\s*[–—-]\s+(?=[^\W\d_])|citizens|citizenship|"
    r"\bnationals\b|green card|\bUSC\b|\bWNI\b|"
    r"\bsolo\b|sólo|únicamente|permiso de trabajo|desde|apenas|somente|qualquer lugar d|"
    r"fora d[oa]|de qualquer|\btylko\b|wyłącznie|prawem do pracy|\bz polski\b|zdaln\w* z|"
    r"лише|тільки|виключно|з україни|дозвіл на роботу|\bdoar\b|numai|exclusiv|drept de muncă|"
    r"remote din|din orice|oriunde în|uniquement|seulement|depuis|"
    r"exclusivement|permis de travail|résid|\bnur\b|ausschließlich|"
    r"wohnhaft|arbeitserlaubnis|chỉ|cư trú|sinh sống|hanya|berdomisili|izin kerja|anywhere in|"
    r"(?:remote|home ?office|mobil\w*|arbeiten)\s+(?:\w+\s+){0,2}aus\b|"
    # "candidatos de toda a América Latina", "kandidat dari Indonesia", "kandydaci z Polski"
    r"\b(?:candidat|kandidat|kandydat)\w*\s+(?:de|da|do|en|em|dari|di|din|z|w|aus)\b|"
    r"terbuka untuk|"
    # "pra quem mora na América Latina", "dla osób mieszkających w Polsce", "who live in"
    r"quem (?:mora|more|viva|vive|resid)|mieszkając|zamieszkał|who live|people living|"
    r"que viva|que vivan|residentes|які прожива|що прожива|yalnızca|sadece|ikamet|yaşayan",
    re.IGNORECASE,
)

# A band of time zones ("EU timezone only", "anywhere in CET ±2", "US hours"): it restricts the
# hours one works, not the country one lives in.
_ZONE_BAND = re.compile(
    r"\b[\w/-]+\s+(?:time\s?zones?|timezones?|(?:business |working |office )?hours|"
    r"horario|horário|fuso horário|strefie czasowej|часов\w* поясі?)\b",
    re.IGNORECASE,
)

# Where a clause about a place stops: a sentence mark, a bracket, a dash, or a comma that opens
# a new clause (", and we", ", but"); a comma between a city and its country does not.
_CLAUSE_END = (
    r"(?=[.;:()\[\]—–|!?]|,?\s+(?:but|pero|mas|mais|aber|ale|tapi|dar)\b|"
    r",\s*(?:and|y|e|et|und|i|și|dan|và|ve)\s|$)"
)

# The company's own place: it says where the company is, not where the hire may live.
_COMPANY_PLACE = re.compile(
    r"(?:\b(?:headquartered|incorporated|registered)\s+(?:in|at)|"
    r"\b(?:hq|headquarters|head office|offices?|legal home|entity)\s+(?:is\s+|are\s+)?"
    r"(?:(?:located|based|situated)\s+)?(?:in|at)\b|"
    r"\b(?:we(?:'re|’re| are)|company is|startup is|team is)\s+(?:(?:located|based|"
    r"headquartered|spread|distributed)\s+)(?:in|across|out of|between)\b|"
    r"\b(?:spread|distributed)\s+(?:across|over|between)\b|\bbased out of\b|"
    r"\bcon sede en\b|\bsede (?:central |principal )?en\b|\boficinas? (?:centrales? )?en\b|"
    r"\bcom sede em\b|\bsediad[ao] em\b|\bescritórios? em\b|\bz siedzibą w\b|\bbiur[oa]? w\b|"
    r"\bmit sitz in\b|\bsitz in\b|\bbüros? in\b|\bbasée? à|\bsiège(?: social)? à|"
    r"\bbureaux? à|\bcu sediul în\b|\bофіс(?:ом)? (?:у|в)\b|\b(?:ber)?kantor(?: pusat)? di\b|"
    r"\btrụ sở(?: chính)? (?:tại|ở)\b)"
    r"[^.;:()\[\]—–|!?]*?" + _CLAUSE_END,
    re.IGNORECASE,
)

# Countries cut from what a post allows: "except Venezuela and Cuba", "we are not able to hire
# in Germany or France", "excepto Venezuela", "z wyjątkiem Rosji"; the clause they open.
_EXCEPT = re.compile(
    r"(?:\b(?:except(?:\s+for)?|excluding|with the exception of|other than|apart from|excepto|"
    r"exceptuando|salvo|exceto|sauf|à l'exception d[eu']?|außer|ausgenommen|z wyjątkiem|"
    r"oprócz|крім|за винятком|cu excepția|exceptând|kecuali|ngoại trừ)\b|"
    r"\b(?:can't|can’t|cannot|can not|unable to|not able to|don't|do not|won't|will not)\s+"
    r"(?:currently\s+|yet\s+)?(?:hire|employ|accept|consider|recruit|work with)\w*"
    r"(?:\s+(?:candidates|people|applicants|anyone|contractors))?\s+(?:in|from|based in)\b|"
    r"\bno (?:candidates|applicants) (?:from|in)\b|"
    r"\bnot (?:open|available) to (?:candidates |applicants |people )?(?:in|from|based in)\b)"
    r"[^.;:()\[\]—–|!?]*?" + _CLAUSE_END,
    re.IGNORECASE,
)

# "any other EU country", "innego kraju UE", "outro país da UE": the region stays whole beside a
# country named in it.
_OTHER = re.compile(
    r"\b(?:other|another|rest of|otros?|otras?|outros?|outras?|autres?|anderen?|innego|innych|"
    r"inne|інш\w*|alte|altă|lain(?:nya)?|khác|diğer)\b",
    re.IGNORECASE,
)

# Citizens and residents named by their country's adjective ("South African citizens",
# "USC/GC only", "hanya untuk WNI").
_DEMONYMS: dict[str, str] = {
    **NATIONALITIES, "us": "US", "u.s.": "US", "uk": "GB", "sa": "ZA", "eu": "EU",
}
_CITIZENS = re.compile(
    r"\b(" + "|".join(re.escape(d) for d in sorted(_DEMONYMS, key=len, reverse=True)) + r")\s+"
    r"(?:citizens?|citizenship|nationals?|passport(?:\s+holders?)?|permanent\s+residents?)\b",
    re.IGNORECASE,
)
_ABBREVIATED = re.compile(r"\b(?:USC|GC|green card)\b|\b(WNI)\b")


def _sentence_texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def _citizens(sentence: str) -> list[str]:
    codes = []
    for match in _CITIZENS.finditer(sentence):
        word = match.group(1)
        if word.lower() in {"us", "sa", "uk", "eu"} and not word.isupper():
            continue
        code = _DEMONYMS[word.lower()]
        codes += sorted(named_regions()["EU"]) if code == "EU" else [code]
    for match in _ABBREVIATED.finditer(sentence):
        codes.append("ID" if match.group(1) else "US")
    return codes


@dataclass
class _Reading:
    found: list[str] = field(default_factory=list)  # every code, regions expanded
    listed: list[str] = field(default_factory=list)  # countries named one by one
    regions: set[str] = field(default_factory=set)  # the codes of the region words
    other: bool = False  # "any other EU country": the region stays whole
    excluded: set[str] = field(default_factory=set)

    def add(self, sentence: str) -> None:
        sentence = _COMPANY_PLACE.sub(" ", sentence)
        for match in _EXCEPT.finditer(sentence):
            self.excluded |= set(countries_in(match.group(0), "countries"))
        sentence = _EXCEPT.sub(" ", sentence)
        if not _RESTRICTION.search(sentence):
            return
        sentence = _ZONE_BAND.sub(" ", sentence)
        citizens = _citizens(sentence)
        self.found += countries_in(sentence) + citizens
        self.listed += countries_in(sentence, "countries") + [c for c in citizens]
        regions = set(countries_in(sentence, "regions"))
        self.regions |= regions
        self.other = self.other or bool(regions and _OTHER.search(sentence))


def allowed_countries_in(sentence: str, which: str = "both") -> list[str]:
    """Countries one sentence restricts candidates to; `which` as for
    post_places.countries_in ("countries" only those named one by one, "regions" only those of
    its region words)."""
    reading = _Reading()
    for part in _sentence_texts(sentence):
        reading.add(part)
    if which == "countries":
        codes = reading.listed
    elif which == "regions":
        codes = [c for c in reading.found if c in reading.regions]
    else:
        codes = reading.found
    return [c for c in dict.fromkeys(codes) if c not in reading.excluded]


def allowed_countries_of(sentences: list[str]) -> list[str]:
    """The countries sentences restrict candidates to. Two or more countries named one by one
    inside the region the post also names win ("LATAM only: ... candidatos en México, Colombia
    o Argentina" is those three); one country beside its region ("Remote within Africa" and an
    office in Nigeria, "z terenu Polski lub innego kraju UE") or outside it ("the EU, or the
    UK") adds to it."""
    reading = _Reading()
    for text in sentences:
        for sentence in _sentence_texts(text):
            reading.add(sentence)
    listed = list(dict.fromkeys(reading.listed))
    inside = [c for c in listed if c in reading.regions]
    if len(inside) >= 2 and len(inside) == len(listed) and not reading.other:
        chosen = listed
    else:
        chosen = reading.found
    return [c for c in dict.fromkeys(chosen) if c not in reading.excluded]
