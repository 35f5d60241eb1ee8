"""What a job post says about pay, hours, overlap, visas, work mode and years of experience (where
people may live: posts.allowed), in the words of the hiring regions' languages.

Each reader takes one sentence (or a post's sentences) and returns a value or None: none raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worldhire.core.models import RemotePolicy
from worldhire.ingest.lexicon import cue_pattern
from worldhire.ingest.lexicon.experience import ENGLISH_NUMBERS, NUMBER_WORDS
from worldhire.ingest.lexicon.non_skill_words import DEGREE_WORDS
from worldhire.ingest.lexicon.restrictions import VISA_NEEDLESS, WORK_PERMITS, WORK_RIGHTS
from worldhire.ingest.posts.places import zone_in
from worldhire.ingest.shared.clock_range import ClockTime, read_clock_range
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.pay import find_pay

# -- pay ------------------------------------------------------------------------------------------

# What a post's budget is read with is the pay reader of résumés
# (worldhire.ingest.shared.pay); a post adds ceilings ("up to USD 120,000") and prefers figures
# under a pay word.
_UP_TO = re.compile(
    r"(?:up to|hasta|até|ate|do|до|până la|jusqu'à|jusqu’à|bis zu|bis|lên đến|tối đa|hingga|"
    r"sampai|max\.?|maximum|máximo|maks\.?|fino a|fino ad|massimo)\s*$",
    re.IGNORECASE,
)
PERIODS_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 260.0, "hour": 2080.0}
_PAY_CUE = re.compile(
    r"salar|sueldo|salário|remunera|wynagrodz|widełk|зарплат|заробітн|оклад|salariu|salaire|"
    r"rémunération|gehalt|vergütung|lương|gaji|\bpay\b|compensation|\brange\b|\brango\b|faixa|"
    r"\bbudget\b|brutto|netto|\bbrut\b|\bgross\b|\bclt\b|\bpj\b|\bb2b\b|\buop\b|\bctc\b|"
    r"thu nhập|penghasilan|upah|\bbase\b|maaş|ücret|brüt|\blpa\b|\brate\b|\bhourly\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PostPay:
    """A budget as the post states it; `low` is None for a ceiling ("up to")."""

    currency: str
    low: float | None
    high: float
    period: str
    basis: str | None
    quote: str


# The label of a posting's reference number ("Requisição: 48213", "job requisition id JR-48213",
# "Job ID: 48213", "Código da vaga:"): a number to quote, never pay.
_REFERENCE = re.compile(
    r"(?:requisi[cç][aã]o|requisición|requisition(?:\s+id)?|req\.?\s*id|job\s+id|job\s+code|"
    r"vacancy\s+(?:id|no\.?)|c[oó]digo(?:\s+da\s+vaga|\s+de\s+(?:la\s+)?vacante)?|"
    r"kod\s+oferty|mã\s+tin)\s*[:#]?\s*(?:[A-Z]{1,4}-)?$",
    re.IGNORECASE,
)


def pay_in(sentence: str, country: str | None = None, cued: bool = False) -> PostPay | None:
    """The first pay figure of a sentence: a range ("€70–85k", "15 000 – 20 000 PLN
    brutto/mies."), a ceiling ("up to USD 120,000 per year") or one amount. `country` and
    `cued` as for ingest.shared.pay.find_pay (a form's budget field: "140k" is US dollars)."""
    for pay in find_pay(sentence, country, cued):
        start = pay.span[0] if pay.span else sentence.find(pay.quote)
        if _REFERENCE.search(sentence[max(0, start - 30) : start]):
            continue
        ceiling = pay.low == pay.high and _UP_TO.search(sentence[max(0, start - 20) : start])
        return PostPay(pay.currency, None if ceiling else pay.low, pay.high, pay.period,
                       pay.basis, pay.quote)
    return None


def pay_of(sentences: list[str], country: str | None = None) -> PostPay | None:
    """The post's pay: the first figure in a sentence that talks about pay, else the first
    figure anywhere. `country` (where the job is) reads its local ways of writing money
    ("R 58 000 per month" in South Africa, "120.000 TL" in Turkey)."""
    cued = (
        pay_in(sentence, country, cued=True) or pay_in(sentence)
        for sentence in sentences if _PAY_CUE.search(sentence)
    )
    first = next((p for p in cued if p is not None), None)
    if first is not None:
        # A cap in the title ("... - Thu Nhập Đến 25 Triệu", "up to $120k") and the range
        # the pay field states ("Mức lương: 15 - 25 triệu"): the range says more.
        if first.low is None or first.low == first.high:
            ranged = next((p for p in cued if p is not None and p.currency == first.currency
                           and p.high == first.high and p.low is not None
                           and p.low < p.high), None)  # fmt: skip
            return ranged or first
        return first
    return next(
        (p for p in (pay_in(s, country) or pay_in(s) for s in sentences) if p is not None), None
    )


# -- hours and overlap ---------------------------------------------------------------------------

# (a marker is a whole word: "15:00 Amsterdam time" is no "am")
# ("9h30": an "h" between hours and minutes marks a 24-hour clock, as "9h" does)
_CLOCK = (
    r"(?P<{h}>[01]?\d|2[0-4])(?:(?:[:.]|(?P<{x}h>h))(?P<{m}>[0-5]\d))?"
    r"\s*(?:(?P<{x}>am|pm|h|uhr)(?![^\W\d_]))?"
)
_WINDOW = re.compile(
    r"(?<![\d.,:/])"
    + _CLOCK.format(h="h1", m="m1", x="x1")
    # ("9:00 till 18:00"; Indonesian "08.00 s.d. 17.00", sampai dengan: up to)
    + r"\s*(?:-|–|—|to|till|until|a|às|as|até|do|до|la|à|bis|đến|hingga|sampai|s\.\s?d\.|s/d|y)\s*"
    + _CLOCK.format(h="h2", m="m2", x="x2")
    + r"(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
# "entre las 10:00 y las 13:00", "entre 10h e 16h", "between 10 and 2": a window said with "and".
_BETWEEN = re.compile(
    r"\b(?:entre|between|zwischen|między|между|între)\s+(?:las?\s+|as\s+|o\s+)?"
    + _CLOCK.format(h="h1", m="m1", x="x1")
    + r"\s*(?:y|e|and|und|i|и|și|et)\s+(?:las?\s+|as\s+|o\s+)?"
    + _CLOCK.format(h="h2", m="m2", x="x2")
    + r"(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
_HOUR_CUE = re.compile(
    r"hours?|horario|horário|hora|godz|godzin|годин|ore\b|heures|stunden|uhr|giờ|jam\b|"
    r"office|oficina|escritório|biurze|офіс|birou|bureau|büro|văn phòng|kantor|"
    r"disponib|dostępn|доступн|verfügbar|erreichbar|available|availability|reuni|meeting|"
    r"spotkan|зустріч|întâlnir|réunion|cet|cest|\bet\b|est|utc|gmt|brt|"
    # South Asian English's "Timing: 9 to 6", "Shift timings: 10 to 7"; a region's zone as
    # written, in capitals ("9 to 6 IST": German "ist" is a verb)
    r"\btimings?\b|\bshift\b|(?-i:\b(?:IST|PKT|NPT|WAT|EAT|CAT|SAST|WIB|ICT|PHT|EET|EEST)\b)",
    re.IGNORECASE,
)
_OVERLAP_WORDS = re.compile(
    r"overlap|solapamiento|solape|superposición|sobreposição|sobreposicao|sobreposi|"
    r"pokrywa|wspóln\w* godzin|overlapu|перетин|перекрит|суміщ|suprapunere|suprapus|"
    r"chevauchement|"
    r"überschneidung|überlappung|trùng|tumpang tindih|in sync with|synchron|"
    # "que coincidas al menos 5 horas con el horario de la oficina de Santiago"
    r"coincid|"
    # hours shared with a team: "4 heures communes avec l'équipe d'Abidjan"
    r"heures communes|heures en commun|horas en común|horas em comum|hours in common|"
    r"shared hours|hours shared",
    re.IGNORECASE,
)
_AVAILABILITY_WORDS = re.compile(
    r"availab|disponib|disponív|disponiv|dostępn|доступн|verfügbar|erreichbar|có mặt|tersedia|"
    r"reachable|"
    r"online between|core hours|godzinach|horas núcleo|horario núcleo|heures de présence|"
    r"kernarbeitszeit|jam inti|align|alinead|alinhad|\bonline\b|en línea|en ligne|"
    # a core window: "ядро с 11:00 до 16:00", "Core time 10:00-15:00 CET", "Kernzeit 9-15 Uhr"
    r"core time|core window|kernzeit|\bядро\b|"
    r"на зв['’]язку|conectad|онлайн|"
    # meetings held in a window every day: "reuniones entre las 10:00 y las 13:00", "созвоны с
    # 11:00 до 14:00", "reuniões entre 10h e 16h"
    r"reunion|reunión|reuniões|reunião|созвон|meetings? (?:between|from)|calls? (?:between|from)",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "duas": 2, "quatro": 4,
    "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "дві": 2, "три": 3, "чотири": 4,
    "п'ять": 5, "două": 2, "trei": 3, "patru": 4, "cinci": 5, "deux": 2, "trois": 3,
    "quatre": 4, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "hai": 2, "ba": 3,
    "bốn": 4, "năm": 5, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
}  # fmt: skip
_HOURS_AMOUNT = re.compile(
    r"(?P<n>\d{1,2}(?:[.,]5)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:h\b|hrs?\b|hours?|horas?|godzin[ya]?|годин[иу]?|ore\b|"
    r"heures?|stunden?|giờ|jam\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Overlap:
    hours: float | None  # None: a window is named but not a length ("overlap with CET")
    zone: str | None
    window: tuple[float, float] | None  # stated hours in that zone
    # The zone is a team's the hire shares hours with ("4 heures communes avec l'équipe
    # d'Abidjan"): the hire works elsewhere, in the office's zone where the post names one.
    team_elsewhere: bool = False


def window_in(sentence: str) -> tuple[float, float] | None:
    """A daily window ("9:00–17:00", "das 10h às 16h", "9am-5pm", "godz. 8-16") when the
    sentence speaks of hours; money ranges and dates are not windows."""
    found = _window(sentence)
    return found[0] if found else None


def _window(sentence: str) -> tuple[tuple[float, float], tuple[int, int]] | None:
    """The window of window_in and where the sentence states it."""
    for match in [*_WINDOW.finditer(sentence), *_BETWEEN.finditer(sentence)]:
        window = read_clock_range(_clock_time(match, "1"), _clock_time(match, "2"))
        if window is None:
            continue
        marked = any(match.group(g) for g in ("m1", "m2", "x1", "x2"))
        near = sentence[max(0, match.start() - 40) : match.end() + 25]
        if not marked and not _HOUR_CUE.search(near):
            continue
        return window, match.span()
    return None


def _clock_time(match: re.Match[str], n: str) -> ClockTime:
    """The n-th time of a _WINDOW or _BETWEEN match: "9h30" is 9, 30 and the mark "h"."""
    mark = match.group(f"x{n}") or match.group(f"x{n}h")
    minutes = match.group(f"m{n}")
    return ClockTime(int(match.group(f"h{n}")), int(minutes or 0), mark.lower() if mark else None)


def overlap_in(sentence: str) -> Overlap | None:
    """Required overlap: "at least 4 hours of overlap with Berlin office hours (9:00–17:00 CET)"
    gives 4 h in Europe/Berlin, 9-17; an availability window ("dostępność w godz. 10:00–15:00
    czasu polskiego") gives its length."""
    found = _window(sentence)
    window = found[0] if found else None
    if _OVERLAP_WORDS.search(sentence):
        # (an hour of a window is no count: "8h-17h, avec au moins 4 heures communes")
        windows = [m.span() for m in [*_WINDOW.finditer(sentence), *_BETWEEN.finditer(sentence)]]
        amount = next((a for a in _HOURS_AMOUNT.finditer(sentence)
                       if not any(s <= a.start() < e for s, e in windows)), None)  # fmt: skip
        hours = _amount(amount.group("n")) if amount else None
        if hours is None and window is not None and (window[1] - window[0]) % 24 <= 6:
            hours = (window[1] - window[0]) % 24  # "overlap 10am-2pm PT"; not a whole workday
        if hours is not None or window is not None:
            said = _OVERLAP_WORDS.search(sentence).start()  # type: ignore[union-attr]
            zone = zone_in(sentence[said:]) or zone_in(sentence)
            shift = _own_zone_shift(sentence, found, said, zone) if amount is None else None
            team = bool(_TEAM.search(sentence[said:]))
            return shift or Overlap(hours, zone, window, team_elsewhere=team)
    if window is None or found is None:
        return None
    length = (window[1] - window[0]) % 24 or 24.0
    # The availability asked for is said in the window's own clause ("online courses ...; gym
    # open 6am-10pm" asks for nothing), lasts no longer than a working day (a desk or an office
    # "open from 7am to 9pm" is not the hire's) and holds every day ("calls from 9am to 11am PT
    # twice a week" is a meeting, not hours to share).
    clause = _clause_at(sentence, *found[1])
    # "Team rituals happen 10:00-15:00 Amsterdam time, so we need you available in that
    # window": a later clause asks for the window it points back to.
    if _BACK_TO_WINDOW.search(sentence[found[1][1] :]):
        clause = sentence
    if _AVAILABILITY_WORDS.search(clause) and length <= _WORKDAY and not _NOT_DAILY.search(clause):
        return Overlap(length, zone_in(sentence), window)
    return None


_WORKDAY = 10.0
_TEAM = re.compile(
    r"\b(?:team|équipe|equipo|equipa|zespo[lł]\w*|команд\w*|echip\w*|tim)\b", re.IGNORECASE
)
_BACK_TO_WINDOW = re.compile(
    r"\b(?:in|during|within|for) (?:that|this|the same|these|those) (?:window|time|hours|slot)\b|"
    r"\bw tych godzinach\b|\ben ese horario\b|\bnesse horário\b|\bsur ce créneau\b|"
    r"\bin diesem zeitfenster\b|\bу ці години\b",
    re.IGNORECASE,
)


def _own_zone_shift(
    sentence: str,
    found: tuple[tuple[float, float], tuple[int, int]] | None,
    said: int,
    target: str | None,
) -> Overlap | None:
    """A window written in a zone of its own before the overlap it serves ("Shift: 6:30 PM to
    3:30 AM IST, to overlap with our client's business day in Chicago"): the hours the hire
    works, in that zone, all of them shared with the team; the other zone only says why."""
    if found is None or found[1][1] > said:
        return None
    (start, end), (_, window_end) = found
    own = zone_in(sentence[window_end : window_end + 12])
    length = (end - start) % 24 or 24.0
    if own is None or own == target or length > _WORKDAY:
        return None
    return Overlap(length, own, (start, end))
_NOT_DAILY = re.compile(
    r"\b(?:weekly|bi-?weekly|fortnightly|monthly|once a (?:week|month)|twice a (?:week|month)|"
    r"(?:each|every) (?:week|month)|every other|(?:on|every) (?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)days?|semanal\w*|mensual\w*|co tydzień|raz w tygodniu|hebdomadaire|"
    r"wöchentlich|еженедельн\w*|щотижн\w*|setiap minggu|hàng tuần|săptămânal\w*)\b",
    re.IGNORECASE,
)


def _clause_at(sentence: str, start: int, end: int) -> str:
    """The clause of a sentence that holds a span: between the semicolons, bullets or bars
    around it."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, start)]
    after = _CLAUSE_CUT.search(sentence, end)
    return sentence[cuts[-1] if cuts else 0 : after.start() if after else len(sentence)]


_CLAUSE_CUT = re.compile(r";|\s[•|]\s|\n")


def overlap_of(sentences: list[str]) -> Overlap | None:
    """The post's overlap: a sentence that asks for overlap in words ("4 hours of overlap with
    ET") before a window the hire must be available in ("online meetings from 10:00 to 11:00
    CET"), else the first such window."""
    found = [(s, o) for s, o in ((s, overlap_in(s)) for s in sentences) if o is not None]
    worded = next((o for s, o in found if _OVERLAP_WORDS.search(s)), None)
    return worded or (found[0][1] if found else None)


def _amount(word: str) -> float | None:
    lowered = word.lower()
    if lowered in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[lowered])
    try:
        value = float(lowered.replace(",", "."))
    except ValueError:
        return None
    return value if 0 < value <= 24 else None


def hours_in(sentence: str) -> tuple[tuple[float, float], str | None] | None:
    """The team's stated hours and their zone ("godz. pracy 8-16", "9:00-18:00 CET")."""
    window = window_in(sentence)
    return (window, zone_in(sentence)) if window is not None else None


# -- visa, work mode, countries, years ----------------------------------------------------------

_VISA = re.compile(
    r"visa|visado|\bvistos?\b|wiz[aoy]\b|wizow|віз|\bviz[aăe]\b|visum|thị thực|sponsorship|"
    r"sponsoring|patrocínio|patrocinio|sponsorowani|спонсорств|sponsorizare|parrainage|"
    # Russian "виза", "с визой": Ukrainian "віз" is above
    r"\bвиз[аыуео]\w*|"
    # Ireland's work visa; a visa word here, not a paper the hire must already hold
    r"employment permit",
    re.IGNORECASE,
)
# Permits: "we help with the work permit"; asked of the candidate, see _WORK_RIGHT.
_PERMIT = cue_pattern(WORK_PERMITS)
_VISA_NEEDLESS = cue_pattern(VISA_NEEDLESS)
# Sponsoring as a verb ("we are unable to sponsor", "nous ne sponsorisons pas", "não
# patrocinamos"): said with a refusal it is always about visas; said alone it may be a
# conference's sponsor, so it only ever refuses.
_SPONSOR_VERB = re.compile(
    r"\bsponsor(?:s|ing)?\b|\bsponsoris\w+|\bsponsern\b|\bpatrocin(?:ar|amos)\b|"
    r"\bsponsorujemy\b|\bsponsorizăm\b",
    re.IGNORECASE,
)
_NO = re.compile(
    r"\b(?:can't|cannot|can not|unable|not able|don't|do not|does not|doesn't|won't|will not|"
    r"no|not|without|nor|no podemos|no ofrecemos|sin|não|nao|sem|nie|brak|не|немає|без|nu|fără|"
    r"fara|ohne|senza|"
    r"ne|pas|aucun|kein|keine|keinen|nicht|không|tidak|tanpa|belum|non possiamo|"
    r"non offriamo)\b",
    re.IGNORECASE,
)
_VISA_YES = re.compile(
    r"sponsor|patrocin|support|apoyo|ayuda|apoio|wsparci|pomoc|підтримк|допомог|sprijin|"
    r"asisten|accompagnement|prise en charge|unterstützung|hỗ trợ|bantuan|provided|available|"
    r"offer|ofrecemos|oferecemos|oferujemy|zapewniamy|надаємо|oferim|proposons|bieten|"
    r"cung cấp|menyediakan|relocation|gestionamos|pagamos|tramitamos|cubrimos|arcamos|help|"
    r"помога|помощ|поддерж|оформ|pomaga|accompagn|unterstütz|допомага|membantu|dibantu|"
    r"prend\w* en charge|"
    r"\b(?:yes|possible|possível|posible|möglich|możliwe|possibile)\b",
    re.IGNORECASE,
)


# The right to work the candidate must already have ("only candidates already eligible to
# work in Kenya", "autorização de residência e trabalho em Portugal", "gültige
# Arbeitserlaubnis", "pozwolenie na pracę w Polsce", "EU citizenship"): asking for it refuses
# sponsorship.
_WORK_RIGHT = cue_pattern(
    WORK_PERMITS + WORK_RIGHTS,
    r"eu[- ](?:citizen\w*|passport|nationality)|eu-bürger|cidadania europeia|"
    r"passaporte europeu|ciudadanía europea|nationalité européenne|"
    # A Swiss work permit is granted by status ("EU/EFTA-Bürger oder Bewilligung B/C"), not by
    # where one lives: it refuses sponsorship but names no country to live in (the lexicon's
    # permits restrict places, ingest.posts.allowed).
    r"arbeitsbewilligung\w*",
)
_REQUIRED = re.compile(
    r"\b(?:only|must|already|required|requirement|need|needs|needed|have to|valid|"
    r"voraussetzung|voraus|vorausgesetzt|brauchst|benötigst|benötigen|gültige\w*|"
    r"imprescindible|necesario|necesaria|requerido|obligatori[oa]|debes|deberás|só|apenas|"
    r"somente|"
    r"necessári[oa]|exigid[oa]|precisa|válid[oa]|tylko|wyłącznie|wymagan\w*|wymagamy|"
    r"niezbędn\w*|konieczn\w*|musisz|ważn\w*|лише|тільки|обов'язков|numai|doar|"
    r"obligatoire|uniquement|requis|requise|exigée?|nécessaire|valide|erforderlich|nur|wajib|"
    r"hanya|chỉ|richiest[oa]|necessari[oa]|gerekli|zorunlu|devez|devrez|doit|doivent|"
    r"indispensable|impératif|musst|müssen|deve|devem|повинні|необхідн\w*)",
    re.IGNORECASE,
)


# "Visa : non", "Parrainage de visa : oui", "Wiza: nie": a field's yes or no.
_VISA_FIELD = re.compile(
    r"^\W*(?:visa|visum|wiza|віза|visto|visado|sponsoring|sponsorship|parrainage)[^:\n]{0,30}:"
    r"\s*(?:(?P<no>non|nein|nie|no|não|nu|ні|không|tidak)|(?P<yes>oui|ja|tak|sí|si|sim|yes|"
    r"da|так|có|ya))\b",
    re.IGNORECASE,
)


# An application form's question to the applicant ("Will you now or in the future require visa
# sponsorship? * Yes No", "Are you legally authorized to work in the country in which you
# reside?"): it states no policy.
_ASKS_APPLICANT = re.compile(
    r"\b(?:do|will|would|are|did|have|can)\s+you\b[^?]{0,160}\?", re.IGNORECASE
)


def visa_in(sentence: str) -> bool | None:
    """True when sponsorship is offered, False when it is refused, None when the sentence says
    nothing about visas. Refusals are read first: "we can't sponsor visas". A post that takes
    only people already allowed to work there refuses it too."""
    sentence = sentence.replace("’", "'").replace("ʼ", "'")  # "can’t" as pasted from a page
    if _VISA_NEEDLESS.search(sentence):
        return None  # "no visa is needed since it's remote": no refusal, no offer
    if _ASKS_APPLICANT.search(sentence):
        return None  # an application form's question: the applicant answers it, the post not
    field = _VISA_FIELD.match(sentence)
    if field:
        return field.group("yes") is not None
    refused = _NO.search(sentence)
    if _VISA.search(sentence) or _PERMIT.search(sentence):
        if refused:
            return False
        if _VISA_YES.search(sentence):
            return True
    elif refused and _SPONSOR_VERB.search(sentence):
        return False
    if _WORK_RIGHT.search(sentence) and _REQUIRED.search(sentence):
        return False
    return None


_HYBRID = re.compile(
    r"hybrid|híbrid|hibrid|hibrit|hybryd|гібрид|гибрид|hybride|\bibrid[oa]\b|"
    r"télétravail partiel|teletrabajo parcial|teletrabalho parcial|partly remote|"
    r"partially remote|"
    # "Homeoffice möglich", "teilweise mobiles Arbeiten": some days at home, the rest at work
    r"home-?office möglich|mobiles arbeiten möglich|teilweise (?:home-?office|mobiles arbeiten)|"
    # "Télétravail : 2 jours par semaine", "smart working 1 giorno a settimana"
    r"(?:télétravail|smart working|home-?office|mobiles arbeiten|удал[её]нка|удаленн\w+)"
    r"\s*:?\s*(?:[1-4]|un|deux|trois|uno|due|tre)\s+(?:jours?|giorn[oi]|tage?|дн\w+)\b|"
    # "two days a week working from home", "2 Homeoffice-Tage pro Woche", "2 jours de télétravail"
    r"\b(?:[1-4]|one|two|three|four|dwa|dwóch|dois|dos|deux|zwei|două|hai|dua|un|uno|due|"
    r"tre)\s+(?:days?|dni|dias?|días?|jours?|tage?|zile|ngày|hari|giorn[oi])\b[\w \t-]{0,25}?"
    r"(?:from home|home ?office|remote|télétravail|zdaln|remot|teletrabajo|teletrabalho|wfh|"
    r"smart working|mobiles? arbeiten|da casa|удал[её]н)|"
    r"\b[1-4]\s+home-?office-?tage|"
    # "2 days a week in the office", "2 jours au bureau", "2 Tage pro Woche im Büro": the rest
    # of the week elsewhere
    r"\b(?:[1-4]|one|two|three|four|dwa|trzy|dois|três|dos|tres|deux|trois|zwei|drei|două|"
    r"trei|hai|ba|dua|tiga|uno|due|tre|quattro)\s+"
    r"(?:days?|dni|dias|días|jours|tage?n?|zile|ngày|hari|дн\w+|gün|giorn[oi])\b"
    r"[\w \t/,-]{0,25}?\b(?:in (?:the )?office|at (?:the|our) office|onsite|on-site|au bureau|"
    r"sur site|im büro|vor ort|w biurze|la birou|no escritório|na empresa|en (?:la )?oficina|"
    r"presencial\w*|di kantor|tại văn phòng|в офісі|в офисе|ofisten|in ufficio|in sede)|"
    # "onsite 4 days a week", "WFO 3 days": the office named before the days
    r"\b(?:onsite|on-site|in[- ]office|wfo|in ufficio|in sede|im büro|au bureau)\s+"
    r"(?:[1-4]|one|two|three|four)\s+days?\b|"
    # "presencial 4 días, home office los viernes", "presencial 3 dias por semana"
    r"\bpresencial\s+(?:[1-4]|dos|tres|cuatro|dois|três|quatro)\s+d[ií]as?\b|"
    # "Onsite in South San Francisco, 4 days a week": the place between the office and its days
    r"\b(?:onsite|on-site|in[- ]office)\b[^.;\n]{0,40}?\b(?:[1-4]|one|two|three|four)\s+days?\s+"
    r"(?:a|per|each)\s+week\b|"
    r"télétravail (?:fréquent|occasionnel|partiel)|"
    # "Mobiles Arbeiten bis zu 60 %", "télétravail jusqu'à 50 %": some of the week away
    r"(?:mobiles? arbeiten|home-?office|remote|télétravail|teletrabajo|teletrabalho|zdalnie|"
    r"praca zdalna)\s+(?:bis zu|jusqu'à|hasta(?: el| un)?|até|do|up to)\s+\d{1,2}\s*%|"
    # "modalidad semipresencial", "Modalidad: Mixta": part of the week at the office
    r"semi-?presencial|(?:modalidad|esquema|modelo|formato|trabajo)\s*:?\s*mixt[ao]\b|"
    # "WFO/WFH", "WFH & WFO": days at the office and days at home, each word alone one mode
    r"\bwfo\s*(?:/|&|\+|and|dan)\s*wfh\b|\bwfh\s*(?:/|&|\+|and|dan)\s*wfo\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"remote|remoto|remota|zdaln|віддален|дистанцій|la distanță|la distanta|télétravail|"
    r"teletrabajo|teletrabalho|home ?office|từ xa|jarak jauh|\bwfh\b|\bwfa\b|anywhere|"
    r"work from home|trabajo a distancia|uzaktan|удал[её]н|дистанцион|da remoto|smart working",
    re.IGNORECASE,
)
_ONSITE = re.compile(
    r"on-?site|in[- ]office|office[- ]based|presencial|stacjonarn|в офісі|la birou|sur site|"
    r"présentiel|vor ort|tại văn phòng|\bwfo\b|di kantor|di pejabat|no remote|not remote|"
    # "Präsenz im Büro in München", "trabajo en sitio"
    r"präsenz im büro|\ben sitio\b|"
    r"work from (?:the )?office|в офисе|in sede|in ufficio",
    re.IGNORECASE,
)


# Work done wherever the hire is though the post never says "remote": a freelance marketplace's
# project ("Hi freelancers", "Bids: 27", "Worldwide" under its title) or a virtual assistant's.
REMOTE_BY_NATURE = re.compile(
    r"\bfreelancers?\b|\bbids?\s*:|\bproposals?\s*:|\bworldwide\b|\bvirtual (?:assistant|staff)",
    re.IGNORECASE,
)


_OPEN_REMOTE = re.compile(
    r"(?:or|and|also|fully|100\s*%|full|totally|completely)\s+remote|remote[- ]first|"
    r"remote (?:in|within|from|across|din)|remoto desde|remoto de qualquer|zdalnie z|"
    # "Praca zdalna z Polski albo hybrydowo": remote from a place ("z elementami" is hybrid)
    r"zdaln\w* z (?!elementami|możliwością)|"
    r"100\s*%\s*(?:remot|zdaln|віддал|télétravail)|"
    r"totalmente remot|completamente remot|en remoto total|full remote|w pełni zdaln|"
    r"повністю віддал|complet la distanță|entièrement à distance|vollständig remote|"
    r"tamamen uzaktan|%100 uzaktan|полная удал[её]нка|полностью удал[её]нн|"
    r"completamente da remoto",
    re.IGNORECASE,
)


def remote_policy_of(text: str) -> RemotePolicy | None:
    """Remote when anyone may work remotely ("hybrid in New York or remote in the US"), hybrid
    when the post says hybrid, else remote, else onsite; None when it says nothing."""
    text = text.replace("’", "'")
    # "5 days WFO, no remote / hybrid pls", "sin home office": the modes a post rules out
    negated = _NEGATED_MODE.search(text)
    text = _NEGATED_MODE.sub(" ", text)
    if _OPEN_REMOTE.search(text):
        return RemotePolicy.REMOTE
    if _HYBRID.search(text):
        return RemotePolicy.HYBRID
    onsite = _ONSITE.search(text)
    if onsite and re.search(r"no remote|not remote", onsite.group(0), re.I):
        return RemotePolicy.ONSITE
    if _REMOTE.search(text):
        return RemotePolicy.REMOTE
    return RemotePolicy.ONSITE if onsite or negated else None


_MODE_WORD = (
    r"(?:remote|hybrid|wfh|work from home|home ?office|remoto|híbrido|hibrido|teletrabajo|"
    r"teletrabalho|télétravail|zdalna|hybrydowa|віддалено|удал[её]нно|hibrit|uzaktan)"
)
_NEGATED_MODE = re.compile(
    r"\b(?:no|not|non|sin|sem|bez|kein\w*|pas de|ні|нет|"
    # "we cannot do fully remote for this one", "we don't offer remote": a mode refused
    r"(?:can't|cannot|can not|won't|don't|do not|unable to)(?:\s+(?:do|offer|allow|support))?)"
    r"\s+(?:(?:fully|full|100\s*%|totally|completely)\s+)?" + _MODE_WORD
    + r"(?:\s*(?:/|,|or|ou|o|i|y|e|und|или|або)\s*" + _MODE_WORD + r")*(?!\w)|"
    # Turkish says "none" after the mode: "uzaktan çalışma yok", "uzaktan çalışma imkanı yoktur"
    r"\b(?:uzaktan|hibrit)\s+(?:çalışma\s+)?(?:imkanı\s+|imkânı\s+|olanağı\s+)?"
    r"(?:yok(?:tur)?|bulunmamaktadır|mümkün değil(?:dir)?)(?!\w)",
    re.IGNORECASE,
)


_YEAR_WORD = (
    # "5y" written on the number; a "y" apart is Spanish "and" ("Windows 10/11 y Office")
    r"(?:years?|yrs?|(?<=\d)(?-i:y)\b|años?|anos?|anni\b|anno\b|lat[a]?\b|roku|років|роки|року|рік|лет\b|"
    r"года?\b|ani\b|"
    r"an\b|ans\b|"
    r"jahre?n?|năm|tahun|thn\b|yıl|"
    # Thai, whose next word follows with no space ("3 ปีขึ้นไป": 3 years and up)
    r"ปี)"
)
_YEARS = re.compile(
    # not a version in a list ("Windows 10/11 años" is no 11 years)
    r"(?<![\d/])(?P<n>\d{1,2}(?:[.,]5)?)\s*(?:\+|\s*(?:-|–|to|a|y|e|do|до|bis|à)\s*\d{1,2}\s*)?"
    r"\s*(?:or more|o más|ou mais|o più|lub więcej|і більше|sau mai mult|ou plus|"
    r"oder mehr)?\s*"
    + _YEAR_WORD
    + r"(?:\s*(?:or more|o más|ou mais|lub więcej|і більше|sau mai mult|ou plus|oder mehr))?",
    re.IGNORECASE,
)


# A number written as a word before a year word ("at least three years", "co najmniej dwa
# lata", "pelo menos três anos"), on folded text.
_YEARS_IN_WORDS = re.compile(
    rf"(?<![\w'])(?P<w>{NUMBER_WORDS})"
    r"\s+(?:\(\d{1,2}\)\s+)?(?:full\s+|whole\s+|pelnych\s+|or more\s+)?"
    r"(?:years?|yrs?|anos?|anni|anno|lat[a]?|roku|rokow|рок\w*|рік|ani|ans|jahren?|tahun)(?!\w)"
)


# The word for a person's age in the hiring languages ("Usia maks. 35 tahun", "Edad: 25 a 35
# años", "Độ tuổi 22-30", "wiek do 35 lat"): shared with the requirement filters.
AGE_WORDS: tuple[str, ...] = ("usia", "umur", "edad", "idade", "wiek", "tuổi", "yaş", "อายุ")
# An age asked for, not experience ("Must be aged between 24 - 35 yrs", "pria/wanita max 30
# thn", "usia maksimal 28 tahun"): the words just before the number, folded.
_AGE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(fold(w) for w in AGE_WORDS) + r")|\bage[ds]?|\bвік|\bвозраст\w*|"
    r"\bvarsta|\bmax|\bmaks\w*|\bmaximum|\bmaximal)\W*(?:\w+[^\w,;.]+){0,2}$"
)


# A course of study ("College level", "Diploma in Accounting", "studia") and the bracket after
# it that gives its length ("(at least 2 years)", "(3 years)", "(min. 3 lata)"); or the course
# named after its years ("2 years of college").
_STUDY = cue_pattern(DEGREE_WORDS, "college", "university", "studies")
_STUDY_TO_LENGTH = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}\(\s*(?:[^\W\d_]+\.?\s+){0,2}")
_STUDY_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:college|university|study|studies|schooling|tertiary education)\b",
    re.IGNORECASE,
)


def _course_length(sentence: str, years: re.Match[str]) -> bool:
    """The years are how long a course of study lasts, not experience asked for."""
    before = sentence[max(0, years.start() - 60) : years.start()]
    return any(
        _STUDY_TO_LENGTH.fullmatch(before, study.end()) for study in _STUDY.finditer(before)
    ) or bool(_STUDY_AFTER.match(sentence, years.end()))


def years_in(sentence: str) -> float | None:
    """The minimum years a sentence asks for ("4+ years", "min. 4 lata", "al menos 3 años",
    "3-5 years" -> 3, "at least three years"); None when it names none, or only an age or the
    length of a course of study ("College level (at least 2 years)")."""
    for match in _YEARS.finditer(sentence):
        if _AGE_BEFORE.search(fold(sentence[max(0, match.start() - 30) : match.start()])):
            continue
        if _course_length(sentence, match):
            continue
        value = float(match.group("n").replace(",", "."))
        if 0 < value <= 30:
            return value
    worded = _YEARS_IN_WORDS.search(fold(sentence))
    return ENGLISH_NUMBERS[worded.group("w")] if worded else None


def strip_years(sentence: str) -> str:
    """The sentence with its years statements blanked out (offsets keep their meaning)."""
    return _YEARS.sub(lambda m: " " * len(m.group(0)), sentence)


def visa_of(sentences: list[str]) -> bool | None:
    for sentence in sentences:
        found = visa_in(sentence)
        if found is not None:
            return found
    return None
