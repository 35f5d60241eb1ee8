"""A job post as people write it, read as a whole into a role: what it asks for and offers.

Reading takes the title (posts.title) and the company (posts.company) from the first lines and
the sentences (markup, emoji, "Vaga:" and the "– Madrid / híbrido" tail dropped), the
requirements from the sections and sentences that state them (posts.requirements), and pay,
overlap, hours, zone, visa, work mode and allowed countries from the sentences that talk about
them (posts.fields, posts.allowed); then it puts where the company is and the team's zone and hours
together. Whether a text is a post at all is posts.detection's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.core.geo.zones import country_timezone, is_timezone, zone_country, zone_in_country
from worldhire.core.models import RemotePolicy, ZoneBand
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.allowed import (
    allowed_countries_of,
    excluded_countries,
    invited_nationals,
)
from worldhire.ingest.posts.alternatives import alternative_groups
from worldhire.ingest.posts.bands import zone_band_in
from worldhire.ingest.posts.company import (
    COMPANY_LABEL,
    STAFFING,
    company_after_title,
    company_before_title,
    company_in_tail,
    company_of,
    for_unnamed_client,
    heads_the_post,
    named_client,
)
from worldhire.ingest.posts.company_names import (
    as_written_elsewhere,
    fuller_name,
    with_legal_form,
)
from worldhire.ingest.posts.fields import (
    REMOTE_BY_NATURE,
    Overlap,
    PostPay,
    hours_in,
    overlap_of,
    pay_of,
    remote_policy_of,
    visa_of,
)
from worldhire.ingest.posts.headings import known_heading
from worldhire.ingest.posts.hiring import HIRING, SEEKS
from worldhire.ingest.posts.labels import labelled_field
from worldhire.ingest.posts.page import NAVIGATION, joined_head
from worldhire.ingest.posts.places import city_in, office_clock_zone, place_of, zone_in
from worldhire.ingest.posts.requirements import ReadRequirement, read_requirements
from worldhire.ingest.posts.text import PostText, split_post
from worldhire.ingest.posts.title import title_of, trim_title
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.linker import SkillLinker


@dataclass
class ReadPost:
    title: str = ""
    company: str = ""
    company_country: str | None = None
    timezone: str | None = None
    work_hours: tuple[float, float] | None = None  # in overlap_timezone where there is one
    min_overlap_hours: float | None = None
    overlap_timezone: str | None = None  # a team elsewhere whose hours the hire shares
    pay: PostPay | None = None
    remote_policy: RemotePolicy | None = None
    visa_sponsorship: bool | None = None
    allowed_countries: list[str] = field(default_factory=list)
    min_years: float | None = None
    requirements: list[ReadRequirement] = field(default_factory=list)
    # The requirements as groups of indexes: a group of several is met by any one member
    # ("PyTorch or JAX"; posts.alternatives).
    alternatives: list[list[int]] = field(default_factory=list)
    requirement_text: str = ""  # the text the requirements' offsets are in
    zone_band: ZoneBand | None = None  # "within UTC+1 to UTC+4" (posts.bands)
    description: str = ""


_OFFICE = re.compile(
    r"office|headquarter|\bhq\b|based in|sede|oficina|escritório|siedzib|biur|офіс|sediu|birou|"
    r"bureau|siège|büro|standort|văn phòng|kantor|located in|vor ort|location|localização|"
    r"ubicación|lokalizacja|локація|lieu de travail|địa điểm|lokasi|làm việc tại|locați|locati",
    re.IGNORECASE,
)


def read_post(text: str, linker: SkillLinker) -> ReadPost:
    post = split_post(text)
    read = ReadPost()
    read.title, title_place = trim_title(title_of(post))
    # "Requirment – Jr. Data Analyst": a heading's word before a dash heads the line, not the role
    first, dash, rest = read.title.partition(" – ")
    if dash and rest and known_heading(fold(first)) is not None:
        read.title = rest
    named_first = company_before_title(read.title, linker)
    if named_first:
        read.title = read.title[len(named_first) :].lstrip(" |–—·-")
    read.company, place_text = company_of(post, read.title, linker)
    # ("Client: a large short-term insurer", "Empresa: Confidencial": a field that keeps the
    # employer unnamed leaves no name to look for elsewhere)
    company_field = labelled_field(COMPANY_LABEL, post.text[:3000])
    if named_first and not company_field:
        read.company = named_first
    read.company = with_legal_form(fuller_name(read.company, text, linker), text)
    read.company = as_written_elsewhere(read.company, text)
    # A recruiter writing for a client they keep unnamed names their agency in the greeting, the
    # signature or the sender's line: no employer. A software house that works for its clients
    # heads its own post with its name (a job board's card), and employs the hire.
    # ("Dla naszego Klienta, firmy Nordbud S.A.": the client named is no unnamed one)
    client = named_client(post.text, linker)
    # A staffing agency heading the post ("Grafton Recruitment" on a board's card) hires for
    # the client, and employs no one itself.
    if (read.company and for_unnamed_client(text[:1500])
            and not (heads_the_post(read.company, text) and not STAFFING.search(read.company))
            and not (client and read.company.startswith(client))):  # fmt: skip
        read.company = ""
    read.title = _without_company(read.title, read.company)
    if not read.company and not company_field:
        read.company = company_after_title(read.title, linker)
    read.title = _without_company(read.title, read.company)
    if not read.company and not company_field and title_place:
        read.company = company_in_tail(title_place, linker)
    read.requirements, read.min_years = read_requirements(post, linker, read.title)
    read.alternatives = alternative_groups(post.text, read.requirements, linker.taxonomy)
    read.requirement_text = post.text
    sentences = [i.text(text) for i in post.items()]
    head = [line for _, line in post.head]
    # A line in capitals reads as a heading: "CTC: 18-26 LPA" still states the budget.
    headings = [post.text[s.start :].split("\n", 1)[0] for s in post.sections if s.heading]
    read.visa_sponsorship = visa_of(sentences)
    read.remote_policy = remote_policy_of("\n".join([*head, *sentences]))
    read.allowed_countries = _allowed(post, head)
    overlap = overlap_of(sentences)
    read.zone_band = zone_band_in([*head, *sentences])
    # Where a hybrid or onsite job is ("Engenheiro(a) de Dados — Híbrido (São Paulo)") is the
    # team's place, wherever the company has its seat; a remote job's title names where the
    # hire may live ("(Remote, Philippines)"), so the company's place comes first there.
    in_office = read.remote_policy in (RemotePolicy.HYBRID, RemotePolicy.ONSITE)
    if in_office and title_place and place_of(title_place) != (None, None):
        place_text = title_place
    _place_and_time(read, post, place_text or title_place, overlap)
    # (the zone's country last: "Monterrey, Nuevo León" gives the zone, and "$45,000.00 -
    # $55,000.00 (Mensual)" there is pesos)
    place = read.company_country or (
        read.allowed_countries[0] if len(read.allowed_countries) == 1 else None
    ) or (zone_country(read.timezone) if read.timezone else None)
    read.pay = pay_of(sentences + head + headings, place)
    # A workplace and no word of remote work, or no word of either ("comedor en planta", "our
    # distribution centre in Tortuguitas"): most jobs are done where the employer is.
    if read.remote_policy is None and (
        read.company_country is not None or not REMOTE_BY_NATURE.search(text)
    ):
        read.remote_policy = RemotePolicy.ONSITE
    read.description = _description(post)
    return read


def _without_company(title: str, company: str) -> str:
    """A title line that ends with the company, without it and the word that joins them
    ("Analista de Datos Senior en Fintech Lumo", "Data Analyst @ Lumo")."""
    if not company or not title.endswith(company):
        return title
    return _BEFORE_COMPANY.sub("", title[: -len(company)]).strip()


_BEFORE_COMPANY = re.compile(
    r"\s*(?:[—–|@·-]|\b(?:at|bei|chez|presso|en|em|na|no|w|в|у|la|tại|di|à|in))\s*$",
    re.IGNORECASE,
)
_LOCATION_FIELD = re.compile(
    r"^\W*(?:location|where|remote|work mode|lokalizacja|ubicación|localização|lieu|standort|"
    r"lokasi|địa điểm|konum)\s*:", re.IGNORECASE,
)


def _allowed(post: PostText, head: list[str]) -> list[str]:
    body = [
        i.text(post.text) for i in post.items(
            SectionKind.OFFER, SectionKind.LOGISTICS, SectionKind.MUST, None, SectionKind.OTHER,
            SectionKind.APPLY,
        )
    ]  # fmt: skip
    # Last, the other sections: a "Remote, only from Brazil" line pasted under the nice-to-haves,
    # or a "Location:" field of a post read whole as the part under a "Company:" line (the
    # company section's prose says where the company works, not where the hire may live).
    rest = [i.text(post.text) for i in post.items(SectionKind.NICE, SectionKind.DUTIES)]
    rest += [
        i.text(post.text) for i in post.items(SectionKind.ABOUT)
        if _LOCATION_FIELD.match(i.text(post.text))
    ]  # fmt: skip
    # A region in the title ("DevOps Engineer - Remote LATAM") and its exceptions in the body.
    excluded = excluded_countries(body + head + rest)
    invited = invited_nationals(post.text)
    for sentences in (body, head, rest):
        named = dict.fromkeys([*allowed_countries_of(sentences), *invited])
        found = [c for c in named if c not in excluded]
        if found:
            return found
    return []


# A line that says where the job is, in the hiring regions' languages, with its label.
_WORKPLACE_LINE = re.compile(
    r"^[\W_]*(?:location|job location|work location|office|place of work|based in|"
    r"ubicación|ubicacion|localización|lugar de trabajo|localização|localizacao|local de trabalho|"
    r"local|lokalizacja|miejsce pracy|місце роботи|локація|місто|место работы|город|"
    r"locație|locatie|locația|locul de muncă|lieu|lieu de travail|standort|arbeitsort|"
    r"sede|sede di lavoro|luogo di lavoro|lokasi|penempatan|lokasi kerja|địa điểm|"
    r"địa điểm làm việc|nơi làm việc|dia diem|dia diem lam viec|noi lam viec|konum|iş yeri|"
    r"is yeri)[*_\s]*[:：][*_\s]*",
    re.IGNORECASE,
)


def _workplace_values(post: PostText, head: list[str]) -> list[str]:
    """What the post's location lines say, in the head or the body: the value after the label,
    or the lines of a section the label opens."""
    values = [line[m.end() :] for line in head if (m := _WORKPLACE_LINE.match(line))]
    for section in post.sections:
        if section.heading and _WORKPLACE_LINE.match(f"{section.heading}:"):
            values += [i.text(post.text) for i in section.items[:2]]
        values += [text[m.end() :] for text in (i.text(post.text) for i in section.items)
                   if (m := _WORKPLACE_LINE.match(text))]  # fmt: skip
    return values


def _place_and_time(
    read: ReadPost, post: PostText, place_text: str, overlap: Overlap | None
) -> None:
    """Where the company is, the team's zone and hours, and the overlap asked for."""
    country, office_zone = place_of(place_text, bare_town=True) if place_text else (None, None)
    if country is None:
        # A job board's header line ("Kraków (Zabłocie) · Praca zdalna"), then a sentence
        # about the office.
        head = [line for line in joined_head(post) if not NAVIGATION.search(line)]
        # A line that is only the company's name ("Hospital Santa Clara de Ribeirão" above
        # "Ribeirão Preto - SP") names a place only where no other line does.
        own_name = [line for line in head
                    if read.company and fold(line.strip()) == fold(read.company)]
        head = [line for line in head if line not in own_name]
        # A sentence about the office, a "Location:" field's value, then the hiring sentence
        # ("Für unser Team in Wien suchen wir ...").
        offices = [
            i.text(post.text) for s in post.sections for i in s.items
            if _OFFICE.search(s.heading) or _OFFICE.search(i.text(post.text))
        ]  # fmt: skip
        hiring = [
            i.text(post.text) for i in post.items()[:3]
            if HIRING.search(i.text(post.text)) or SEEKS.search(i.text(post.text))
        ]  # fmt: skip
        # A location line names a town, or the district of one, that no other line may name
        # ("Lokasi: Jl. Sisingamangaraja KM 7, Medan Amplas", "Місце роботи: Полтава").
        located = (place_of(value, bare_town=True) for value in _workplace_values(post, head))
        found = next((p for p in located if p[0] is not None), None)
        if found is not None:
            country, office_zone = found
        for sentence in [] if found else [*head, *offices, *hiring, *own_name]:
            city = city_in(sentence)
            if city is not None:
                country, office_zone = city[0] or None, city[1]
                break
    read.company_country = country
    logistics = post.items(SectionKind.OFFER, SectionKind.LOGISTICS, None, SectionKind.OTHER)
    # "Work hours: 8am - 5pm WAT" under a "Bonus:" label still states the team's hours.
    stated = next(
        (h for h in (hours_in(i.text(post.text)) for i in [*logistics, *post.items()]) if h),
        None,
    )  # fmt: skip
    iana = re.search(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)/[A-Za-z_]+"
                     r"(?:/[A-Za-z_]+)?", post.text)
    zone = iana.group(0) if iana and is_timezone(iana.group(0)) else None
    shared = overlap.zone if overlap else None
    stated_zone = stated[1] if stated else None
    # Hours shared with a team elsewhere ("4 heures communes avec l'équipe d'Abidjan") name
    # that team's zone, not the one of the office the hire works in.
    elsewhere = None
    if overlap is not None and overlap.team_elsewhere and (office_zone or country):
        elsewhere, shared = shared, None
        if stated_zone == elsewhere:  # the team's hours: the window the hire shares
            stated_zone = None
        else:  # the office's hours are no window of the team elsewhere
            stated = None
    zone = zone or shared or stated_zone
    if zone is not None:
        zone = office_clock_zone(zone, office_zone, post.text)
    zone = zone or office_zone or (country_timezone(country) if country else None)
    texts = [line for _, line in post.head] + [i.text(post.text) for i in post.items()]
    if zone is None and len(read.allowed_countries) == 1:
        # A zone the post names inside the one country ("Monterrey, Nuevo León" for Mexico),
        # else the country's own.
        only = read.allowed_countries[0]
        named = (z for z in map(zone_in, texts) if z and zone_in_country(z, only))
        zone = next(named, None) or country_timezone(only)
    if zone is None:  # "робота в часовому поясі CET ±1 год", "EU timezone only (CET ±2h)"
        # A band of offsets ("between UTC-3 and UTC+3") names no one zone.
        zone = next((z for z in map(zone_in, texts) if z and not z.startswith("Etc/")), None)
    read.timezone = zone
    if overlap is not None:
        read.min_overlap_hours = overlap.hours
        read.overlap_timezone = elsewhere
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
