"""A candidate's skills linked from their evidence, each tied to the item and sentence that shows
it: the taxonomy's skills, less those a job title, the person's own name or a pastime names;
and, kept in the person's own words, the names a skills list or a "Tools:" line states, the
tools a duty line names and the certificates held.
"""

from __future__ import annotations

from functools import lru_cache

from worldhire.core.models import (
    Candidate,
    EvidenceItem,
    EvidenceKind,
    Skill,
    SkillMention,
)
from worldhire.ingest.lexicon.degrees import DEGREE_IN_STUDIES
from worldhire.ingest.resumes.certificates import certificate_names
from worldhire.ingest.resumes.skill_context import (
    in_ranges,
    leisure_lines,
    names_the_person,
    title_fields,
)
from worldhire.ingest.resumes.skill_lists import (
    LINKED_SHARE,
    ListedName,
    covered_share,
    listed_concept,
    listed_names,
    tools_lines,
)
from worldhire.ingest.resumes.title_words import names_a_job
from worldhire.ingest.resumes.tool_names import tool_names
from worldhire.ingest.shared.pay import is_currency_of_amount
from worldhire.ingest.shared.sentences import Sentence, sentence_at, sentences
from worldhire.skills.linker import SkillLinker
from worldhire.skills.text import free_text_id

# A listed name the taxonomy lacks is the person's own statement, weaker than a linked one; a
# listed name of the taxonomy (or a tool's name misspelt) as strong as a synonym found in text.
FREE_TEXT_SCORE = 0.5
LISTED_SCORE = 0.8
# Whether a linked name's words are a job title depends on the words alone, and every mention
# is asked twice: the answers for the words of recent mentions are kept.
_names_a_job = lru_cache(maxsize=1 << 12)(names_a_job)


def sentence_around(text: str, span: tuple[int, int], limit: int = 240) -> str:
    """The whole sentence that holds a span: what a reader needs to see the evidence."""
    return sentence_at(text, span, limit)


def link_skills(linker: SkillLinker, candidate: Candidate) -> None:
    """The candidate's skills, each tied to the evidence item and sentence that shows it. A job
    title shows none (the headline's title fields, "Data Scientist" written anywhere); a name
    a skills list or a "Tools:" line states that the taxonomy lacks stays in its own words."""
    mentions: list[SkillMention] = []
    texts: list[tuple[str, EvidenceItem | None]] = [(i.text, i) for i in candidate.evidence]
    texts += [(candidate.headline, None), (candidate.summary, None)]
    employers = [i.organization for i in candidate.evidence if i.organization]
    for n, (text, item) in enumerate(texts):
        found: list[Sentence] | None = None  # split once per text, only when a skill is in it
        degree_end = _degree_line_end(text) if item and item.kind is EvidenceKind.EDUCATION else 0
        leisure = leisure_lines(text)
        titles = title_fields(text) if n == len(candidate.evidence) else []  # the headline
        linked = linker.link(text)
        titled = [m.span for m in linked if m.span and (
            in_ranges(m.span[0], titles) or _names_a_job(text[m.span[0] : m.span[1]]))]
        if titled:
            # The linker keeps one mention per skill: with the title's words out of the way,
            # the skill's other mention ("Data Scientist ... ciencia de datos") is the one kept.
            linked = linker.link(_blanked(text, titled))
        if item is not None:
            linked += _listed_skills(linker, text, item, candidate.name, leisure,
                                     {m.skill.id for m in linked})
            linked += _certificates(linker, text, item, {m.skill.id for m in linked})
            if item.kind in _DUTY_KINDS:
                linked += _named_tools(linker, text, linked, employers)
        for mention in linked:
            if mention.span and mention.span[0] < degree_end:
                continue
            quote = text[mention.span[0] : mention.span[1]] if mention.span else ""
            if mention.span and (
                names_the_person(quote, candidate.name)
                or (in_ranges(mention.span[0], leisure) and not mention.skill.id.startswith("wh:"))
                or in_ranges(mention.span[0], titles)
                or _names_a_job(quote)
                or is_currency_of_amount(text, mention.span)
            ):
                continue
            if item is not None:
                mention.evidence_id = item.id
            if mention.span:
                found = sentences(text) if found is None else found
                mention.snippet = sentence_at(text, mention.span, found=found)
            mentions.append(mention)
    candidate.skills = mentions


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with spaces over the spans: offsets hold, the words are gone."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _listed_skills(
    linker: SkillLinker, text: str, item: EvidenceItem, person: str,
    leisure: list[tuple[int, int]], known: set[str],
) -> list[SkillMention]:
    """Free-text skills: the names a skills section or a "Tools:" line lists that no linked
    name covers (never a second copy of a linked skill); a listed name that is exactly a
    concept's name, or a tool's name misspelt by one letter ("Exel"), is that concept."""
    ranges = [(0, len(text))] if item.kind is EvidenceKind.SKILLS else tools_lines(text)
    if not ranges:
        return []
    linked = [(h.start, h.end) for h in linker.literal.hits(text)]
    out = []
    seen = set(known)
    for start, end in ranges:
        for name in listed_names(text, start, end):
            mention = _named_mention(linker, name)
            if (mention.skill.id in seen
                    or covered_share(name.start, name.end, linked) >= LINKED_SHARE
                    or in_ranges(name.start, leisure) or names_the_person(name.text, person)):
                continue
            seen.add(mention.skill.id)
            out.append(mention)
    return out


