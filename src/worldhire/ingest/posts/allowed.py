"""Where a job post lets people work from: the countries it restricts candidates to by residence,
citizenship or the right to work, in the hiring regions' languages ("Remote within the EU/EEA, or
from the UK", "Solo personas residentes en Colombia, México o Perú", "USC/GC only").

A place restricts only where a restriction cue of the post's language governs it (lexicon/
restrictions: "based in", "desde", "z terenu" before it in its clause, "residents" or "only" right
after it, a word for remote work just before it), never because it shares a sentence with one: when
unsure, a post restricts nothing, since a restriction hides people from the role's pool and a
missing one only shows a few more. Countries are named in any hiring language, after prepositions
and with typos (posts.places); the company's own place ("headquartered in Hamburg, Germany", "con
sede en Bogotá") and a band of time zones ("EU timezone only") restrict nothing, and countries the
post excludes ("except Venezuela", "we are not able to hire in Germany") leave the region they are
cut from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pycountry

from worldhire.core.data_protection import DATA_PROTECTION, DATA_PROTECTION_LAWS, PERSONAL_DATA
from worldhire.core.geo.regions import named_regions
from worldhire.ingest.lexicon import cue_pattern as _cue_pattern
from worldhire.ingest.lexicon.mobility import NATIONALITIES
from worldhire.ingest.lexicon.restrictions import BACKWARD, EXCLUSIVE, FORWARD, REMOTE_WORDS
from worldhire.ingest.posts.places import city_in, countries_in, misspelt_countries
from worldhire.ingest.shared.sentences import sentences

# A hiring verb, a few words, then where from: "We are recruiting experienced nurses from",
# "contratamos personas en", "zatrudniamy osoby z".
_HIRING_FROM = (
    r"(?:recruit|recruiting|hire|hiring|employ|employing|contratamos|contratando|zatrudniamy|"
    r"rekrutujemy|recrutons|recrutamos|embauchons|assumiamo|einstellen)"
    r"\s+(?:[^\W\d_][\w-]*\s+){0,3}?(?:from|in|de|en|em|z|w|aus|dari|di|da|din)|"
    # "through our EOR (Deel) in: Brazil, ...": an employer of record hires only where it is
    r"\b(?:eor|employer\s+of\s+record)(?:\s*\([^()]{1,30}\))?\s+in\b"
)
_FORWARD = _cue_pattern(FORWARD, _HIRING_FROM)
_EXCLUSIVE = _cue_pattern(EXCLUSIVE)
_BACKWARD = _cue_pattern(BACKWARD)
_REMOTE = _cue_pattern(REMOTE_WORDS)
# "(Remote, Philippines)", "Remote - Brazil", "Remote (US only)": what follows a word for remote
# work closely, up to the next sentence mark.
_REMOTE_REACH = 60
# "only" governs the places its clause names when the first comes within a few words ("only
# from Kenya, Nigeria or Ghana", "only in the United States"), not one further on ("you will
# only work with our team in Poland").
_ONLY_REACH = 4
# A cue reaches back this far for the places it governs ("UAE or KSA residents only").
_BACK_REACH = 50
# Where the clause a cue governs ends: a sentence mark (not the dot of "U.S."), a bar, a line
# end, or a new clause (", but", ", and we"); brackets stay inside it ("based in Asia
# Tenggara (Singapura, Malaysia, ...)").
_SCOPE_END = re.compile(
    r"(?<![A-Z])\.(?=\s|$)|[;!?|\n]|,?\s+(?:but|pero|mas|mais|aber|ale|tapi|dar|ma)\s|"
    r",\s*(?:and|y|e|et|und|i|și|dan|và|ve)\s+(?:we|you|our|nuestro|nosso|nous|wir|kami)\b",
    re.IGNORECASE,
)
# Where a clause a cue closes starts, looking back from the cue.
_SCOPE_START = re.compile(
    r"[.;:!?|(\[\n]|\s[–—-]\s|\b(?:but|pero|mas|mais|aber|ale|tapi|dar|ma)\s", re.IGNORECASE
)

# A sentence about applicants' personal data ("Applicants in the EU: see our GDPR privacy
# notice", "California residents: see our CCPA notice") says which law covers whom, not who may
# apply.
_PRIVACY = _cue_pattern((), PERSONAL_DATA, DATA_PROTECTION_LAWS, DATA_PROTECTION)
# "We employ people in the US and Canada directly and hire everyone else as contractors": the
# places name one way of hiring among others, so everyone may apply. ("elsewhere in the EU"
# still restricts, to the EU.)
_ELSEWHERE_TOO = re.compile(
    r"\b(?:every(?:one|body|where)|any(?:one|body|where))\s+else\b|\belsewhere\b(?!\s+(?:in|within)\b)|"
    r"\b(?:the\s+)?rest of the world\b|\b(?:in\s+)?all other countries\b|"
    r"\bresto del mundo\b|\bresto do mundo\b|\breste du monde\b|\brest der welt\b",
    re.IGNORECASE,
)


# Words of help with a move ("we sponsor work permits for", "we help you relocate to"): a place
# after them is where the hire will go, not where they must already be.
_SUPPORT = re.compile(
    r"\b(?:sponsor\w*|relocat\w*|help\w*|support\w*|assist\w*|patrocin\w*|ayuda\w*|apoy\w*|"
    r"reubica\w*|realoca\w*|relocaliza\w*|ajuda\w*|pomoc\w*|pomaga\w*|wspiera\w*|relokac\w*|"
    r"unterstütz\w*|umzug\w*|accompagn\w*|aide\w*|aiut\w*|bantu\w*|допомага\w*|"
    r"релокац\w*)\b",
    re.IGNORECASE,
)


# "based in the UAE or willing to relocate", "residentes em SP ou com disponibilidade para
# mudança": a place one may also move to restricts nobody.
_OR_MOVE = re.compile(
    r"\b(?:or|ou|o|lub|oder|или|або|sau|atau|hoặc)\s+(?:(?:are|be|is|who are|que)\s+)?"
    r"(?:willing|ready|open|happy|able|dispost\w*|dispuest\w*|disponibilidade|gotow\w*|bereit|"
    r"готов\w*|sẵn sàng|bersedia)\b[^.;!?\n]{0,30}?\b(?:relocat\w*|move|moving|mudar\w*|mudança|"
    r"trasladar\w*|reubica\w*|przeprowadz\w*|umzuziehen|umzug|переезд\w*|переїзд\w*|"
    r"chuyển|pindah|déménag\w*)",
    re.IGNORECASE,
)
# The cues of residence: a town after them ("con residencia en Monterrey", "residentes em
# Curitiba") stands for its country.
_RESIDENCE_CUE = re.compile(
    r"resid|résid|rezid|living|live in|based in|domicil|mieszkaj|wohnhaft|прожива|ikamet|locui|"
    r"tinggal|sinh sống|السكن|الإقامة|الاقامة|مقيم|يقيم",
    re.IGNORECASE,
)


# "data residency in the UAE and KSA": where data is kept, not where people live.
_DATA_BEFORE = re.compile(r"\b(?:data|dados|datos|danych|daten|données|dữ liệu)\s+$", re.I)


# A job board's links to lists of posts ("Also check out remote jobs in Europe, US, Canada",
# "empleos remotos en LATAM"): where other jobs are, not where this one may be done from.
_LISTINGS_AFTER = re.compile(
    r"\s+(?:jobs|positions|roles|vacancies|openings|opportunities|job offers|gigs)\b", re.I
)
_LISTINGS_BEFORE = re.compile(
    r"\b(?:empleos|trabajos|vacantes|ofertas|vagas|empregos|emplois|lowongan|вакансії|"
    r"вакансии)\s+$",
    re.IGNORECASE,
)


# A clause about other people than the hire ("Our team works remotely across Europe", "Your
# manager is based in London", "Nuestro equipo trabaja desde Madrid"): where they are, not where
# the hire may live. (Not once the hire is in the clause: "Our team hires you from ...".)
_OTHERS_SUBJECT = re.compile(
    r"^\W*(?:our|your|the|my|their|nuestro|nuestra|nuestros|nuestras|nosso|nossa|nossos|"
    r"notre|nos|unser|unsere|nasz|nasza|nasi)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|teams|manager|managers|lead|ceo|cto|founders?|engineers|colleagues|staff|"
    r"employees|people|squad|hq|headquarters|clients?|customers?|users|partners|investors|"
    r"equipo|equipe|time|équipe|team|zespół|clientes|klienci)\b(?![^,;]*\b(?:you|tú|você|vous|"
    r"du|ty)\b)",
    re.IGNORECASE,
)


def _forward(sentence: str, start: int, reach: int | None = None) -> str:
    end = _SCOPE_END.search(sentence, start)
    stop = end.start() if end else len(sentence)
    if reach is not None and start + reach < stop:
        # (a whole word: "Serviç", the cut end of "Serviços", is one edit from "Sérvia")
        stop = sentence.rfind(" ", start, start + reach + 1)
        stop = stop if stop > start else start + reach
    return sentence[start:stop]


def _backward(sentence: str, end: int) -> str:
    start = max(0, end - _BACK_REACH)
    for mark in _SCOPE_START.finditer(sentence, start, end):
        start = mark.end()
    return sentence[start:end]


def restricted_scopes(sentence: str) -> list[str]:
    """The parts of a sentence a restriction cue governs: what follows "based in", "desde",
    "z terenu" in its clause, what closely follows a word for remote work, what stands just
    before "residents" or "citizens", and both sides of "only"."""
    scopes = [
        _forward(sentence, m.end()) for m in _FORWARD.finditer(sentence)
        if not _SUPPORT.search(_backward(sentence, m.end()))
        and not _DATA_BEFORE.search(sentence, 0, m.start())
        and not _OTHERS_SUBJECT.match(_backward(sentence, m.start()))
    ]  # fmt: skip
    scopes += [
        _forward(sentence, m.end(), _REMOTE_REACH) for m in _REMOTE.finditer(sentence)
        if not _LISTINGS_AFTER.match(sentence, m.end())
        and not _LISTINGS_BEFORE.search(sentence, 0, m.start())
        and not _OTHERS_SUBJECT.match(_backward(sentence, m.start()))
    ]  # fmt: skip
    scopes += [_backward(sentence, m.start()) for m in _BACKWARD.finditer(sentence)]
    for m in _EXCLUSIVE.finditer(sentence):
        after = _forward(sentence, m.end())
        if countries_in(" ".join(after.split()[:_ONLY_REACH])):
            scopes.append(after)
        scopes.append(_backward(sentence, m.start()))
    return [s for s in scopes if s.strip() and not _OR_MOVE.search(s)]


# A town before "based" that says who alone may apply ("Lahore based candidates only", "only
# Cebu-based applicants"), not where a company is ("a Karachi-based fintech").
_TOWN_BASED_ONLY = re.compile(
    r"(?P<town>[^\W\d_][\w'.]*(?:\s+[^\W\d_][\w'.]*)?)[- ]based\s+"
    r"(?:candidates|applicants|people|talent|professionals)\s+only\b|"
    r"\bonly\s+(?P<after>[^\W\d_][\w'.]*(?:\s+[^\W\d_][\w'.]*)?)[- ]based\b",
    re.IGNORECASE,
)


def _resident_towns(sentence: str) -> list[str]:
    """The countries of the towns a residence cue governs where it names no country ("Solo
    candidatos con residencia en Monterrey y area metropolitana", "Lahore based candidates
    only")."""
    codes = []
    for m in _TOWN_BASED_ONLY.finditer(sentence):
        named = m.group("town") or m.group("after")
        # "for Philippine-based applicants only": a people's adjective stands for its country
        nation = NATIONALITIES.get(named.split()[-1].lower())
        town = (nation, None) if nation else city_in(named)
        if town is not None and town[0] and not countries_in(m.group(0)):
            codes.append(town[0])
    for m in _FORWARD.finditer(sentence):
        scope = _forward(sentence, m.end())
        if (not _RESIDENCE_CUE.search(m.group(0)) or _OR_MOVE.search(scope)
                or _OTHERS_SUBJECT.match(_backward(sentence, m.start()))
                or countries_in(scope) or misspelt_countries(scope)):  # fmt: skip
            continue
        town = city_in(scope)
        if town is not None and town[0]:
            codes.append(town[0])
    return codes


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
    r",\s*(?:and|y|e|et|und|i|și|dan|và|ve)\s|"
    # "desde nuestra oficina en Providencia o 100% remoto desde Chile": remote work offered
    # instead of the office, from a place of its own
    r",?\s+(?:or|o|ou|lub|sau|oder|atau|veya)\s+(?:[\w%]+\s+){0,2}?"
    r"(?:remot|zdaln|télétravail|teletrabajo|teletrabalho|à distance|from home|uzaktan)|$)"
)

