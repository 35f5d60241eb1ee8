"""A job post as people write it, read as a whole: is it a post at all, and what does it ask for.

Detection weighs what only posts say (sections such as "What we're looking for", "Wymagania" or
"Ce que nous offrons"; "we offer", "apply", "salary range", "we can't sponsor visas") against
what only résumés say (work history with dates, "Education", first-person sentences, a date of
birth). Reading takes the title and company from the first lines (markup, emoji, "Vaga:" and the
"– Madrid / híbrido" tail dropped), the requirements from the sections and sentences that state
them (post_requirements), and pay, overlap, hours, zone, visa, work mode and allowed countries
from the sentences that talk about them (post_fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.core.models import RemotePolicy
from worldhire.ingest.dates import RANGE_RE
from worldhire.ingest.geo import country_timezone, is_timezone
from worldhire.ingest.post_fields import (
    Overlap,
    PostPay,
    allowed_countries_in,
    hours_in,
    overlap_in,
    pay_of,
    remote_policy_of,
    visa_of,
)
from worldhire.ingest.post_places import city_in, countries_in, place_of
from worldhire.ingest.post_requirements import ReadRequirement, read_requirements
from worldhire.ingest.post_text import PostText, split_post
from worldhire.ingest.post_words import (
    NEUTRAL_HEADINGS,
    SectionKind,
    fold,
    heading_kinds,
    pattern,
)
from worldhire.skills.linker import SkillLinker

# -- is it a post? --------------------------------------------------------------------------------

POST_THRESHOLD = 4.0
# Without a single sign of a résumé, less post evidence suffices.
POST_THRESHOLD_ALONE = 3.0
_POST_SECTIONS = {SectionKind.MUST, SectionKind.NICE, SectionKind.DUTIES, SectionKind.OFFER,
                  SectionKind.APPLY}  # fmt: skip
_PRESENT = (
    r"present|current|now|today|ongoing|actualidad|actual|presente|atual|atualmente|obecnie|"
    r"teraz|dziś|зараз|дотепер|теперішній|prezent|în prezent|aujourd'hui|présent|heute|jetzt|"
    r"hiện tại|nay|sekarang"
)
_YEAR_RANGE = re.compile(
    rf"\b(?:19[6-9]\d|20[0-4]\d)\s*(?:-|–|—|to|a|até|do|до|la|à|bis|đến|hingga)\s*"
    rf"(?:(?:19[6-9]\d|20[0-4]\d)\b|(?:{_PRESENT}))",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|me)\b")
# A post speaks to its reader ("you will", "votre profil", "você vai"); a résumé does not.
_SECOND_PERSON = re.compile(r"\b(?:you|your|you'll|you're|vous|votre|você|seu|sua)\b", re.I)
# "Company: ...", "Salary: ...", "Work mode: ..." lines: the fields of a post.
_POST_FIELD = re.compile(
    r"^[\s*_•-]*(?:work mode|job type|employment type|experience required|nice|must|"
    r"contract type|openings|vacancies|number of positions|modalidad|modalidade|tryb pracy|"
    r"forma zatrudnienia|формат роботи|tip contract|type de contrat|arbeitsmodell|"
    r"hình thức làm việc|tipe pekerjaan)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class PostEvidence:
    post: float
    resume: float

    @property
    def is_post(self) -> bool:
        if self.resume == 0:
            return self.post >= POST_THRESHOLD_ALONE
        return self.post >= POST_THRESHOLD and self.post >= self.resume + 2


def post_evidence(text: str) -> PostEvidence:
    """How much a text reads like a job post, and how much like a résumé."""
    sample = text[:20_000]
    folded = fold(sample)
    split = split_post(sample)
    # Only a heading that is a post's section phrase counts ("Requirements", "Mile widziane");
    # "Expected salary" or "Proposed role" in a résumé merely contain one.
    exact = heading_kinds()
    kinds = {
        exact[s.heading] for s in split.sections
        if exact.get(s.heading) in _POST_SECTIONS and s.heading not in NEUTRAL_HEADINGS
    }  # fmt: skip
    post_cues = {m.group(0) for m in pattern("post").finditer(folded)}
    resume_cues = {m.group(0) for m in pattern("resume").finditer(folded)}
    headings = pattern("resume_heading")
    resume_cues |= {
        line for line in (_plain_line(x) for x in folded.split("\n"))
        if len(line.split()) <= 5 and headings.fullmatch(line)
    }
    ranges = len(RANGE_RE.findall(sample)) + len(_YEAR_RANGE.findall(sample))
    first_person = len(_FIRST_PERSON.findall(sample))
    second_person = len(_SECOND_PERSON.findall(sample))
    fields = {m.group(0).strip(" *_•-:").lower() for m in _POST_FIELD.finditer(sample)}
    post = (2.0 * len(kinds) + min(len(post_cues), 6) + min(len(fields), 3)
            + (1 if second_person >= 2 else 0) + (1 if second_person >= 5 else 0))
    resume = 1.5 * min(len(resume_cues), 8) + min(ranges, 6) + min(first_person, 6) * 0.5
    return PostEvidence(post, resume)


def _plain_line(line: str) -> str:
    return re.sub(r"^[\s#*_>•-]+|[\s*_:]+$", "", line)


def looks_like_post(text: str) -> bool:
    return post_evidence(text).is_post


# -- reading ------------------------------------------------------------------------------------


@dataclass
class ReadPost:
    title: str = ""
    company: str = ""
    company_country: str | None = None
    timezone: str | None = None
    work_hours: tuple[float, float] | None = None
    min_overlap_hours: float | None = None
    pay: PostPay | None = None
    remote_policy: RemotePolicy | None = None
    visa_sponsorship: bool | None = None
    allowed_countries: list[str] = field(default_factory=list)
    min_years: float | None = None
    requirements: list[ReadRequirement] = field(default_factory=list)
    description: str = ""


_TITLE_LABEL = re.compile(
    r"^\s*[*_#>\s]*(?:job title|title|position|role|opening|puesto|vacante|cargo|vaga|"
    r"stanowisko|посада|вакансія|poziția|pozitia|post|poste|intitulé du poste|stelle|"
    r"jobtitel|vị trí|chức danh|posisi|jabatan|lowongan)[*_\s]*:[*_\s]*(?P<v>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_COMPANY_LABEL = re.compile(
    r"^\s*[*_\s]*(?:company|employer|empresa|firma|компанія|compania|société|entreprise|"
    r"unternehmen|arbeitgeber|công ty|perusahaan)[*_\s]*:[*_\s]*(?P<v>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_HIRING = re.compile(
    r"(?:we(?:'re| are) (?:looking for|hiring|seeking|recruiting)|we're hiring|join us as|"
    r"recrute|recrutons|recrutăm|rekrutujemy|contratamos|"
    r"(?:na|o) stanowisk[oua]|buscamos|estamos buscando|procuramos|estamos contratando|"
    r"szukamy|poszukujemy|poszukuje(?: osoby)?(?: na stanowisko)?|шукаємо|căutăm|"
    r"nous recherchons|wir suchen|tuyển(?: dụng)?|kami mencari|angajăm)\s*:?\s*"
    r"(?:an?\s+|una?\s+|um\s+|uma\s+|une?\s+|eine?n?\s+|osoby\s+na\s+stanowisko\s+|osobę\s+)?"
    r"(?P<t>[^.,;:!?\n]{3,80}?)"
    r"(?=\s+(?:to|who|that|para|que|pour|qui|für|der|die|który|która|do|для|який|яка|care|"
    r"pentru|untuk|yang|để|with|con|com|z|w|in|at|en|na|à|bei)\b|[.,;:!?\n]|$)",
    re.IGNORECASE,
)
_TAIL_CUT = re.compile(r"\s+(?:[–—|·]|-{1,2}|/)\s+|\s*\((?!\s*[a-z]/)")
_TAIL_WORDS = re.compile(
    r"remot|hybri|híbrid|hibrid|onsite|on-site|presencial|zdaln|stacjonar|віддал|office|biuro|"
    r"oficina|\d+\s*%|latam|emea|europe|full[- ]time|part[- ]time|contract",
    re.IGNORECASE,
)
_MARKS = re.compile(r"\*\*|__|[*_`#>]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")
_OFFICE = re.compile(
    r"office|headquarter|\bhq\b|based in|sede|oficina|escritório|siedzib|biur|офіс|sediu|birou|"
    r"bureau|siège|büro|standort|văn phòng|kantor|located in",
    re.IGNORECASE,
)


def read_post(text: str, linker: SkillLinker) -> ReadPost:
    post = split_post(text)
    read = ReadPost()
    read.title, title_place = _trim_title(_title(post))
    read.company, place_text = _company(post, read.title, linker)
    if read.company and read.title.endswith(read.company):
        read.title = re.sub(r"\s*[—–|@·-]\s*$", "", read.title[: -len(read.company)]).strip()
    place_text = place_text or title_place
    read.requirements, read.min_years = read_requirements(post, linker)
    sentences = [i.text(text) for i in post.items()]
    head = [line for _, line in post.head]
    read.pay = pay_of(sentences + head)
    read.visa_sponsorship = visa_of(sentences)
    read.remote_policy = remote_policy_of("\n".join([*head, *sentences]))
    read.allowed_countries = _allowed(post, head)
    overlap = next((o for o in map(overlap_in, sentences) if o is not None), None)
    _place_and_time(read, post, place_text, overlap)
    if read.remote_policy is None and read.company_country is not None:
        read.remote_policy = RemotePolicy.ONSITE  # a workplace and no word of remote work
    read.description = _description(post)
    return read


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub(" ", line)).strip(" :-–—|·")


def _title(post: PostText) -> str:
    """The title as written: a "Title:" line, the first heading, the first short line naming a
    role, a short opening sentence that does ("Backend Developer (.NET) - Remote."), or the
    role a sentence says is being hired for."""
    labelled = _TITLE_LABEL.search(post.text[:3000])
    if labelled:
        return _clean(labelled.group("v"))
    lines = _joined_head(post)
    roles = pattern("role")
    headings = [line for line in lines if line.lstrip().startswith("#")]
    with_role = [line for line in lines if roles.search(fold(_clean(line)))]
    for choice in (headings, with_role):
        if choice:
            return _clean(choice[0])
    first = next(iter(post.items()), None)
    if first is not None:
        opening = first.text(post.text).rstrip(".")
        if len(opening.split()) <= 10 and roles.search(fold(opening)):
            return _clean(opening)
    hiring = _HIRING.search(post.text[:3000])
    if hiring:
        return _clean(hiring.group("t"))
    if lines:
        return _clean(lines[0])
    named = _role_phrase(post.text[:600])
    return _clean(named) if named else ""


def _role_phrase(text: str) -> str | None:
    """The job title inside a sentence: capitalised words up to a role noun ("... suchen wir
    eine/n Data Scientist (w/m/d) in Vollzeit" -> "Data Scientist (w/m/d)")."""
    roles = pattern("role")
    for match in re.finditer(r"(?:[A-Z0-9][\w+#./-]*\s+){0,3}[A-Za-z][\w-]*", text):
        words = match.group(0).split()
        if roles.fullmatch(fold(words[-1])) and words[0][:1].isupper():
            mark = re.match(r"\s*\([^()]{1,12}\)", text[match.end() :])
            return match.group(0) + (mark.group(0) if mark else "")
    return None


def _joined_head(post: PostText) -> list[str]:
    """Head lines with a wrapped line put back ("Híbrido (São" / "Paulo)")."""
    out: list[str] = []
    for _, line in post.head:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def _trim_title(title: str) -> tuple[str, str]:
    """Without "Vaga:"-style labels and the place or work mode after a dash (given back: it
    says where the job is)."""
    title = re.sub(r"^(?:we(?:'re| are) hiring|hiring|vaga|vacante|oferta|oferta de (?:trabajo|"
                   r"emprego)|job|praca|вакансія|post|stellenangebot|lowongan)\s*[:!-]\s*",
                   "", title, flags=re.I)
    tail = ""
    for match in _TAIL_CUT.finditer(title):
        segment = _TAIL_CUT.split(title[match.end() :], maxsplit=1)[0].strip(" )")
        if segment and (_TAIL_WORDS.search(segment) or place_of(segment) != (None, None)):
            title, tail = title[: match.start()], title[match.start() :]
            break
    return title.strip(" -–—|·:,")[:200], tail


def _company(post: PostText, title: str, linker: SkillLinker) -> tuple[str, str]:
    """The company's name and the text that says where it is."""
    labelled = _COMPANY_LABEL.search(post.text[:3000])
    if labelled:
        value = _clean(labelled.group("v"))
        name = re.split(r"\s*[(—–|·,]\s*|\s+-\s+", value, maxsplit=1)[0].strip()
        return name, value[len(name) :]
    lines = [
        line for line in _joined_head(post)
        if not (_clean(line) == title or (title and _clean(line).startswith(title)))
    ]
    # Surest first: a bold name, a name before a separator ("Acme · Berlin"), a bare line.
    for strength in (2, 1, 0):
        for line in lines:
            bold = re.match(r"\s*(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)", line)
            parts = re.split(r"\s*[·|•,]\s*|\s+[—–]\s+|\s+-\s+|\s*\(", _clean(line), maxsplit=1)
            if (2 if bold else 1 if len(parts) > 1 else 0) != strength:
                continue
            name = bold.group(1).strip() if bold else parts[0].strip()
            if _looks_like_name(name):
                cleaned = _clean(line)
                return name, cleaned[len(name) :] if cleaned.startswith(name) else cleaned
    for section in post.sections:
        for item in section.items[:3]:
            words = item.text(post.text)
            named = [b.strip() for b in re.findall(r"\*\*([^*]{2,60})\*\*", words)]
            named = [b for b in named if not b.endswith(":")]
            if named and _looks_like_name(named[0]):
                return named[0], words
    after_dash = re.search(r"\s[—–|@·]\s+([^()]+?)\s*$", title)
    if after_dash:
        name = after_dash.group(1).strip()
        if (_looks_like_name(name) and place_of(name) == (None, None)
                and not linker.literal.hits(name)):
            return name, ""
    about = next((s for s in post.sections if s.kind is SectionKind.ABOUT and s.heading), None)
    if about is not None:
        name = re.sub(r"^(?:about|sobre|o|про|despre|à propos de|über)\s+", "", about.heading)
        if name != about.heading and _looks_like_name(name):
            return name, ""
    return _company_in_prose(post)


def _company_in_prose(post: PostText) -> tuple[str, str]:
    """A name the first sentence opens with ("Atlas Nearshore, ESN basée à Casablanca,
    recrute..."), when the text names it again or its e-mail domain spells it."""
    candidates = []
    first = next(iter(post.items()), None)
    if first is not None:
        start = re.match(r"[*_]*((?:[A-Z0-9][\w&+.'-]*)(?:\s+[A-Z0-9][\w&+.'-]*){0,3})",
                         first.text(post.text))
        if start:
            candidates.append(start.group(1))
    folded = fold(post.text)
    for name in candidates:
        name = name.strip(" ,.")
        if not _looks_like_name(name):
            continue
        slug = re.sub(r"[^a-z0-9]+", "[-.]?", fold(name))
        if folded.count(fold(name)) >= 2 or re.search(rf"@[\w.-]*{slug}", folded):
            return name, ""
    return "", ""


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= 7 and (name[:1].isupper() or name[:1].isdigit())
        and not pattern("role").search(fold(name)) and not name.endswith(":")
        and countries_in(name) == [] and not re.search(r"[.!?]$", name)
    )