def _named_mention(linker: SkillLinker, name: ListedName) -> SkillMention:
    """A name a person wrote as one item: the concept whose name it is exactly, else a free-text
    skill in their words."""
    concept = listed_concept(name.text, linker.taxonomy)
    skill = (linker.taxonomy.get(concept) if concept
             else Skill(free_text_id(name.text), name.text))
    return SkillMention(skill=skill, score=LISTED_SCORE if concept else FREE_TEXT_SCORE,
                        span=(name.start, name.end), snippet=name.text)


def _certificates(
    linker: SkillLinker, text: str, item: EvidenceItem, known: set[str]
) -> list[SkillMention]:
    """The certificates an item names, whole: a concept where the name is exactly one's, else
    in the person's words, even where a linked product lies inside ("Microsoft Certified: Power
    BI Data Analyst Associate" is more than Power BI)."""
    out = []
    seen = set(known)
    for name in certificate_names(text, whole=item.kind is EvidenceKind.CERTIFICATION):
        mention = _named_mention(linker, name)
        if mention.skill.id not in seen:
            seen.add(mention.skill.id)
            out.append(mention)
    return out


# Where a person tells the work they did, and so the tools they did it with; a publication's,
# an award's or a school's capitalised names are venues, titles and institutions.
_DUTY_KINDS = frozenset({EvidenceKind.JOB, EvidenceKind.PROJECT})


def _named_tools(
    linker: SkillLinker, text: str, linked: list[SkillMention], employers: list[str]
) -> list[SkillMention]:
    """The tools a sentence names as tools are named, which no name linked so far covers
    ("schedule patients in Dentrix", "(Omnitracs and PeopleNet)"), each in the person's words."""
    spans = [(h.start, h.end) for h in linker.literal.hits(text)]
    spans += [m.span for m in linked if m.span]
    seen = {m.skill.id for m in linked}
    out = []
    for name in tool_names(text, spans, linker.taxonomy, employers):
        mention = _named_mention(linker, name)
        if mention.skill.id not in seen:
            seen.add(mention.skill.id)
            out.append(mention)
    return out


def _degree_line_end(text: str) -> int:
    """Where an education entry's degree line ends (0: its first line names no degree). That
    line names a field of study ("B.Tech in Information Technology") and a school ("VIT
    University"), not a skill the person shows; a thesis or coursework below it still counts."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return end if DEGREE_IN_STUDIES.search(text, 0, end) else 0