# The company's own place: it says where the company is, not where the hire may live.
_COMPANY_PLACE = re.compile(
    r"(?:\b(?:headquartered|incorporated|registered)\s+(?:in|at)|"
    r"\b(?:hq|headquarters|head office|offices?|legal home|entity)\s+(?:is\s+|are\s+)?"
    r"(?:(?:located|based|situated)\s+)?(?:in|at)\b|"
    r"\b(?:we(?:'re|’re| are)|company is|startup is|team is)\s+(?:(?:located|based|"
    r"headquartered|spread|distributed)\s+)(?:in|across|out of|between)\b|"
    r"\b(?:spread|distributed|remote)\s+(?:across|over|between)\b|\bbased out of\b|"
    r"\bcon sede en\b|\bsede (?:central |principal )?en\b|\boficinas? (?:centrales? )?en\b|"
    r"\bcom sede em\b|\bsediad[ao] em\b|\bescritórios? em\b|\bz siedzibą w\b|\bbiur[oa]? w\b|"
    r"\bmit sitz in\b|\bsitz in\b|\bbüros? in\b|\bbasée? à|\bsiège(?: social)? à|"
    r"\bbureaux? à|\bcu sediul în\b|\bофіс(?:ом)? (?:у|в)\b|\b(?:ber)?kantor(?: pusat)? di\b|"
    r"\btrụ sở(?: chính)? (?:tại|ở)\b|"
    # "(we ourselves are in Serbia)", "(мы сами в Сербии)", "офис в Казани": where the team is
    r"\bwe(?:'re|’re| are)(?: ourselves)? (?:in|from)\b|\bwe ourselves are (?:in|from)\b|"
    r"(?<!\w)мы(?: сами)? (?:в|из)(?!\w)|(?<!\w)(?:наш )?офис(?:ом)? в(?!\w))"
    r"[^.;:()\[\]—–|!?]*?" + _CLAUSE_END,
    re.IGNORECASE,
)

