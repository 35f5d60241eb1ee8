"""A plain-text résumé (also the text of a PDF or DOCX) to a Candidate with evidence items.

Layout-independent: section headings (in any of the hiring regions' languages) are hints, never
a gate. Jobs are found under an experience heading by their date lines, and anywhere in prose by
the sentences that introduce them ("Since 2022 I have been at Safaricom"). Every other sentence
stays evidence too: sentences that describe work done become a "described work" item, the rest the
summary, so a résumé written in paragraphs keeps everything it says.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from worldhire.core.contact import mail_address
from worldhire.core.geo.zones import country_timezone
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.core.texts import fold
from worldhire.identity.keys import country_of_phone
from worldhire.ingest.errors import NotAResumeError
from worldhire.ingest.lexicon.degrees import DEGREE_IN_STUDIES
from worldhire.ingest.lexicon.headings import INTERESTS, NOT_WORK, REFERENCES, SITE_PANELS
from worldhire.ingest.resumes.entries import (
    Entry,
    first_entry_line,
    is_education,
    own_practice_job,
    split_blocks,
    split_jobs,
    split_year_led,
)
from worldhire.ingest.resumes.header import WORK_PERMIT, Header, is_document_title, read_header
from worldhire.ingest.resumes.labelled_entries import labelled_jobs, split_dated_jobs
from worldhire.ingest.resumes.language_grids import read_language_grids
from worldhire.ingest.resumes.mail_reply import without_quoted_reply
from worldhire.ingest.resumes.ocr_words import read_through_ocr_confusions
from worldhire.ingest.resumes.personal_labels import label_key
from worldhire.ingest.resumes.profile import fill_logistics, fill_years
from worldhire.ingest.resumes.prose import (
    SAME_EMPLOYER,
    ProseJob,
    group_paragraph,
    name_same_employers,
    title_current_job,
)
from worldhire.ingest.resumes.residence import place_in_line, place_in_prose
from worldhire.ingest.resumes.section_layout import (
    _career_in_paragraphs,
    _heading_in,
    _holds_no_jobs,
    _jobs_told_line_by_line,
    _joined,
    _paragraphs,
    _short_lines,
)
from worldhire.ingest.resumes.sections import (
    Section,
    SplitResume,
    split_sections,
    spoken_languages_line,
)
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import find_dates, reading_document
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.sentences import Sentence, wrap_width
from worldhire.ingest.text import clean_field

_INTERESTS = frozenset(fold(h) for h in INTERESTS)
_NOT_WORK = frozenset(fold(h) for h in NOT_WORK)
# Referees, and a saved page's panels of other people and offered jobs: nothing of the person's.
_REFERENCES = frozenset(fold(h) for h in REFERENCES)
_NOT_THEIRS = frozenset((*_REFERENCES, *(fold(h) for h in SITE_PANELS)))
_SECTION_KIND = {
    "projects": EvidenceKind.PROJECT,
    "open_source": EvidenceKind.REPOSITORY,
    "publications": EvidenceKind.PUBLICATION,
    "education": EvidenceKind.EDUCATION,
    "certifications": EvidenceKind.CERTIFICATION,
}
DESCRIBED_WORK_TITLE = "Work described in the profile"
# "Tools I use daily: Python, PyTorch", "Stack: …", "Herramientas: …" wherever they are.
_SKILL_LIST = re.compile(
    r"^\s*[*_•\-]*\s*(?:my\s+|main\s+|key\s+|core\s+|technical\s+)?(?:skills?|tech(?:nical)? stack|"
    r"stack|tools?(?: i use(?: daily| every day)?| and technologies| & technologies)?|"
    r"technolog(?:y|ies)|toolbox|frameworks?|programming languages?|languages (?:and|&) "
    r"frameworks|software|platforms|libraries|habilidades|competencias|herramientas|"
    r"tecnolog[íi]as|conocimientos(?: t[ée]cnicos)?|compet[êe]ncias|ferramentas|"
    r"tecnologias|umiej[ęe]tno[śs]ci|narz[ęe]dzia|technologie|навички|інструменти|технології|"
    r"competen[țt]e|abilit[ăa][țt]i|instrumente|tehnologii|comp[ée]tences|outils|"
    r"kenntnisse|f[äa]higkeiten|werkzeuge|technologien|kỹ năng|công cụ|công nghệ|keahlian|"
    r"keterampilan|teknologi|perangkat)\s*[:：–—-]\s*(?P<value>\S.{2,})$",
    re.IGNORECASE,
)
# A sentence that is only an address, a phone number or a link: contact, not evidence.
_CONTACT_ONLY = re.compile(
    r"(?:e-?mail me on indeed\s*:?)?[\s|•·,;:]*(?:(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"(?:https?://|www\.)\S+|(?:github|gitlab|linkedin|huggingface|kaggle|indeed)\.\w+/\S*|"
    r"\+?[\d\s().-]{7,})[\s|•·,;:]*)+",
    re.IGNORECASE,
)
_LANGUAGE_SENTENCE_WORDS = 14  # "Fluent in English and Spanish, with basic French and German."
_SPOKEN_CUE = re.compile(
    r"\b(?:speak|spoken|fluent|fluently|native|mother tongue|bilingual|proficien|communicat|"
    r"hablo|idiomas?|falo|l[íi]nguas?|m[óo]wi[ęe]|j[ęe]zyk|розмовля|мов[аи]|vorbesc|limb[ia]|"
    r"je parle|langues?|ich spreche|sprachen?|muttersprache|tôi nói|ngoại ngữ|berbahasa|"
    r"bahasa|bhs|[ABC][12]\b|ielts|toefl|toeic|"
    # a level right after a language name: "Inglês avançado.", "Anglais courant"
    r"avançad|avanzad|intermedi|fluente|nativ|courant|fließend|advanced|upper.intermediate|"
    # Turkish: "İngilizcem ileri seviyede", "biraz İspanyolca biliyorum"
    r"seviye|düzey|biliyorum|konuşuyorum)",
    re.IGNORECASE,
)
# The words that join a clause to the one that turns to languages ("..., et je parle",
# "... and speak"): a conjunction and the speaker's pronoun, in the hiring regions' languages.
_CLAUSE_JOIN = re.compile(
    r"(?:[\s,;]+(?:and|et|y|e|i|und|și|та|і|и|và|dan|also|aussi|I|je|j'|ich|eu|yo|ja|я|tôi|"
    r"saya))+[\s,;]*$|[\s,;]+$", re.IGNORECASE)
_SAID_BEFORE_WORDS = 4  # "Zajmuję się przetwarzaniem [języka]" is no clause of its own


def _said_before_languages(sentence: str) -> str:
    """The clause a short sentence says before it turns to languages ("Je maîtrise Excel et
    SAP, et je parle français"): it stays evidence; "" when there is none, or when it is the
    languages' own start ("Polish is my [native language]", "Znam angielski na poziomie")."""
    cue = _SPOKEN_CUE.search(sentence)
    head = _CLAUSE_JOIN.sub("", sentence[: cue.start()]) if cue else ""
    if len(head.split()) < _SAID_BEFORE_WORDS or fields.find_languages(head):
        return ""
    return head


_WORK_SENTENCE = re.compile(
    r"\b(?:built|build|building|developed|develop|designed|led|lead|leading|managed|created|"
    r"implemented|deployed|shipped|launched|trained|fine-tuned|migrated|maintain(?:ed)?|"
    r"automated|optimi[sz]ed|reduced|improved|delivered|wrote|worked|work on|own(?:ed)?|"
    r"ran|run|serve[sd]?|handles?|architected|scaled|analy[sz]ed|taught|treated|cared|drove|"
    r"desarroll\w+|constru\w+|implement\w+|lider\w+|desenvolv\w+|criei|cre[ée]\w*|"
    r"zbudowa\w+|wdro\w+|stworzy\w+|prowadzi\w+|розроби\w+|побудува\w+|впрова\w+|"
    r"am dezvoltat|am construit|am implementat|j'ai \w+|développé|conçu|entwickelt|aufgebaut|"
    r"implementiert|geleitet|phát triển|xây dựng|triển khai|mengembangkan|membangun|"
    r"menerapkan|memimpin)\b",
    re.IGNORECASE,
)


def parse_text_resume(
    text: str, source_name: str, extra_links: list[str] | None = None
) -> Candidate:
    """Parse cleaned résumé text. Raises NotAResumeError when the text holds no résumé: no name,
    no contact details and no account of work."""
    with reading_document(text):
        return _parsed_resume(text, source_name, extra_links)


def _parsed_resume(text: str, source_name: str, extra_links: list[str] | None) -> Candidate:
    text = read_through_ocr_confusions(without_quoted_reply(text))
    text = re.sub(r"\*\*|__", "", text)  # Markdown emphasis hides "7 years** of experience"
    text = _markdown_tables(text)
    text = _ITALIC_LINE.sub(r"\1\2", text)  # "_з 2021 р. дотепер_": dates set in italics
    text = _ITALIC_SPAN.sub(r"\1", text)  # "@ Kuda Bank — _Jun 2021 – Dec 2023_ — ..."
    text = _TAG_LINE.sub("", text)  # '<p align="left">' in a Markdown README: markup, no words
    text = _LONE_MARK.sub("", _without_agency_contact(_rejoin_wrapped_contacts(text)))
    text = RESUME_DATE_LINE.sub("", text)
    lines = text.split("\n")
    split = split_sections(text)
    links = list(dict.fromkeys([*fields.find_links(text), *(extra_links or [])]))[:30]
    emails = fields.find_emails(text)
    entry_lines = frozenset(
        line.strip()
        for key in ("experience", "projects")
        for section in split.all(key)
        for line in section.lines
    )
    # a referee's labelled "Name" and phone are the referee's, never the candidate's
    referees = {line.strip() for s in split.all("other") if _heading_in(s, _REFERENCES)
                for line in s.lines}  # fmt: skip
    header = read_header(
        ["" if line.strip() in referees else line for line in lines],
        len(split.header), links, emails, entry_lines,
    )
    phones = fields.find_phones("\n".join(split.header) + "\n" + _section_text(split, "contact"))
    if not phones and emails:
        phones = fields.phones_beside(text, emails[0])
    phone = phones[0] if phones else None
    reading = _Reading(source_name)
    reading.read(split, header)
    if not header.name and not emails and not phone and not reading.shows_work():
        raise NotAResumeError("no name, no contact details and no work described: not a résumé")
    candidate = Candidate(name=header.name, source_name=source_name)
    candidate.email = next(filter(None, map(mail_address, emails)), None)
    candidate.phone = phone
    candidate.other_phones = phones[1:]
    candidate.headline = header.headline
    candidate.links = links
    _fill_location(candidate, split, header, text)
    candidate.evidence = reading.items()
    candidate.summary = reading.summary_text()[:4_000]
    candidate.languages = fields.find_languages(reading.languages_text())
    fill_years(candidate, text)
    fill_logistics(candidate, text, pay_section=_section_text(split, "availability"))
    return candidate


class _Reading:
    """Evidence gathered section by section; whatever no section claims stays evidence too."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.structured: list[EvidenceItem] = []
        self.prose_jobs: list[ProseJob] = []
        self.summed_up: list[ProseJob] = []  # the undated jobs a summary's sentences tell
        self.summary: list[str] = []
        self.described: list[str] = []
        self.skills: list[str] = []
        self.languages: list[str] = []

    def read(self, split: SplitResume, header: Header) -> None:
        self._block([
            "" if i in header.identity_lines or is_document_title(line) else line
            for i, line in enumerate(split.header)
        ])
        for section in split.sections:
            self._section(section)
        self._name_same_employers()
        title_current_job(self.prose_jobs, header.headline)
        self._settle_prose_jobs()

    def _name_same_employers(self) -> None:
        """A job whose employer is written "там само" / "tamże" / "ibid." (the same) works for
        the employer of the job listed before it."""
        jobs = [i for i in self.structured if i.kind is EvidenceKind.JOB]
        for before, job in itertools.pairwise(jobs):
            if job.organization and SAME_EMPLOYER.match(job.organization):
                job.organization = before.organization
        name_same_employers(self.prose_jobs)

    def _section(self, section: Section) -> None:
        key = section.key
        if key == "experience":
            labelled = labelled_jobs(section.lines)
            if labelled is not None:
                self.structured += [self._job(e) for e in labelled]
            elif _holds_no_jobs(section) or _jobs_told_line_by_line(section.lines):
                self._loose_lines(section.lines)
            else:
                self.structured += [self._job(e) for e in split_dated_jobs(section.lines)]
        elif key in _SECTION_KIND:
            kind = _SECTION_KIND[key]
            one_per_line = kind is not EvidenceKind.PROJECT and kind is not EvidenceKind.REPOSITORY
            year_led = None if kind is EvidenceKind.PROJECT else split_year_led(section.lines)
            if kind is EvidenceKind.EDUCATION and first_entry_line(section.lines) is not None:
                # Dated studies group around their dates like jobs: "B.E in Computer Science" /
                # "VTU - Bangalore" / "2013 to 2017" is one degree, not three.
                entries = split_jobs(section.lines)
            elif year_led is not None:
                entries = year_led
            else:
                entries = split_blocks(section.lines, one_per_line and _short_lines(section.lines))
                if kind is EvidenceKind.EDUCATION:
                    entries = _degree_groups(entries)
            for entry in entries:
                # a freelancer's practice dated over its client projects is a job
                practice = own_practice_job(entry) if kind is EvidenceKind.PROJECT else None
                self.structured.append(
                    self._job(practice) if practice else self._entry(kind, entry)
                )
        elif key == "skills":
            spoken = [v for line in section.lines if (v := spoken_languages_line(line))]
            self.languages += spoken
            self.skills.append(
                "\n".join(line for line in section.lines if not spoken_languages_line(line))
            )
        elif key == "languages":
            graded, lines = read_language_grids(section.lines)
            self.languages.append("\n".join(graded + lines))
        elif key == "contact":
            # "Personal details" holds no evidence, but may state languages ("• Languages:
            # English, Hindi") among the date of birth and the nationality.
            self.languages += [v for line in section.lines if (v := spoken_languages_line(line))]
        elif key == "summary":
            # An agency's "CONSULTANT PROFILE" heads the whole CV: the jobs dated under it are
            # jobs, not a summary
            start = first_entry_line(section.lines)
            if start is not None and _career_in_paragraphs(
                section.lines[start:], wrap_width(section.lines)
            ):
                # "O mnie" telling the career in paragraphs ("..., byłam zatrudniona w DSV Road
                # w Poznaniu –" / "najpierw jako ..., a od 2019 jako ..."): read whole, as
                # `_block` reads such lines; split at the dated line, a sentence was cut in two
                start = None
            self._loose_lines(section.lines[:start], summary=True)
            if start is not None:
                self._block(section.lines[start:])
        elif key == "other" and _heading_in(section, _INTERESTS):
            self._loose_lines(section.lines)  # "Marathon de Paris 2019": no job
        elif key == "other" and _heading_in(section, _NOT_THEIRS):
            pass  # other people's titles and employers, jobs offered: nothing of the person's
        elif key == "other" and _heading_in(section, _NOT_WORK):
            self._loose_lines(section.lines, jobs=False)
        elif key != "contact":
            self._block(section.lines)

    def _block(self, lines: list[str]) -> None:
        """Lines under no known heading: dated entries where they have them (jobs, or study
        where they name a degree or a school), prose before them."""
        labelled = labelled_jobs(lines)
        if labelled is not None:
            self.structured += [self._job(e) for e in labelled]
            return
        start = first_entry_line(lines)
        if start is None or _career_in_paragraphs(lines[start:], wrap_width(lines)):
            # Paragraphs that tell a career ("Before that I was a data scientist at Twiga from
            # 2019 to 2022, ... and I started out as an analyst at Equity Bank (2017-2019)
            # writing SQL") are read sentence by sentence, as an experience section in prose
            # is: split at their dated lines, a wrapped line became a job whose header, and
            # the skills in it, no job's text held.
            self._loose_lines(lines)
            return
        self._loose_lines(lines[:start])
        for entry in split_dated_jobs(lines[start:]):
            if is_education(entry):
                self.structured.append(self._entry(EvidenceKind.EDUCATION, entry))
            else:
                self.structured.append(self._job(entry))

    def _loose_lines(self, lines: list[str], *, summary: bool = False, jobs: bool = True) -> None:
        """Lines outside any structure: labelled skill lists, spoken languages, jobs told in
        prose (unless `jobs` is False: volunteering, referees) and the sentences about them,
        and everything else as summary or described work."""
        kept = [
            "" if (key := label_key(line.strip())) is not None and key != "headline" else line
            for line in lines
        ]
        for paragraph in _paragraphs(kept):
            rest: list[Sentence] = []
            for sentence in paragraph:
                spoken = spoken_languages_line(sentence.text)
                if spoken:
                    # "• Languages: English, Hindi" under "Additional information": languages,
                    # never skills (ESCO names the languages as skills too).
                    self.languages.append(spoken)
                    continue
                skill_list = _SKILL_LIST.match(sentence.text)
                if skill_list:
                    self.skills.append(skill_list.group("value"))
                    continue
                if _SPOKEN_CUE.search(sentence.text) and fields.find_languages(sentence.text):
                    self.languages.append(sentence.text)
                    if not _WORK_SENTENCE.search(sentence.text):
                        # A long sentence says more than its languages ("Machine learning
                        # engineer ... pembelajaran mesin dan pemrosesan bahasa alami untuk
                        # Bahasa Indonesia"): it stays evidence, though no job is told in it.
                        if len(sentence.text.split()) > _LANGUAGE_SENTENCE_WORDS:
                            self._loose_sentence(sentence.text, summary=summary)
                        elif said := _said_before_languages(sentence.text):
                            self._loose_sentence(said, summary=summary)
                        continue
                rest.append(sentence)
            loose, told = group_paragraph(rest) if jobs else (rest, [])
            self.prose_jobs += told
            if summary:  # a summary's job with no date of its own: the career in short
                self.summed_up += [j for j in told if not find_dates(j.sentences[0].text)]
            for sentence in loose:
                self._loose_sentence(sentence.text, summary=summary)

    def _loose_sentence(self, text: str, *, summary: bool) -> None:
        if _CONTACT_ONLY.fullmatch(text):
            return
        work = not summary and _WORK_SENTENCE.search(text)
        (self.described if work else self.summary).append(text)

    def _settle_prose_jobs(self) -> None:
        """Jobs told in prose, unless the résumé lists the same job with dates elsewhere (a
        summary's "since 2023 I work remotely as a data scientist" repeats the entry below);
        then their sentences are summary and described work like any other."""
        listed = [i for i in self.structured if i.kind is EvidenceKind.JOB and i.start]
        for job in self.prose_jobs:
            # a summary above dated jobs sums up the career in sentences with no date ("Ingeniera
            # en Bioprocesos con 6 años de experiencia", "Comptable depuis 8 ans, en cabinet puis
            # en PME"): it tells those jobs again, or the career in short, no job of its own
            summed_up = any(job is told for told in self.summed_up)
            if listed and (summed_up or _repeats_listed(job, listed)):
                for sentence in job.sentences:
                    self._loose_sentence(sentence.text, summary=False)
            else:
                self.structured.append(self._prose_job(job))
        self.prose_jobs = []

    def shows_work(self) -> bool:
        work = [i for i in self.structured if i.kind is EvidenceKind.JOB]
        return bool(work) or len(self.described) >= 2 or (bool(self.skills) and bool(self.summary))

    def summary_text(self) -> str:
        return " ".join(self.summary)

    def languages_text(self) -> str:
        return "\n".join(self.languages)

    def items(self) -> list[EvidenceItem]:
        items: list[EvidenceItem] = []
        if self.summary:
            items.append(self._item(EvidenceKind.SUMMARY, "Summary", self.summary_text()))
        items += self.structured
        if self.described:
            items.append(
                self._item(EvidenceKind.PROJECT, DESCRIBED_WORK_TITLE, " ".join(self.described))
            )
        skills = "\n".join(dict.fromkeys(s for s in self.skills if s.strip()))
        if skills:
            items.append(self._item(EvidenceKind.SKILLS, "Skills", skills))
        return [i for i in items if i.title or i.text]

    def _item(self, kind: EvidenceKind, title: str, text: str) -> EvidenceItem:
        return EvidenceItem(kind, title, text[:8_000], source=self.source)

    def _job(self, entry: Entry) -> EvidenceItem:
        return EvidenceItem(
            kind=EvidenceKind.JOB,
            title=clean_field(entry.title or entry.header, 200),
            text=_joined(entry.text)[:8_000],
            source=self.source,
            organization=clean_field(entry.organization, 200) if entry.organization else None,
            start=entry.start,
            end=entry.end,
            url=_first_link(entry),
        )

    def _prose_job(self, job: ProseJob) -> EvidenceItem:
        return EvidenceItem(
            kind=EvidenceKind.JOB,
            title=clean_field(job.title, 200),
            text=" ".join(s.text for s in job.sentences)[:8_000],
            source=self.source,
            organization=clean_field(job.organization, 200) if job.organization else None,
            start=job.start,
            end=job.end,
        )

    def _entry(self, kind: EvidenceKind, entry: Entry) -> EvidenceItem:
        organization = (
        _institution(entry) or entry.organization if kind is EvidenceKind.EDUCATION else None
    )
        text = entry.text or entry.header
        if kind is EvidenceKind.CERTIFICATION and len(entry.body) == 1 and (
            entry.header.endswith(text)
        ):
            # "Microsoft Certified: Azure Developer Associate" is one name, not a field and
            # its value: the certificate's text is the whole line.
            text = entry.header
        return EvidenceItem(
            kind=kind,
            title=clean_field(entry.title or entry.header, 200),
            text=_joined(text)[:8_000],
            source=self.source,
            organization=organization,
            start=entry.start,
            end=entry.end,
            url=_first_link(entry),
        )


# The recruiter's own contact line on an agency's CV: "Ansprechpartner: Markus Wendt · …",
# "Kontakt w sprawie kandydata: …", "Norte Talent Partners S.L. · Contacto: Irene Lasa · …".
_AGENCY_CONTACT = re.compile(
    r"\b(?:ansprechpartner(?:in)?|kontakt w sprawie|contact person|contact for this candidate|"
    r"your (?:consultant|recruiter|contact)|recruiter|consultant contact|interlocuteur|"
    r"persoan[ăa] de contact|kontaktperson|người liên hệ|narahubung|contato comercial|"
    r"presented by|prepared by|presentado por|apresentado por|przygotował\w*|erstellt von|"
    r"préparé par|представлено|підготував\w*)\b\s*:"
    # "Contacto: Irene Lasa · ..." names the agency's consultant; "Contacto: ana@..." is the
    # person's own contact line.
    r"|\b(?:contacto|contato)\s*:\s*[^\W\d_]+\s+[^\W\d_]+",
    re.IGNORECASE,
)


# Addresses and profile links that a narrow column wrapped: "saiteja.reddy.ai@example.\ncom",
# "iryna.shevchenko.ml@exam\nple.com", "www.linkedin.com/in/saitej\nareddy (LinkedIn)".
_WRAPPED_CONTACT = (
    re.compile(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.)\n([a-z]{2,10})(?![\w@])"),
    re.compile(r"([\w.+-]+@[\w-]+)\n([\w-]*(?:\.[\w-]+)*\.[a-z]{2,10})(?![\w@])"),
    # The wrapped end of a profile link is lower case, as the sites write them: a heading in
    # capitals under a link ("github.com/kbensaid" / "PARCOURS PROFESSIONNEL") is no part of it.
    re.compile(
        r"((?:linkedin\.com/in|github\.com|gitlab\.com)/[\w-]+)\n([a-z0-9][\w-]*)(?=[ (]|$)", re.M
    ),
)


# A whole line in Markdown italics ("_2018 – 2021_", "*Jan 2020 - Present*"); a bullet ("* item")
# has no closing mark.
_ITALIC_LINE = re.compile(r"^([ \t]*)[_*](?=\S)([^_*\n]+?)(?<=\S)[_*][ \t]*$", re.MULTILINE)
# A line that is only an HTML tag, opening or closing an element.
_TAG_LINE = re.compile(r"^[ \t]*</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>[ \t]*$", re.MULTILINE)
# Underscores setting words in italics inside a line; never those inside a word, an address or
# a link ("snake_case", "ada_obi@example.dev", "github.com/ada_obi").
_ITALIC_SPAN = re.compile(r"(?<![\w/@.])_(?=[^\s_])([^_\n/@]{1,80}?)(?<=[^\s_])_(?![\w/@])")


# The document's own date as job boards print it, at the top or in a footer: "Резюме від 12
# березня 2024" (work.ua), "Резюме от 5 апреля 2024" (rabota.ua), "Морозов Илья • Резюме
# обновлено 2 февраля 2025 в 18:40" (hh.ru). "від"/"от" (from) would open a job's dates.
RESUME_DATE_LINE = re.compile(
    r"^[^\n]{0,60}?(?<!\w)(?:резюме|cv|resume|résumé)\s+(?:від|от|обновлено|оновлено|"
    r"updated(?:\s+on)?|last updated|dated)\s+\d{1,2}[\s./-]+(?:\d{1,2}|[^\W\d_]+)[\s./-]+"
    r"\d{4}(?:\s*(?:г|р|року|года)\.?)?(?:,?\s+(?:в|о|at)\s+\d{1,2}:\d{2})?[ \t\d]*$",
    re.MULTILINE | re.IGNORECASE,
)


# A list mark alone on its line (a PDF may set the marks apart from their text).
_LONE_MARK = re.compile(r"^[ \t]*[•·▪◦‣●○■□✓✔➢➤►▶❖◆♦\-*–—]:?[ \t]*$", re.MULTILINE)


# A Markdown table's rule under its header row ("|---|:---:|---|") and the bars that open and
# close its rows: the rows then read as the document readers write a table's cells ("a | b").
_MARKDOWN_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$\n?", re.M
)
_MARKDOWN_ROW = re.compile(r"^[ \t]*\|[ \t]*(.*?\S)[ \t]*\|[ \t]*$", re.M)


def _markdown_tables(text: str) -> str:
    if "|" not in text:
        return text
    return _MARKDOWN_ROW.sub(r"\1", _MARKDOWN_RULE.sub("", text))


def _rejoin_wrapped_contacts(text: str) -> str:
    for pattern in _WRAPPED_CONTACT:
        text = pattern.sub(r"\1\2", text)
    return text


def _without_agency_contact(text: str) -> str:
    """The text without the agency's contact lines: their e-mail and phone are not the person's."""
    if not _AGENCY_CONTACT.search(text):
        return text
    return "\n".join("" if _AGENCY_CONTACT.search(line) else line for line in text.split("\n"))


def _repeats_listed(job: ProseJob, listed: list[EvidenceItem]) -> bool:
    if job.organization is None or resolve_place(job.organization) is not None:
        return True
    org = job.organization.casefold()
    return any(
        i.organization and (org in i.organization.casefold() or i.organization.casefold() in org)
        for i in listed
    )


def _section_text(split: SplitResume, key: str) -> str:
    return "\n".join(s.text for s in split.all(key)).strip()


def _fill_location(candidate: Candidate, split: SplitResume, header: Header, text: str) -> None:
    if header.place is not None:
        candidate.location = header.location
        candidate.country, candidate.timezone = header.place.country, header.place.timezone
        return
    for line in _section_text(split, "contact").split("\n"):
        if label_key(line) in {"relocation", "skip"} or WORK_PERMIT.search(line):
            continue
        hit = place_in_line(line)
        if hit is not None:
            candidate.location = clean_field(hit[0], 120)
            candidate.country, candidate.timezone = hit[1].country, hit[1].timezone
            return
    stated = place_in_prose(text)
    if stated is not None:
        candidate.location = clean_field(stated[0], 120)
        candidate.country, candidate.timezone = stated[1].country, stated[1].timezone
        return
    # Last, the phone's calling code: people list the number they live with ("+91-98490
    # 12345" under a name, no address); the place itself stays unknown.
    country = country_of_phone(candidate.phone)
    if country is not None:
        candidate.country, candidate.timezone = country, country_timezone(country)
    elif header.employer_place is not None:
        candidate.country = header.employer_place.country
        candidate.timezone = header.employer_place.timezone


def _degree_groups(entries: list[Entry]) -> list[Entry]:
    """Undated study written a field a line, as job-board exports do ("Bachelor of Engineering"
    / "Visvesvaraya Technological University" / "2017"): the school and the year after a
    degree are that degree's, not studies of their own."""
    grouped: list[Entry] = []
    for entry in entries:
        last = grouped[-1] if grouped else None
        year = _GRADUATION_YEAR.fullmatch(entry.header.strip())
        if last is not None and DEGREE_IN_STUDIES.search(last.header) and last.end is None and (
            year is not None or (_institution(entry) and not _institution(last))
        ):
            last.body.append(entry.header)
            if year is not None:
                last.end = date(int(year.group(1)), 1, 1)
            continue
        grouped.append(entry)
    return grouped


_GRADUATION_YEAR = re.compile(r"(?:\w+\.?\s+)?((?:19|20)\d\d)")


def _institution(entry: Entry) -> str | None:
    for part in re.split(r"\s+[—–|-]\s+|,\s+|\n", f"{entry.header}\n{entry.text}"):
        if re.search(
            r"universit|institute|college|school|academy|polytechnic|iit\b|nit\b|университет|"
            r"університет|институт|інститут|академи|академі|üniversite",
            part,
            re.I,
        ):
            return clean_field(part, 200)
    return None


def _first_link(entry: Entry) -> str | None:
    links = fields.find_links(f"{entry.header}\n{entry.text}")
    return links[0] if links else None

