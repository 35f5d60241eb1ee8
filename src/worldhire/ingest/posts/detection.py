"""Whether a text is a job post at all.

Detection weighs what only posts say (sections such as "What we're looking for", "Wymagania" or
"Ce que nous offrons"; "we offer", "apply", "salary range", "we can't sponsor visas") against
what only résumés say (work history with dates, "Education", first-person sentences, a date of
birth).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from worldhire.ingest.lexicon.experience import NUMBER_WORDS
from worldhire.ingest.lexicon.post_sections import NEUTRAL_HEADINGS, SectionKind
from worldhire.ingest.posts.headings import heading_kinds, known_heading
from worldhire.ingest.posts.items import PICTOGRAPHS
from worldhire.ingest.posts.page import HASHTAGS, SUBJECT
from worldhire.ingest.posts.text import split_post, without_chat_stamps
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.dates import RANGE_RE
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.language import detect_language

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
# The same in the other hiring regions' languages ("mi", "je", "ich", "jestem", "я", "saya",
# "tôi"; "chúng tôi" is Vietnamese "we", as a post speaks). Counted from the second one: a
# recruiter's post may say "mi contacto" once; a cover letter says "mi" throughout. Words in
# capitals are other words ("EU", "MIS").
_FIRST_PERSON_OTHER = re.compile(
    r"\b(?:yo|mis?|conmigo|eu|meus?|minhas?|je|j'|j’|moi|ich|mein(?:e[nmrs]?)?|mich|mir|"
    r"jestem|mój|moja|moje|moim|mnie|я|мій|моя|моє|мої|мене|мені|мой|меня|мне|meu|mea|saya|"
    r"aku|benim|mio|miei)(?=\W|$)|(?<!chúng )\btôi\b",
    re.IGNORECASE,
)
# A post speaks to its reader ("you will", "votre profil", "você vai", "ti scrivo perché",
# "il tuo profilo", "tus datos", "te escribo", "¿te interesa?"); a résumé does not. ("TI" in
# capitals is IT: "Selección TI"; "TE" is a trade's abbreviation.)
_SECOND_PERSON = re.compile(
    r"\b(?:you|your|you'll|you're|vous|votre|você|seu|kamu|anda|tus|tuo|tua|tuoi|contigo)\b",
    re.I,
)
# The short ones are also syllables of Vietnamese typed without diacritics ("Tu 2019": từ,
# since; "Kinh te": kinh tế, economics; "sua chua": sửa chữa, repair): they count only in a text
# that is not Vietnamese.
_SHORT_SECOND_PERSON = re.compile(r"\b(?:tu|sua|(?-i:[Tt]i)|(?-i:[Tt]e))\b", re.I)
# "Company: ...", "Salary: ...", "Work mode: ..." lines: the fields of a post.
_POST_FIELD = re.compile(
    rf"^(?:[\s*_•-]|{PICTOGRAPHS.pattern})*(?:work mode|job type|employment type|"
    r"experience required|nice to have|must have|nice|must|plus|bonus|"
    r"contract type|openings|vacancies|number of positions|modalidad|modalidade|tryb pracy|"
    r"forma zatrudnienia|формат роботи|tip contract|type de contrat|arbeitsmodell|"
    r"hình thức làm việc|tipe pekerjaan|position|client|duration|exp|ctc|rate|remuneration|"
    r"mandatory skills|good to have|vacancy|empresa|vaga|companie|cerințe|kualifikasi|comp|"
    r"compensation|salary|qualification)\s*:",
    re.IGNORECASE | re.MULTILINE,
)

# A minimum of years asked of the reader ("at least 3 years", "En az 2 yıl", "min. 2 lata",
# "Tối thiểu 4 năm"): a résumé states the years someone has, not a minimum.
_MINIMUM_YEARS = re.compile(
    r"\b(?:at least|minimum(?: of)?|min\.?|en az|mínim[oa](?: de)?|minim[oa](?: de)?|al menos|"
    r"pelo menos|no mínimo|co najmniej|minimum|mindestens|au moins|minim(?:um)?|щонайменше|"
    r"almeno|"
    r"не менше|від|не менее|от|tối thiểu|ít nhất|minimal|sekurang-kurangnya)\s+"
    # (the figure or its word: "almeno tre anni", "al menos dos años", "at least three years")
    rf"(?:\d{{1,2}}|{NUMBER_WORDS})\s*\+?\s*"
    r"(?:years?|yrs?|yıl|años|anos|anni|lat[a]?|jahre?n?|ans?|ani|років|роки|лет|года|năm|"
    r"tahun)\b",
    re.IGNORECASE,
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
    sample = without_chat_stamps(text[:20_000])
    folded = fold(sample)
    split = split_post(sample)
    # Only a heading that is a post's section phrase counts ("Requirements", "Mile widziane");
    # "Expected salary" or "Proposed role" in a résumé merely contain one.
    # (typed with a slip: "Benifits", "Qualifcations")
    kinds = set(_post_sections(s.heading for s in split.sections))
    kinds |= _table_header_kinds(folded)
    post_cues = {m.group(0) for m in pattern("post").finditer(folded)}
    resume_cues = {m.group(0) for m in pattern("resume").finditer(folded)}
    headings = pattern("resume_heading")
    resume_cues |= {
        line for line in (_plain_line(x) for x in folded.split("\n"))
        if len(line.split()) <= 5 and headings.fullmatch(line)
    }
    ranges = len(RANGE_RE.findall(sample)) + len(_YEAR_RANGE.findall(sample))
    others = sum(not m.group(0)[1:].isupper() for m in _FIRST_PERSON_OTHER.finditer(sample))
    first_person = len(_FIRST_PERSON.findall(sample)) + (others if others >= 2 else 0)
    second_person = len(_SECOND_PERSON.findall(sample))
    short = len(_SHORT_SECOND_PERSON.findall(sample))
    if short and detect_language(sample) != "vi":
        second_person += short
    fields = {m.group(0).strip(" *_•-:").lower() for m in _POST_FIELD.finditer(sample)}
    # A recruiter's e-mail names the role in its subject ("Temat: ... Senior MLOps Engineer").
    roles = pattern("role")
    subject = any(
        SUBJECT.match(line) and roles.search(fold(line)) for line in sample.split("\n")[:4]
    )
    asks_years = bool(_MINIMUM_YEARS.search(sample))
    hashtags = len(HASHTAGS.findall(sample)) >= 2
    post = (
        2.0 * len(kinds)
        + min(len(post_cues), 6)
        + min(len(fields), 3)
        + 2.0 * subject
        + (1 if second_person >= 2 else 0)
        + (1 if second_person >= 5 else 0)
        + asks_years
        + hashtags
    )
    resume = 1.5 * min(len(resume_cues), 8) + min(ranges, 6) + min(first_person, 6) * 0.5
    return PostEvidence(post, resume)


def _post_sections(headings: Iterable[str]) -> list[SectionKind]:
    """The post sections these headings are, one per heading that is one."""
    exact = heading_kinds()
    known = [_known_in_either_language(h) for h in headings]
    return [
        exact[k] for k in known
        if k is not None and exact[k] in _POST_SECTIONS and k not in NEUTRAL_HEADINGS
    ]  # fmt: skip


def _known_in_either_language(heading: str) -> str | None:
    """The heading phrase a heading is, or one half of a heading written in two languages
    ("Kelayakan / Requirements", "Mô tả công việc / Job description") is."""
    known = known_heading(heading)
    halves = heading.split(" / ")
    if known is not None or len(halves) != 2:
        return known
    return known_heading(halves[0].strip()) or known_heading(halves[1].strip())


def _table_header_kinds(folded: str) -> set[SectionKind]:
    """The post sections a table's header row names in two or more of its cells ("Requirement |
    Must | Nice to have", "Cerință | Obligatoriu | Constituie avantaj"): a post laid out as a
    Word table, whose headings are cells rather than lines."""
    found: set[SectionKind] = set()
    for line in folded.split("\n"):
        if "|" in line:
            cells = _post_sections(_plain_line(cell) for cell in line.split("|"))
            if len(cells) >= 2:
                found |= set(cells)
    return found


def _plain_line(line: str) -> str:
    return re.sub(r"^[\s#*_>•-]+|[\s*_:]+$", "", line)


def looks_like_post(text: str) -> bool:
    return post_evidence(text).is_post