_OUTSIDE = (
    r"outside(?:\s+of)?|fuera\s+de|fora\s+d[oae]s?|poza|außerhalb|en\s+dehors\s+d[eu']|"
    r"hors\s+d[eu']|în\s+afara|di\s+luar|за\s+межами"
)
# "We can't hire outside the UK", "não conseguimos contratar fora do Brasil": a negated
# "outside" restricts to the place.
_NOT_OUTSIDE = re.compile(
    r"(?:\b(?:not|no|cannot|can't|can’t|unable|não|nao|nie|nicht|kein\w*|pas|nu|tidak|"
    r"không)\b|\bне\b)[^.;:()\[\]—–|!?]{0,60}?\b(?:" + _OUTSIDE + r")\b",
    re.IGNORECASE,
)

# "Applications from outside Nigeria will not be considered": the refusal follows the place.
_OUTSIDE_REFUSED = re.compile(
    r"\b(?:" + _OUTSIDE + r")\s+(?P<place>[^.;:()\[\]—–|!?\n]{2,40}?)\s+"
    r"(?:will|would|can|cannot|shall|are|is|may)\s*(?:not|n['’]t)?\s+(?:not\s+)?(?:be\s+)?"
    r"(?:considered|accepted|eligible|reviewed|processed)\b",
    re.IGNORECASE,
)

