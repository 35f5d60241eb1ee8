"""Jobs told in sentences: "Since 2022 I have been at Safaricom in Nairobi", "From 2020 to 2022,
I was a machine learning engineer at Twiga Foods", "Od 2021 pracuję w Allegro jako inżynier ML".

A sentence introduces a job when it names an organisation after a word that introduces an
employer ("at", "joined", "en", "w", "bei", "chez", "tại", "di" ...) together with a job title or
a date, or a job title together with a date. The sentences that follow it in the same paragraph
describe that job, until the next one starts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation, cue_pattern
from worldhire.ingest.lexicon import contracts as contract_words
from worldhire.ingest.lexicon.companies import LEGAL_FORM, LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.degrees import DEGREES
from worldhire.ingest.resumes.prose_titles import (
    _BEING,
    _EMPLOYER_CUE,
    _STOP,
    PROMOTED,
    TITLE_HEADS,
    _cut_after_head,
    _names_a_job,
    _title,
    _title_after_employer,
    _work_verb,
)
from worldhire.ingest.resumes.skill_names import names_a_skill
from worldhire.ingest.shared.dates import find_dates, find_range
from worldhire.ingest.shared.experience import years_up_to_now
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.sentences import Sentence

_ORG_WORD = (
    r"(?:[A-Z0-9ÀÁÂÃÄÅĄĆČÇĎÉÈÊËĘĚÍÎÏŁŃŇÑÓÔÕÖŘŚŠȘȚŤÚÛÜŮÝŹŻŽĐĂÂƠƯА-ЯЄІЇҐ][\w&'’.+-]*"
    r"|(?-i:[a-z]{1,2}[A-Z])[\w&'’.+-]*"  # "iTechArt", "eBay"
    r"|[«„“\"][^»“”\"\n]{1,60}[»“”\"])"  # a name in quotes: "ТОВ «СофтСерв»", "PT „Maju Jaya”"
)
# "CIUSSS de l'Estrie", "Orange Côte d'Ivoire": French elides the article or "de" before the
# next capitalised word
_ORG_JOIN = (
    r"(?:\s+(?:&|and|of|de|do|da|dos|das|del|der|für|du|des|y|e|und|et|và|dan|i)\s+(?:l['’])?"
    r"|\s+d['’]|\s+)"
)
_ORG = re.compile(rf"{_ORG_WORD}(?:{_ORG_JOIN}{_ORG_WORD}){{0,5}}")
# "J'ai fait un stage de six mois à la SOTRA en 2016", "Fiz estágio profissional na ANE em
# 2015", "I did my industrial attachment at Kenya Power (2017)": a placement told with the one
# year it was in.
PLACEMENT_WORD = re.compile(
    rf"(?<!\w)(?:{alternation(contract_words.PLACEMENTS)}){NOT_LETTER_AFTER}", re.IGNORECASE
)
_PLACEMENT = re.compile(
    rf"{PLACEMENT_WORD.pattern}(?:\s+(?:profissional|professionnel|profesional|profesionales))?",
    re.IGNORECASE,
)
_ONE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d|[/.-]\d)")


@dataclass
class ProseJob:
    title: str
    organization: str | None
    start: date | None
    end: date | None
    sentences: list[Sentence] = field(default_factory=list)


def job_in_sentence(text: str) -> ProseJob | None:
    """The job a sentence introduces, or None."""
    if len(text) > 600 or VOLUNTEER.search(text):
        return None  # "colaboré como voluntaria en la Cruz Roja": unpaid, no job
    turkish = _turkish_job(text)
    if turkish is not None:
        return turkish
    title = _title(text)
    if title and _STUDY_VERB.search(title):
        return None  # "Estudié Técnica en Logística en el Instituto ... (2016)": a degree
    org = _organization(text)
    at = text.find(title) if title else -1
    if title and org and at >= 0 and "," in text[text.find(org) + len(org) : at]:
        # "Bachelier de la HELMo (2015), j'ai été assistant audit chez Deloitte": an employer
        # named after the title, in another clause than a name before it, is the job's ("en
        # Globant como desarrollador Java ... en AWS" keeps Globant)
        org = _organization(text[at + len(title) :]) or org
    if org is None and title:
        org = _employer_after_title(text, title)
    if title is None and org is not None:
        title = _title_after_employer(text, org)
    rng = find_range(text)
    if title or rng:
        # a name with its legal form is an employer for sure; one only after a cue word may be
        # a tool or a place further on ("економіст, ПАТ «Львівобленерго»: ... в Excel")
        legal = _org_by_legal_form(text, dated=rng is not None)
        if legal is not None and (org is None or text.find(legal) < text.find(org)):
            org = legal
    if rng is not None and not title:
        title, org = _job_after_dates(text, rng.span, org)
        title = title or None
    placement = _placement(text, org) if org is not None and title is None and rng is None else None
    if placement is not None:
        return placement
    promotion = org is None and title is not None and PROMOTED.search(text) is not None
    if org is None and (title is None or rng is None) and not promotion:
        return None
    wish = _WISH.search(text) if rng is None else None
    if wish is not None and wish.start() < text.find(title or org or ""):
        return None  # "Mong muốn làm việc lâu dài ở vị trí kế toán": a job wished for
    if title is None and _STUDY.search(text):
        return None  # "I studied BSc Mathematics at JKUAT (2013–2017)": a degree, no job
    if org is not None and title is None and rng is None and not _work_verb(text.replace(org, " ")):
        # "Profil wygenerowany w Pracuj.pl": a job board's footer; the employer's own name
        # ("Pracuj.pl", "Work.ua") is no verb of work
        return None
    start, end = (rng.start, rng.end) if rng else (None, None)
    if rng is None and org is not None:
        start = end = _stint_year(text)
    if start is None and title:
        start, end = _years_told(text, title, org)
    if start is None and org is not None:
        start = _began_ago(text)
    if start is None and promotion:
        return None  # "I was promoted to Team Leader": the post's years are told elsewhere
    return ProseJob(title or "", org, start, end)


def _began_ago(text: str) -> date | None:
    """The month a job began that the sentence says has lasted some time until now ("For the
    last two and a half years I've been at mPharma", "Od trzech lat pracuję w Allegro")."""
    lasted = years_up_to_now(text)
    if lasted is None:
        return None
    today = date.today()
    month = today.year * 12 + today.month - 1 - round(lasted * 12)
    return date(month // 12, month % 12 + 1, 1)


# The year a job began, told before the job's words or just after ("I started my career in 2015
# as a Customer Care Executive at ...", "in 2014 ca agent de vanzari la Mega Image", "Năm 2017,
# tôi là ..."), as opposed to a year inside its duties further on.
_IN_YEAR = re.compile(
    r"(?<![^\W\d_])(?:in|en|em|w|în|в|у|năm|tahun|im|au)\s+((?:19|20)\d\d)(?![\d/.–-])",
    re.IGNORECASE,
)


# The one year a job was held, told just after its title and employer ("I started out as a
# national service person at the Ghana Revenue Authority in 2018", "Empecé como practicante en el
# BCP en 2017", "Comecei como estagiário no Itaú em 2017"), perhaps after the town ("at Hubtel in
# Accra in 2019"): it began and ended that year; a year before them is when it began.
_HELD_IN_YEAR = re.compile(
    r"(?:,?\s+(?:in|en|em|na|no|w|à|a)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)?,?\s+"
    r"(?:in|en|em|w|în|im|au|năm|tahun|pada tahun)\s+((?:19|20)\d\d)(?![\d/–-]|\.\d)"
    r"(?!\s*(?:-|–|—|to|a|à|al|até|au|bis|do|do)\s*\d)",
    re.IGNORECASE,
)
# A verb of joining before the year makes it the start of a job that may go on: "I joined
# Andela in 2019", "entré a KPMG en 2017", "j'ai rejoint Orange Cameroun comme ingénieur réseau
# en 2018 ; j'y suis resté jusqu'en 2021".
_JOINED = re.compile(
    r"\b(?:joined|joining|moved to|switched to|entr[ée]\s+(?:a|en)|ingres[ée]\s+(?:a|en)|"
    r"me\s+un[íi]\s+a|entrei\s+(?:n[oa]|para)|ingressei\s+n[oa]|rejoint|rejoins|"
    r"dołączył[aem]*\s+do|intrat\s+la)\s",
    re.IGNORECASE,
)


def _years_told(text: str, title: str, org: str | None) -> tuple[date | None, date | None]:
    """(start, end) of a job a sentence dates with single years, not a range: the one year in
    brackets it was held ("jako stażystka w dziale HR firmy LPP S.A. (2014)"), or the year it
    began and perhaps the year it ended ("..., till 2018"); one year right after the job's
    title and employer is the year it was held ("at the Ghana Revenue Authority in 2018")."""
    bracketed = _BRACKETED_YEAR.findall(text)
    if len(bracketed) == 1 and len(set(_ONE_YEAR.findall(text))) == 1:
        held = date(int(bracketed[0]), 1, 1)
        return held, held
    told = max(text.find(title) + len(title), text.find(org) + len(org) if org else 0)
    ends = [text.find(title) + len(title), text.find(org) + len(org) if org else -1]
    after = next(filter(None, (_HELD_IN_YEAR.match(text, end) for end in ends if end >= 0)), None)
    if after is not None:
        year = date(int(after.group(1)), 1, 1)
        if not _JOINED.search(text, 0, after.start()):
            return year, year
        # joined that year, and stayed until the year "until" names, if it names one
        until = _UNTIL.search(text, after.end())
        ended = _ONE_YEAR.match(text, until.end()) if until else None
        return year, date(int(ended.group(1)), 1, 1) if ended else None
    began = _IN_YEAR.search(text, 0, told)
    if began is None:
        return None, None
    until = _UNTIL.search(text, began.end())
    ended = _ONE_YEAR.match(text, until.end()) if until else None
    start = date(int(began.group(1)), 1, 1)
    end = date(int(ended.group(1)), 1, 1) if ended else None
    return start, end if end is None or end >= start else None


# The employer of the job told just before, named again by a word for "the same": a table's
# "там само" / "tamże" / "ibid." cell, or a sentence's "у тій самій компанії", "en la misma
# empresa", "at the same company".
SAME_EMPLOYER = re.compile(
    r"^\s*(?:там само|там же|tamże|tamze|ibidem|ibid|idem|same|același loc|aceeași firmă)"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
SAME_EMPLOYER_IN = re.compile(
    r"(?<![^\W\d_])(?:(?:у|в)\s+(?:тій\s+самій|той\s+самій|той\s+же|тій\s+же)\s+"
    r"(?:компанії|компании|фірмі|фирме|організації|организации)|"
    r"w\s+tej\s+samej\s+firmie|en\s+la\s+misma\s+empresa|na\s+mesma\s+empresa|"
    r"at\s+the\s+same\s+(?:company|firm|employer|bank|organi[sz]ation)|"
    r"(?:la|în)\s+aceeași\s+(?:firmă|companie)|di\s+perusahaan\s+yang\s+sama|"
    r"tại\s+cùng\s+công\s+ty|dans\s+la\s+même\s+(?:entreprise|société))(?![^\W\d_])",
    re.IGNORECASE,
)


def title_current_job(jobs: list[ProseJob], headline: str) -> None:
    """The job a person holds now, told without its title ("З вересня 2021 року працюю в
    SoftServe на проєкті ..."), has the title their headline gives them ("QA Engineer · Львів,
    Україна")."""
    title = re.split(r"\s*[·|,—–]\s*|\s+-\s+", headline.strip())[0]
    if not title or len(title.split()) > 6 or not _names_a_job(title):
        return
    current = [job for job in jobs if job.start is not None and job.end is None]
    if len(current) == 1 and not current[0].title:
        current[0].title = title[:200]


def name_same_employers(jobs: list[ProseJob]) -> None:
    """A job told "у тій самій компанії", or a promotion ("I was promoted to Team Leader"), with
    no employer of its own works for the employer of the job told before it."""
    for before, job in itertools.pairwise(jobs):
        if (
            job.organization is None
            and before.organization
            and any(
                SAME_EMPLOYER_IN.search(s.text) or PROMOTED.search(s.text)
                for s in job.sentences[:1]
            )
        ):
            job.organization = before.organization


# Unpaid work for a cause: "De 2019 a 2021 colaboré como voluntaria en la Cruz Roja",
# "Волонтерство: координую збір допомоги в ГО «Дніпро Разом»" (not "voluntary").
VOLUNTEER = re.compile(
    r"(?<![^\W\d_])(?:volunteer\w*|voluntari[oa]s?|voluntariado|voluntári[oa]|voluntar|"
    r"voluntariat|wolontar\w*|волонт\w*|bénévol\w*|ehrenamt\w*|volontari\w*|tình nguyện|"
    r"relawan|sukarelawan|gönüllü\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
# A job the person wishes for, not one they held: a career objective ("Mong muốn làm việc lâu
# dài ở vị trí kế toán", "Seeking a position as a Staff Nurse", "Chcę pracować jako ...").
_WISH = re.compile(
    r"(?<![^\W\d_])(?:mong muốn|muốn|ứng tuyển|i (?:wish|hope|want|would like|am looking|seek)|"
    r"seeking|looking for|to obtain|apply(?:ing)? for|хочу|шукаю|ищу|chcę|szukam|aplikuję|"
    r"deseo|busco|procuro|postulo|gostaria|candidato-me|doresc|caut|aplic pentru|je souhaite|"
    r"je cherche|je postule|ich möchte|ich bewerbe|ingin|berharap|mencari|melamar)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# Verbs of study and of graduating ("me recibí de Contador", "antes de recibirme").
_STUDY_VERBS = (
    r"studied|graduated|studying|estudi[éeo]\w*|me formé|formei|studiowa\w*|навчал\w*|"
    r"навчав\w*|studiat|absolvit|étudi\w*|studiert\w*|kuliah|lulus|recibirme|me recib[íi]\w*|"
    r"me gradu[éeó]\w*"
)
# A degree, or a verb of study, in a sentence that names no job title.
_STUDY = cue_pattern((), DEGREES, _STUDY_VERBS)
# A verb of study inside what reads as a title ("Estudié Técnica en Logística"): the sentence
# tells a degree, its field of study no employer.
_STUDY_VERB = cue_pattern((), _STUDY_VERBS)


# A stint of some months: "un stage de six mois", "magang selama 3 bulan", "(intern, 6 luni)".
_MONTHS_LONG = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|un|deux|"
    r"trois|quatre|cinq|sept|huit|neuf|dix|onze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez|once|um|dois|três|quatro|sete|oito|nove|dez)\s+(?:months?|mois|meses|luni|tháng|"
    r"bulan|miesięcy|miesiące|monaten?|місяц\w*|месяц\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _stint_year(text: str) -> date | None:
    """The one year a placement or a stint of some months was in, told with that year alone
    ("j'ai effectué un stage de six mois en 2017 chez Sopra Steria", "magang selama 3 bulan di
    KAP ... pada tahun 2016"): it began and ended that year."""
    years = {m.group(1) for m in _ONE_YEAR.finditer(text)}
    if len(years) != 1 or not (PLACEMENT_WORD.search(text) or _MONTHS_LONG.search(text)):
        return None
    return date(int(years.pop()), 1, 1)


def _placement(text: str, org: str) -> ProseJob | None:
    """A placement at `org` dated by the one year the sentence names, or None."""
    placement = _PLACEMENT.search(text)
    years = {m.group(1) for m in _ONE_YEAR.finditer(text)}
    if placement is None or len(years) != 1:
        return None
    if not re.search(r"[^\W\d_]{2,}", text[: placement.start()]):
        return None  # a header, not a sentence: "2016 : Stage de fin d'études – chez Thales"
    year = date(int(years.pop()), 1, 1)
    return ProseJob(placement.group(0), org, year, year)


# Turkish names the employer first, in the locative ("Trendyol'da", "Peak Games'te", "Logo
# Yazılım şirketinde"), then the title before "olarak" (as), then the verb: "2021'den beri
# Trendyol'da makine öğrenmesi mühendisi olarak çalışıyorum", "Getir'de 2 yıl veri bilimci olarak
# çalıştım", "Logo Yazılım şirketinde kıdemli yazılım geliştirici olarak görev yaptım".
_TR_ORG_WORD = r"[A-ZÇĞİÖŞÜ][\w&.+-]*"
_TR_JOB = re.compile(
    rf"(?<![\w'’])(?P<org>{_TR_ORG_WORD}(?:\s+{_TR_ORG_WORD}){{0,4}})"
    r"(?:['’]n?[dt][ae]|\s+(?:şirketinde|firmasında|bünyesinde|şirketi['’]nde|bankasında))\s+"
    r"(?:\d+\s+(?:yıl|ay)\w*\s+(?:boyunca\s+|süreyle\s+)?)?"  # "Getir'de 2 yıl veri bilimci"
    # "Koçtaş'ta 2019'dan 2022'ye kadar satış danışmanı": the dates between employer and title
    r"(?:(?:19|20)\d\d['’]\w+\s+(?:(?:19|20)\d\d['’]\w+\s+)?"
    r"(?:(?:kadar|beri|bu\s+yana|itibaren)\s+)?)?"
    r"(?P<title>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,5})\s+olarak\b"
)
# The dates Turkish prose gives beside a range: "2017'de ... başladım" (in 2017), "2019'dan"
# (from 2019), "2019'a kadar" (until 2019), "3 yıl boyunca" (for three years, after a start).
_TR_IN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)['’][dt][ae]n?\b")
_TR_UNTIL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)['’]y?[ae]\s+kadar\b")
_TR_FOR_YEARS = re.compile(r"(?<!\d)(\d{1,2})\s+y[ıi]l\s+(?:boyunca|süreyle)\b")


def _turkish_job(text: str) -> ProseJob | None:
    for match in _TR_JOB.finditer(text):
        title = match.group("title")
        if not _names_a_job(title):
            continue
        rng = find_range(text)
        if rng is not None:
            return ProseJob(title, match.group("org"), rng.start, rng.end)
        start_year = _TR_IN_YEAR.search(text)
        until = _TR_UNTIL_YEAR.search(text)
        lasted = _TR_FOR_YEARS.search(text)
        start = date(int(start_year.group(1)), 1, 1) if start_year else None
        end = date(int(until.group(1)), 1, 1) if until else None
        if start is not None and end is None and lasted is not None:
            end = date(start.year + int(lasted.group(1)), 1, 1)
        return ProseJob(title, match.group("org"), start, end)
    return None


def group_paragraph(paragraph: list[Sentence]) -> tuple[list[Sentence], list[ProseJob]]:
    """(sentences before any job, jobs each with the sentences that describe them). A current
    job told without its title takes the title the person gave themselves just before ("я
    инженер по машинному обучению. С 2021 года работаю в Яндексе")."""
    loose: list[Sentence] = []
    jobs: list[ProseJob] = []
    introduced: str | None = None
    for sentence in paragraph:
        told = jobs_in_sentence(sentence.text)
        for job in told:
            if not jobs and not job.title and job.start and job.end is None and introduced:
                job.title = introduced
            job.sentences.append(sentence)
            jobs.append(job)
        if told:
            continue
        if jobs:
            jobs[-1].sentences.append(sentence)
        else:
            loose.append(sentence)
            introduced = _title(sentence.text) or introduced
    return loose, jobs


# "then" between two jobs told in one sentence: "assistant audit chez Deloitte de 2015 à 2017,
# puis comptable chez Ethias de 2017 à 2021", "la eMAG ca operator depozit între 2015 și 2017,
# apoi la Fan Courier ca lider de echipă până în 2019".
_THEN = re.compile(
    r",?\s+(?:(?:and\s+)?then|(?:and\s+)?later|puis|ensuite|apoi|după aceea|(?:y\s+)?después|"
    r"(?:y\s+)?luego|(?:e\s+)?depois|dann|danach|anschließend|potem|następnie|lalu|kemudian|"
    r"sau đó|rồi|потім|затем|потом)\s+"
    # "najpierw jako pracownik magazynu, a od 2019 jako asystentka działu HR", "first as a
    # trainee, and from 2019 as an analyst": the next role starts in the year named
    r"|,\s+(?:a|and|y|e|i|și|та|і|а|и|dan|et|und)\s+(?=(?:od|from|since|desde|depuis|din|з|с|"
    r"sejak|từ|seit|ab|in|en|em|w|у|в)\s+(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\b"
    r"(?:\s+(?:roku|року|года|r\.|р\.|г\.|year))?,?\s+(?:jako|as|como|ca|як|как|sebagai|comme|"
    r"en tant que|als|làm)\b)",
    re.IGNORECASE,
)
_BRACKETED_YEAR = re.compile(r"\(((?:19|20)\d\d)\)")
# "until 2019" with no start: the job began when the one told before it ended.
_UNTIL = re.compile(
    r"\b(?:until|till|până (?:în|la)|pana in|hasta|jusqu['’](?:en|à)|bis|hingga|sampai|"
    r"до|đến)\s+",
    re.IGNORECASE,
)


def jobs_in_sentence(text: str) -> list[ProseJob]:
    """The jobs a sentence introduces: one, or several told one after another ("X at A from
    2015 to 2017, then Y at B until 2019"); a later one that only says when it ended began when
    the one before it ended."""
    clauses = _THEN.split(text) if len(text) <= 600 else [text]
    if len(clauses) > 1:
        told: list[tuple[str, ProseJob]] = []
        for clause in clauses:
            job = job_in_sentence(clause)
            title = _title(clause) if job is None and told else None
            if title:
                # "at KTDA, first as a graduate trainee, then as an assistant data officer": the
                # next role, at the same employer, ending when the stint told before it ends,
                # unless the clause says when it ended ("apoi am rămas acolo ca tester junior
                # până în 2018": dated below)
                until = _UNTIL.search(clause)
                said = bool(until and find_dates(clause[until.end() :]))
                job = ProseJob(title, told[-1][1].organization, None,
                               None if said else told[-1][1].end)  # fmt: skip
            if job is not None:
                told.append((clause, job))
        if len(told) > 1 and all(job.title or job.start for _, job in told):
            for (before_clause, before), (clause, job) in itertools.pairwise(told):
                if job.organization is None:
                    job.organization = before.organization  # "..., then as Y": the same employer
                if (before.start and before.end and job.start and job.end is None
                        and before.start <= job.start <= before.end):
                    # "in 2017-2021, first as X, and from 2019 as Y": Y held the rest of it
                    job.end, before.end = before.end, job.start
                elif before.start and before.end is None and job.start and before.start < job.start:
                    # "in 2014 as X at A, then Y at B between 2017 and 2020": A ended when B began
                    before.end = job.start
                years = _BRACKETED_YEAR.findall(before_clause)
                if before.start is None and before.end is None and len(years) == 1:
                    # "first as a graduate trainee (2017), then ...": the one year it was held
                    before.start = before.end = date(int(years[0]), 1, 1)
                if job.start is None and job.end is None:
                    until = _UNTIL.search(clause)
                    ends = find_dates(clause[until.end() :]) if until else []
                    if ends:
                        job.start, job.end = before.end, ends[0].value
                    elif before.end is not None:
                        # "From 2016 to 2020 ... at A, then joined B as Y": B began as A ended
                        job.start = before.end
            return [job for _, job in told]
    by_employer = _jobs_by_employer(text)
    if by_employer:
        return by_employer
    job = job_in_sentence(text)
    return [job] if job is not None else []


# Where one clause of a sentence ends and the next begins: "..., and from 2014 to 2017 worked at
# IBM", "..., e depois".
_CLAUSE = re.compile(r",\s+(?:(?:and|e|y|i|și|et|und|và|dan|та|і)\s+)?", re.IGNORECASE)


def _jobs_by_employer(text: str) -> list[ProseJob]:
    """Jobs at two or more employers told in one sentence, a clause each ("Kavya began her career
    in 2012 at Mu Sigma as a decision scientist, and from 2014 to 2017 worked at IBM Research
    India as a research engineer", "After five years at Jumia as a product analyst, I moved to
    Moniepoint in 2022, where I now lead ... as a senior product analyst"): a clause that names
    another employer opens the next job; each part must tell a whole job (title and employer),
    else the sentence is one job."""
    if len(text) > 600:
        return []
    groups: list[str] = []
    for clause in _CLAUSE.split(text):
        if groups and _organization(clause) and _organization(groups[-1]):
            groups.append(clause)
        elif groups:
            groups[-1] = f"{groups[-1]}, {clause}"
        else:
            groups.append(clause)
    if len(groups) < 2:
        return []
    jobs = [job_in_sentence(group) for group in groups]
    told = [job for job in jobs if job is not None and job.title and job.organization]
    return told if len(told) == len(groups) else []


def _organization(text: str) -> str | None:
    for cue in _EMPLOYER_CUE.finditer(text):
        if _EXPERIENCE_IN.search(text, 0, cue.start()):
            continue  # "Inżynier ML z doświadczeniem w NLP": experience in a field
        led = _LED_ORG.match(text, cue.start("article") if cue.group("article") else cue.end())
        if led is not None:
            return _trim_org(led.group(0))[:200]
        rest = text[cue.end() :]
        match = _ORG.match(rest)
        if match is None:
            continue
        name = _trim_org(match.group(0))
        if not name or find_range(name) is not None or TITLE_HEADS.fullmatch(name.lower()):
            continue
        if re.fullmatch(r"\d+[\w.]*|[A-Z]{1,2}", name):
            continue  # "at 3.2M", "at AI"
        if cue.group(0).split()[0].lower() in _IN_CUES and names_a_skill(name, opening=True):
            # "аналіз тарифів в Excel", "testy w Pythonie": in a tool, not an employer ("en
            # DHL Supply Chain" is one: the field's words follow the company's own)
            continue
        if cue.group(0).split()[0].lower() in {"moved", "switched"} and resolve_place(name):
            continue  # "moved to Nairobi": a place
        if cue.group(0).strip().lower() in {"au", "aux"} and (
            resolve_place(name) is not None or _title(text) is None
        ):
            # "je travaille au Sénégal": a place; "bénévole aux Restos du Cœur": "au" names an
            # employer only beside a job title ("technicien au CIUSSS de l'Estrie")
            continue
        return name[:200]
    return None


# An employer named by its legal form or its kind first ("Công ty Cổ phần Viễn thông FPT",
# "Ngân hàng TMCP Á Châu", "ТОВ «СофтСерв»", "PT Bank Rakyat Indonesia"): Vietnamese runs the
# name on in lower-case syllables, so it ends at the clause's punctuation or at a word that
# opens another part of the sentence, not at the first lower-case word.
_LED_ORG = re.compile(
    rf"(?<![\w'’])(?:{LEGAL_FORM_BEFORE}|(?i:ng[âa]n h[àa]ng|t[ậa]p đo[àa]n|tổng công ty|bệnh viện|"
    # the kind of place a Vietnamese employer's name opens with, written with or without its
    # marks: a factory, a centre, a bookshop, a restaurant, a hotel, a supermarket, a works
    r"nh[àa] m[áa]y|trung t[âa]m|nh[àa] s[áa]ch|nh[àa] h[àa]ng|kh[áa]ch s[ạa]n|si[êe]u th[ịi]|"
    r"x[íi] nghi[ệe]p|"
    r"(?<!môi\s)(?<!thị\s)(?<!hiện\s)trường))(?:\s+(?!(?i:với|từ|làm|trong|tại|ở|khi|và|để|năm|as|since|from|until|in|"
    r"sebagai|sejak|pada|selama|dari|dan|untuk|di|як|з|у|в|на|до|по|де)\b)"
    # a dot inside a name goes on with it ("Co.opmart", "Tiki.vn")
    r"(?:[^\s,.;:()\[\]|·•–—]|\.(?=\w))+){1,8}"
)
# An employer named with its legal form after it anywhere in the sentence ("jako stażystka w
# dziale IT Energa SA", "Fiduciaire Ivoire Conseil SARL (2017 - 2021)"), where no word
# introduces it.
_SUFFIXED_ORG = re.compile(
    rf"(?<![\w'’]){_ORG_WORD}(?:{_ORG_JOIN}{_ORG_WORD}){{0,5}}?\s+{LEGAL_FORM}(?![^\W_])"
)


# "một" (a) before an employer's kind makes it any such employer: "Trưởng nhóm Sales Operations
# tại một công ty thương mại điện tử" (at an e-commerce company) names none, as "at an e-commerce
# company" does not in English.
_ANY_OF_KIND = re.compile(r"(?<!\w)một\s+$", re.IGNORECASE)


def _org_by_legal_form(text: str, *, dated: bool) -> str | None:
    """An employer the sentence names with its legal form, before or after its name. Undated,
    an employer's kind after "một" is no name (a wish or a summary); dated, it still says where
    the job was."""
    led = next((m for m in _LED_ORG.finditer(text)
                if dated or not _ANY_OF_KIND.search(text, max(0, m.start() - 12), m.start())),
               None)
    found = [m for m in (led, _SUFFIXED_ORG.search(text)) if m is not None]
    if not found:
        return None
    name = _trim_org(min(found, key=lambda m: m.start()).group(0))
    return name[:200] if name and find_range(name) is None else None


# The employer cues that also mean "in" or "on": before a tool's name they say what the work
# was done in.
_IN_CUES = frozenset(["en", "em", "na", "no", "w", "we", "в", "у", "la", "di", "ở"])
_EXPERIENCE_IN = re.compile(
    r"\b(?:doświadczeni\w*|experience|expérience|esperienza|experiencia|experiência|"
    # "Experience in working with Agile methodology": the work is with a method, not for an employer
    r"erfahrung|досвідом|опытом)(?:\s+(?:in|of|on))?\s*$",
    re.IGNORECASE,
)


def _trim_org(name: str) -> str:
    name = re.split(r"\s+(?:in|since|from|as|for|where|during|until|to|with)\s+", name)[0]
    # "Itaú de 2017 a 2020", "Allegro od 2019": a year opens the dates, not the name.
    name = re.split(r"\s+(?:de|desde|od|von|du|dal|din|từ|з|entre)\s+(?=\d{4}\b)", name)[0]
    words = name.split()
    while words and words[-1].lower().strip(".,") in {"and", "of", "de", "the", "&", "da", "do"}:
        words.pop()
    return " ".join(words).strip(" .,;:'’")


# Between a sentence's opening dates and the job they date: "2021 – actualidad: ", "У 2017–2020
# рр. — ", "2014 – 2016 · ".
_AFTER_DATES = re.compile(
    r"\s*(?:(?:рр?|г|гг|року|рік|года|năm)\.?\s*)?(?:,\s*(?:[:—–·|-]\s*)?|[:—–·|-]\s*)"
)


def _job_after_dates(text: str, span: tuple[int, int], org: str | None) -> tuple[str, str | None]:
    """(title, employer) of a sentence that opens with its dates, as people write a job on one
    line inside a paragraph: "2016–2018 — молодший розробник Python у ТОВ «Нікс Солюшенс»", "У
    2017–2020 рр. — економіст, ПАТ «Львівобленерго»", "2014-2017 - Customer Service
    Representative, Teleperformance Philippines (Cebu)": the words between the dates and the
    employer (or the comma before it) are the title, whatever they are, up to six of them; with
    no employer named otherwise, a title before a comma has it after the comma."""
    lead = text[: span[0]]
    after = _AFTER_DATES.match(text, span[1])
    if after is None or len(lead.split()) > 5 or re.search(r"\d", lead):
        return "", org  # dates inside a sentence, not opening it
    rest = text[after.end() :]
    if org is None:
        head, comma, tail = rest.partition(",")
        named = _ORG.match(tail.strip()) if comma else None
        if named is not None and _names_a_job(head) and len(head.split()) <= 6:
            return head.strip()[:200], _trim_org(named.group(0))[:200] or None
        # "de fin 2020 à 2021, consultante data freelance pour des PME de la région": a title
        # and no employer
        stop = _STOP.search(rest)
        phrase = _cut_after_head(rest[: stop.start()] if stop else rest).strip(" ,;:-–—")
        if 0 < len(phrase.split()) <= 5 and _names_a_job(phrase) and not _work_verb(phrase):
            return phrase[:200], None
        return "", org
    at = rest.find(org)
    head = rest[:at] if at > 0 else ""
    cues = list(_EMPLOYER_CUE.finditer(head))
    if cues and cues[-1].end() == len(head):
        head = head[: cues[-1].start()]
    head = head.strip(" ,;:-–—(")
    if not head or len(head.split()) > 6 or _BEING.search(head) or _work_verb(head):
        return "", org
    return head[:200], org


def _employer_after_title(text: str, title: str) -> str | None:
    """"I work as an OTR driver for Werner Enterprises", "working as Associate Data Scientist in
    Tata Consultancy Services, Hyderabad": "for", "with" and "in" name an employer right after a
    title (elsewhere they also introduce tools, clients and places); a place after "in" is
    where the job was."""
    at = text.find(title)
    after = (re.match(r"\s+(?P<cue>for|with|in|presso)\s+(?:the\s+)?", text[at + len(title) :])
             if at >= 0 else None)
    if after is None:
        return None
    match = _ORG.match(text[at + len(title) + after.end() :])
    name = _trim_org(match.group(0)) if match else ""
    if not name or find_range(name) is not None:
        return None
    # "data scientist in Satispay" names the employer, "... in London" a place
    if after["cue"] == "in" and (resolve_place(name) is not None or names_a_skill(name)):
        return None
    return name[:200]