def _allowed(post: PostText, head: list[str]) -> list[str]:
    body = [
        i.text(post.text) for i in post.items(
            SectionKind.OFFER, SectionKind.LOGISTICS, SectionKind.MUST, None, SectionKind.OTHER,
            SectionKind.APPLY,
        )
    ]  # fmt: skip
    for sentences in (body, head):
        found: list[str] = []
        for sentence in sentences:
            found += allowed_countries_in(sentence)
        if found:
            return list(dict.fromkeys(found))
    return []


def _place_and_time(
    read: ReadPost, post: PostText, place_text: str, overlap: Overlap | None
) -> None:
    """Where the company is, the team's zone and hours, and the overlap asked for."""
    country, office_zone = place_of(place_text) if place_text else (None, None)
    if country is None:
        for item in post.items():
            sentence = item.text(post.text)
            if _OFFICE.search(sentence):
                city = city_in(sentence)
                if city is not None:
                    country, office_zone = city[0] or None, city[1]
                    break
    read.company_country = country
    stated = next(
        (h for h in (hours_in(i.text(post.text)) for i in post.items(
            SectionKind.OFFER, SectionKind.LOGISTICS, None, SectionKind.OTHER)) if h),
        None,
    )  # fmt: skip
    iana = re.search(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)/[A-Za-z_]+"
                     r"(?:/[A-Za-z_]+)?", post.text)
    zone = iana.group(0) if iana and is_timezone(iana.group(0)) else None
    zone = zone or (overlap.zone if overlap else None) or (stated[1] if stated else None)
    zone = zone or office_zone or (country_timezone(country) if country else None)
    if zone is None and len(read.allowed_countries) == 1:
        zone = country_timezone(read.allowed_countries[0])
    read.timezone = zone
    if overlap is not None:
        read.min_overlap_hours = overlap.hours
        read.work_hours = overlap.window or (stated[0] if stated else None)
    elif stated is not None:
        read.work_hours = stated[0]


def _description(post: PostText) -> str:
    """The post's own words, without its requirement lists (they live on as requirements)."""
    lines = [line for _, line in post.head]
    for section in post.sections:
        if section.kind in (SectionKind.MUST, SectionKind.NICE):
            continue
        if section.heading:
            lines.append(f"\n{section.heading.capitalize()}")
        for item in section.items:
            words = item.text(post.text).replace("\n", " ")
            lines.append(f"- {words}" if item.bullet else words)
    return "\n".join(lines).strip()[:50_000]