# "(or its equivalent in USD if you are outside Mexico)", "si estás fuera de México": a case the
# post provides for, not a country it cuts.
_IF_OUTSIDE = re.compile(
    r"\b(?:if|si|se|falls|wenn|jeśli|jeżeli|якщо|dacă|daca|jika|nếu|cuando|quando|quand)\b"
    r"[^.;:()\[\]—–|!?]{0,30}?\b(?:" + _OUTSIDE + r")\b[^.;:()\[\]—–|!?]*?" + _CLAUSE_END,
    re.IGNORECASE,
)
# Countries cut from what a post allows: "except Venezuela and Cuba", "we are not able to hire
# in Germany or France", "excepto Venezuela", "z wyjątkiem Rosji"; the clause they open.
_EXCEPT = re.compile(
    r"(?:\b(?:except(?:\s+for)?|excluding|with the exception of|other than|apart from|excepto|"
    r"exceptuando|salvo|exceto|sauf|à l'exception d[eu']?|außer|ausgenommen|z wyjątkiem|"
    r"oprócz|крім|за винятком|cu excepția|exceptând|kecuali|ngoại trừ|"
    # "remoto, inclusive fora do Brasil": outside a country is anywhere else (but see
    # _NOT_OUTSIDE)
    rf"{_OUTSIDE})\b|"
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
    # ("a U.S. person as defined by ITAR": a citizen or a permanent resident)
    r"(?:citizens?|citizenship|nationals?|passport(?:\s+holders?)?|(?:permanent\s+)?residents?|"
    r"persons?)\b",
    re.IGNORECASE,
)
# A country's people in the plural, as a notice names whom it takes ("suitably qualified
# Ugandans", "Kenyans only", "open to Filipinos").
_PEOPLE = "|".join(re.escape(d) for d in sorted(NATIONALITIES, key=len, reverse=True))
_PEOPLE_ONLY = re.compile(
    rf"\b(?:qualified|eligible|only|open to)\s+(?P<a>{_PEOPLE})s\b|\b(?P<b>{_PEOPLE})s\s+only\b",
    re.IGNORECASE,
)
_ABBREVIATED = re.compile(r"\b(?:USC|GC|green card)\b|\b(WNI)\b")
# Citizens named by their country, not its adjective: "Warga Negara Indonesia", "citizens of
# Kenya", "ciudadanos de Chile".
_CITIZENS_OF = re.compile(
    r"\b(?:warga\s?negara|citizens? of|nationals? of|ciudadan[oa]s? de|cidadãos? de|"
    r"citoyens? d[eu']|obywatel\w* (?=\w))\s*(?P<rest>[^.;,()\n]{2,40})",
    re.IGNORECASE,
)


# Countries by their ISO codes in a group joined by slashes ("US/CA", "UK/IE"), as headers write
# them; a lone pair of capitals ("CA" after a city) is a state or a province as often.
_CODE_GROUP = re.compile(r"\b[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})+\b")


def _abbreviated_countries(scope: str) -> list[str]:
    codes: list[str] = []
    for group in _CODE_GROUP.finditer(scope):
        parts = [p.strip() for p in group.group(0).split("/")]
        if any(countries_in(p, "regions") for p in parts):
            continue  # "EU/EEA": region words, read as such
        found = [next(iter(countries_in(p)), None) or _iso(p) for p in parts]
        if all(found):
            codes += [c for c in found if c]
    return codes


def _iso(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return str(country.alpha_2) if country else None


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
    for match in _CITIZENS_OF.finditer(sentence):
        codes += countries_in(match.group("rest"), "countries")[:1]
    return codes


@dataclass
class _Reading:
    found: list[str] = field(default_factory=list)  # every code, regions expanded
    listed: list[str] = field(default_factory=list)  # countries named one by one
    regions: set[str] = field(default_factory=set)  # the codes of the region words
    other: bool = False  # "any other EU country": the region stays whole
    excluded: set[str] = field(default_factory=set)

    def add(self, sentence: str) -> None:
        if _PRIVACY.search(sentence) or _ELSEWHERE_TOO.search(sentence):
            return
        sentence = _IF_OUTSIDE.sub(" ", _COMPANY_PLACE.sub(" ", sentence))
        for match in _OUTSIDE_REFUSED.finditer(sentence):
            self._read_scope(match.group("place"), sentence)
        sentence = _OUTSIDE_REFUSED.sub(" ", sentence)
        for match in _NOT_OUTSIDE.finditer(sentence):
            self._read_scope(_forward(sentence, match.end()), sentence)
        sentence = _NOT_OUTSIDE.sub(" ", sentence)
        for match in _EXCEPT.finditer(sentence):
            self.excluded |= set(countries_in(match.group(0), "countries"))
        sentence = _ZONE_BAND.sub(" ", _EXCEPT.sub(" ", sentence))
        citizens = _citizens(sentence) + _resident_towns(sentence)
        self.found += citizens
        self.listed += citizens
        for scope in restricted_scopes(sentence):
            self._read_scope(scope, sentence)

    def _read_scope(self, scope: str, sentence: str) -> None:
        named = _abbreviated_countries(scope) + misspelt_countries(scope)
        self.found += countries_in(scope) + named
        self.listed += countries_in(scope, "countries") + named
        regions = set(countries_in(scope, "regions"))
        self.regions |= regions
        self.other = self.other or bool(regions and _OTHER.search(sentence))


def allowed_countries_in(sentence: str, which: str = "both") -> list[str]:
    """Countries one sentence restricts candidates to; `which` as for
    posts.places.countries_in ("countries" only those named one by one, "regions" only those of
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


def excluded_countries(sentences: list[str]) -> set[str]:
    """The countries sentences cut from what a post allows ("except Venezuela and Cuba"),
    wherever in the post they stand."""
    reading = _Reading()
    for text in sentences:
        for sentence in _sentence_texts(text):
            reading.add(sentence)
    return reading.excluded


def invited_nationals(text: str) -> list[str]:
    """The countries whose people a post alone invites ("applications from suitably qualified
    Ugandans", "Filipinos only"), read across line ends and headings: a notice pasted from its
    columns breaks the phrase anywhere."""
    joined = " ".join(text.split())
    return list(dict.fromkeys(
        NATIONALITIES[(m["a"] or m["b"]).lower()] for m in _PEOPLE_ONLY.finditer(joined)
    ))  # fmt: skip


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
