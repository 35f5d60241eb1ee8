"""A post's requirements, each tied to the words that support it and linked to the taxonomy with a
confidence.

A requirement exists only where the text names it. Names are found by the literal matcher
(labels and aliases on word boundaries); an inflected tool name ("Pythona", "Dockera") by its
stem; a list under a head ("large language models: fine-tuning, RAG and evaluation") by the
composed name the taxonomy knows ("LLM fine-tuning", "LLM evaluation"). Where several concepts
share the words ("OCR", "performance tuning"), the semantic ranker decides when the linker has one,
else the concept whose own label shares the words, else the link is flagged for review. A
bulleted phrase the taxonomy does not know stays a free-text requirement in its own words; a
sentence in running text gives only the names it holds. A link below `REVIEW_BELOW` is kept as a
nice-to-have flagged "needs review", never a must-have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from worldhire.ingest.lexicon.hours import ABBREVIATIONS as ZONE_ABBREVIATIONS
from worldhire.ingest.post_allowed import allowed_countries_in
from worldhire.ingest.post_fields import pay_in, strip_years, window_in, years_in
from worldhire.ingest.post_requirement_items import ASKS, asks_nothing, hiring_items, team_stack
from worldhire.ingest.post_requirement_names import (
    GERUND_START,
    RANKER_DISCOUNT,
    REVIEW_BELOW,
    Found,
    list_parts,
    named,
    post_hits,
    without_named_category,
)
from worldhire.ingest.post_requirement_spans import (
    EXPERIENCE_WORDS,
    condition_spans,
    degree_span,
    language_use_spans,
    optional_spans,
    outside,
    reason_spans,
    refused_spans,
    tag_spans,
)
from worldhire.ingest.post_text import SIGN_OFF, Item, PostText
from worldhire.ingest.post_words import (
    TRAIT_WORDS,
    SectionKind,
    fold,
    heading_kinds,
    pattern,
    spoken_language_names,
)
from worldhire.skills.linker import SkillLinker, names_a_product
from worldhire.skills.literal import LiteralHit, common_words
from worldhire.skills.text import name_key

RANKER_LINK = 0.9  # a semantic suggestion this sure links a phrase the names do not cover
RANKER_SUGGEST = 0.6  # below this a suggestion is dropped and the phrase stays free text
MAX_FREE_TEXT_WORDS = 4
_CEFR = re.compile(r"^[ABC][12]\+?$", re.IGNORECASE)
# Words that qualify a requirement ("B2 or higher", "or similar") rather than name one.
_NOT_A_SKILL = re.compile(
    r"^(?:higher|above|better|superior|similar|equivalent|more|plus|mais|más|wyżej|więcej|вище|"
    r"більше|mai mult|superieur|plus eleve|hoher|daruber|cao hon|lebih tinggi|etc|others?)$"
)
# A list part that opens with a form of "to be" (its subject, "we", went with the filler) says
# what someone is, not what the hire should know.
_COPULA = re.compile(r"(?:are|is|am|were|was|be)\s", re.IGNORECASE)
_EXAMPLES = re.compile(
    r"\b(?:or similar|or equivalent|e\.g\.|eg\.|such as|for example|like|ou similar|o similar|"
    r"u otro|ou outro|por ejemplo|por exemplo|np\.|lub podobn|або подібн|sau similar|"
    r"par exemple|p\. ?ex\.|ou équivalent|z\. ?b\.|oder ähnlich|o tương tự|ví dụ|misalnya|"
    r"atau sejenis)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReadRequirement:
    """One requirement as read: the concept (None: free text), its words and where they are."""

    skill_id: str | None
    label: str
    quote: str
    start: int  # offsets of `quote` in the post
    end: int
    must: bool
    min_years: float | None
    confidence: float
    needs_review: bool = False
    # The post welcomes it (a nice-to-have item, or "ideally ..." words), rather than a
    # must-have item's name read down (an example, an unsure link).
    welcome: bool = False


def read_requirements(
    post: PostText, linker: SkillLinker, title: str = ""
) -> tuple[list[ReadRequirement], float | None]:
    """The requirements of the post's requirement and nice-to-have items, and the years of
    experience the post asks for overall (the largest a requirement item states). A sentence
    outside the requirement sections that names the title is the hiring sentence ("buscamos un
    MLOps Engineer para ... modelos de detección de fraude"): it says what the job is about,
    not what the hire must know."""
    out: list[ReadRequirement] = []
    years_overall: float | None = None
    # Names are found in the whole post at once, so a word that needs a technical context to
    # count ("Spark", "Hive") has the post's.
    hits = post_hits(post.text, linker)
    hiring = hiring_items(post, title)
    items = post.items(SectionKind.MUST, SectionKind.NICE)
    if SectionKind.MUST not in post.kinds():
        # Bullet soup with no requirements heading ("- Xero and QuickBooks Online", "- 2+ yrs
        # bookkeeping"): its bullets are what the post asks for, read by the names they hold.
        items += [replace(i, kind=SectionKind.MUST, bullet=False)
                  for i in post.items(None, SectionKind.ABOUT)
                  if i.bullet and not team_stack(i.text(post.text))]  # fmt: skip
        # Requirements written only as sentences ("you've owned streaming pipelines, you're
        # strong in Python and SQL"): the sentences that speak of what the reader has, beside
        # any that say outright they ask ("We need someone who ..." / "They must be very
        # strong in SQL").
        items += [replace(i, kind=SectionKind.MUST) for i in post.items(None)
                  if not i.bullet and ASKS.search(i.text(post.text))]  # fmt: skip
    # An item of a requirements list (or one that says it asks) whose words welcome something
    # ("Experience with A/B testing, ideally in a consumer business"): only the words the
    # welcome governs are optional.
    asking = {
        i.start for s in post.sections for i in s.items
        if s.kind is SectionKind.MUST or (s.kind in (None, SectionKind.OTHER)
                                          and pattern("must").search(fold(i.text(post.text))))
    }  # fmt: skip
    # Below the sign-off, the sender's name, job and firm ("Senior Talent Acquisition Partner")
    sign_offs = [m.start() for m in SIGN_OFF.finditer(post.text)]
    signed = sign_offs[-1] if sign_offs else len(post.text)
    # Under a welcome heading ("Deseable", "Nice, but we'll teach you") the heading welcomes
    # what an item names, though the team would teach it ("dbt: ... te enseñaremos").
    welcomed = {i.start for s in post.sections if s.kind is SectionKind.NICE for i in s.items}
    for item in sorted(items, key=lambda i: i.start):
        if item.start >= signed:
            continue
        text = item.text(post.text)
        if item.start in hiring or asks_nothing(text, bullet=item.bullet):
            continue
        optional = (
            optional_spans(text, [h.start - item.start for h in hits
                                   if item.start <= h.start and h.end <= item.end])
            if item.kind is SectionKind.NICE else []
        )  # fmt: skip
        if optional and item.start in asking:
            item = replace(item, kind=SectionKind.MUST)
        required = outside(text, optional) if optional else text
        years = years_in(required)
        if years is not None and item.kind is SectionKind.MUST:
            years_overall = max(years_overall or 0.0, years)
        inside = [
            replace(h, start=h.start - item.start, end=h.end - item.start)
            for h in hits if item.start <= h.start and h.end <= item.end
        ]  # fmt: skip
        refused = refused_spans(text, taught=item.start not in welcomed)
        refused += condition_spans(text) + tag_spans(text)
        out += _item_requirements(item, text, inside, linker, optional, refused)
    if years_overall is None:
        years_overall = _stated_years(post)
    return _merge(out), years_overall


def _stated_years(post: PostText) -> float | None:
    """Years of experience a post states outside a requirements section: in its opening lines
    ("Full-time · 5-8 Years"), a field of a pasted paragraph ("Exp: 3-5 yrs") or a bullet of a
    list without a heading ("3+ years in customer success")."""
    lines = [line for _, line in post.head]
    # (a pasted paragraph's fields: "Location: Pune   Exp: 4-7 yrs   Notice: ...")
    lines += [i.text(post.text) for i in post.items(
        None, SectionKind.OTHER, SectionKind.ABOUT, SectionKind.LOGISTICS)]
    for line in lines:
        years = years_in(line)
        if years is not None and (EXPERIENCE_WORDS.search(line) or re.search(
            r"\d\s*(?:\+|-|–)?\s*\d*\s*(?:years?|yrs?)\b", line, re.IGNORECASE
        )):
            return years
    return None


def _item_requirements(
    item: Item, text: str, hits: list[LiteralHit], linker: SkillLinker,
    optional: list[tuple[int, int]] | None = None,
    refused: list[tuple[int, int]] | None = None,
) -> list[ReadRequirement]:
    must = item.kind is SectionKind.MUST
    found = named(text, hits, linker)
    segments = _segments(text)
    if item.bullet and not _states_a_field(text):
        found += _unnamed(text, found, linker)
        found = _heads_not_named(text, found, linker)
    # After the free text, which a category word's span keeps from its words ("cloud warehouse")
    found = without_named_category(text, found, linker)
    degree = degree_span(text, bullet=item.bullet)
    if degree is not None:  # "Minimal D3 Teknik Informatika" read whole is a degree too
        found = [f for f in found if not (f.start < degree[1] and degree[0] < f.end)]
    for use in language_use_spans(text):  # names stay: "bahasa Indonesia (IndoBERT)"
        found = [
            f for f in found
            if not use[0] <= f.start < use[1] or _name_like(text[f.start : f.end])
        ]  # fmt: skip
    # "Fluent English; German is not required": a language said not to be needed is not asked
    # for at all (a skill said so is welcome: see optional_spans).
    denied = [(a, b) for a, b in optional or [] if pattern("not_required").search(fold(text[a:b]))]
    languages = spoken_language_names()
    found = [
        f for f in found
        if fold(text[f.start : f.end]) not in languages
        or not any(a <= f.start < b for a, b in denied)
    ]  # fmt: skip
    # "You don't need Kubernetes experience", "no Java needed": what the reader is told they do
    # not need is not asked for at all.
    found = [f for f in found if not any(a <= f.start < b for a, b in refused or [])]
    # "SQL, porque todo pasa por nuestra base de datos", "..., because we are async": a reason
    # tells the team's situation; its everyday words ask for nothing (a tool's name still does).
    reasons = reason_spans(text)
    found = [
        f for f in found
        if not any(a <= f.start < b for a, b in reasons)
        or (f.concept_id is not None and not text[f.start : f.end].islower())
    ]  # fmt: skip
    out = []
    for f in found:
        segment = next((s for s in segments if s[0] <= f.start < s[1]), (0, len(text)))
        years = years_in(text[segment[0] : segment[1]])
        if years is None and item.bullet:
            years = years_in(text)
        confident = f.confidence >= REVIEW_BELOW
        label = f.label or (linker.taxonomy.get(f.concept_id).label if f.concept_id else "")
        welcomed = any(a <= f.start < b for a, b in optional or [])
        out.append(
            ReadRequirement(
                skill_id=f.concept_id, label=label, quote=text[f.start : f.end],
                start=item.start + f.start, end=item.start + f.end,
                must=must and confident and not welcomed, min_years=years,
                confidence=round(f.confidence, 3), needs_review=not confident,
                welcome=not must or welcomed,
            )
        )
    return out


def _states_a_field(text: str) -> bool:
    """A bullet that gives the pay, the hours or where one may live ("⏰ Horario: 8:00 a 17:00",
    "💵 USD 2.800 - 3.500"): its words are logistics, never a skill in free text."""
    return bool(window_in(text) or pay_in(text) or allowed_countries_in(text))


def _segments(text: str) -> list[tuple[int, int]]:
    """Comma-separated parts outside parentheses: years stated in one part belong to it."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;" and depth <= 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def _parts_outside_brackets(text: str) -> list[tuple[int, int]]:
    """The parts of a list, with what brackets hold left inside its part ("Python (pandas,
    numpy), SQL" has two)."""
    outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    return list_parts(outside, 0, len(outside))


def _unnamed(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """Phrases of a bulleted list the names do not cover ("Kafka o Kinesis", "dados de saúde e
    LGPD", "(Docker, CI, monitoring)"), kept in their own words; or, with a semantic ranker, its
    suggestion when it is sure enough. Only short parts of a list count: a clause ("and kept
    them running") is not a skill."""
    core = strip_years(text)
    lists: list[list[tuple[int, int]]] = []
    lists.append(_parts_outside_brackets(core))
    for paren in re.finditer(r"\(([^()]*)\)", core):
        if not _EXAMPLES.search(paren.group(1)):
            lists.append(list_parts(core, paren.start(1), paren.end(1)))
    out = []
    for parts in lists:
        cleaned = [c for c in (_part(text, a, b) for a, b in parts) if c is not None]
        if not cleaned or any(len(text[a:b].split()) > MAX_FREE_TEXT_WORDS for a, b in cleaned):
            continue
        if pattern("role").search(fold(text[cleaned[0][0] : cleaned[0][1]])) or any(
            _POSITION.search(text[a:b]) or pattern("role").fullmatch(fold(text[a:b]).split()[-1])
            for a, b in cleaned
        ):
            continue  # "2+ años como analista de datos, de producto o de negocio", "2+ years
            # in an MLOps or platform role", "as an ML or data science engineer": positions
        in_paren = parts is not lists[0]
        for a, b in cleaned:
            if any(f.start < b and a < f.end for f in found):
                continue
            if pattern("nice").match(fold(text[a:b].strip())):
                continue  # "idealerweise aus dem Pricing": where the welcome wants it from
            if pattern("must").fullmatch(fold(text[a:b].strip())):
                continue  # "(Voraussetzung)", "(wajib)": the item says it is required
            if re.match(r"-(?:\s|$)", text[b : b + 2]):
                continue  # "Gesundheits- und Krankenpflege": half of a compound, no name
            if _spoken_language_in(text[a:b]) and fold(text[a:b]) not in spoken_language_names():
                continue  # "Mampu berbahasa Inggris": a language, which has its own reading
            lone = len(cleaned) == 1
            if in_paren and lone and not _name_like(text[a:b]):
                continue  # "(¡de verdad que ayuda!)" is an aside, "(PySpark)" a name
            if in_paren and not _name_like(text[a:b]):
                continue  # "(drift, latencia)": what a task involves, not names
            if not _skill_like(text[a:b], single=lone) or _not_a_name(text[a:b]):
                continue
            if _COPULA.match(text[a:b]):
                continue  # "we are async-first": a clause about the team, not a skill
            suggested = _suggest(text[a:b], a, linker)
            if suggested is not None:
                out.append(suggested)
    return out


# A modifier's link before ("analytics engineering") or after ("engenharia de analytics") the
# noun the phrase is about.
_HEAD_AFTER = re.compile(r"\s+([^\W\d_]+)\s*$")
# A noun of a kind of work, which a modifier narrows to a discipline of its own ("analytics
# engineering", "signal processing"), unlike a noun of having the skill ("experience",
# "knowledge", "skills", "background").
_GERUND_NOUN = re.compile(r"[a-z]{3,}ing$")
_HEAD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+)\s+(?:de|do|da|des|du|di|of)\s+$")


def _heads_not_named(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """A list part whose last word, a noun of a kind of work (English compounds: "analytics
    engineering") or whose first word before "de" (Spanish, Portuguese, French: "engenharia de
    analytics") is the noun it is about, where the only link is a common word naming its
    modifier ("analytics": data analysis): the part asks for the whole thing, which the link
    does not name. It stays a requirement in its own words; a product's name keeps its link
    ("Python scripts"), and so does a link that covers the head ("data pipelines")."""
    out = list(found)
    for a, b in (p for p in (_part(text, x, y) for x, y in _parts_outside_brackets(text))
                 if p is not None):  # fmt: skip
        inside = [f for f in out if a <= f.start and f.end <= b]
        if len(inside) != 1 or inside[0].concept_id is None:
            continue
        f, concept_id = inside[0], inside[0].concept_id
        words = text[f.start : f.end]
        if (
            not re.fullmatch(r"[^\W\d_]+", words) or not words.islower()
            or names_a_product(linker.taxonomy.concept(concept_id))
        ):  # fmt: skip
            continue
        after = _HEAD_AFTER.fullmatch(text, f.end, b) if f.end < b else None
        before = _HEAD_BEFORE.search(text[a : f.start]) if f.end == b else None
        head = after or before
        if head is None or not head.group(1).islower() or _not_a_name(head.group(1)):
            continue
        if after and not _GERUND_NOUN.search(head.group(1)):
            continue  # "leadership experience", "statistics background": the link is the skill
        begin = f.start if after else a + head.start(1)
        phrase = text[begin : b if after else f.end]
        out[out.index(f)] = Found(None, begin, begin + len(phrase), 1.0, label=phrase)
    return out


# How well a language is spoken ("Fluent written", "Castellano nativo", "Anglais courant"): the
# language is the requirement, these words only grade it.
_LANGUAGE_GRADE = re.compile(
    r"\b(?:fluent|fluently|native|written|spoken|nativo|nativa|fluido|fluida|fluente|courant|"
    r"bilingue|bilingual|fließend|biegł\w*|płynn\w*|вільн\w*|fluent[ăa]|pasif|aktif|"
    # "Inglés leído y escrito", "inglês, falado e escrito", "in Wort und Schrift"
    r"escrit[oa]|falad[oa]|hablad[oa]|le[ií]d[oa]|oral|scritt[oa]|parlat[oa]|écrit|"
    r"wort|schrift|pisemn\w*|ustn\w*|письмов\w*|усн\w*)\b",
    re.IGNORECASE,
)
# A phrase cut off before what it governs ("mínima de" 2 años, "бухгалтером від" 1 року),
# or one that says what is not wanted ("não relacionais"): no name.
_DANGLING_END = re.compile(
    r"\s(?:de|del|da|do|di|della|en|em|in|of|for|with|from|to|at|od|do|w|z|na|dla|від|до|з|у|"
    r"в|на|для|от|с|à|au|des|du|von|für|mit|bei|din|cu|pe|la|dari|untuk|của|từ)$",
    re.IGNORECASE,
)
_NEGATION_START = re.compile(
    r"^(?:no|não|nao|not|non|nie|не|ні|nicht|kein\w*|pas|sin|sem|senza|bez|fără)\s", re.IGNORECASE
)
# "1 año de experiencia en puesto similar", "2+ years in a data or insight role": a position.
_POSITION = re.compile(
    r"\b(?:role|roles|position|positions|puesto|puestos|posición|cargo|cargos|"
    r"stanowisk\w*|posad\w*|poste|postes|ruolo|ruoli|посад\w*|должност\w*)\b",
    re.IGNORECASE,
)


def _not_a_name(words: str) -> bool:
    """Free text that cannot be a requirement's name: a section's label typed at the head of a
    bullet ("✔️ Deseable: AWS"), a language's grade, an activity, a trait of character
    ("samodzielność", "Teliti"), a phrase cut off or negated, a position held."""
    plain = words.strip(" .,;:!?")
    return (
        fold(words).strip(" :") in heading_kinds()
        or bool(_LANGUAGE_GRADE.search(words))
        or bool(GERUND_START.match(words))
        or _trait(fold(plain))
        or bool(_DANGLING_END.search(plain) or _NEGATION_START.match(plain))
        or bool(_POSITION.search(plain))
    )


def _trait(folded: str) -> bool:
    """A trait of character, in any of its forms: the word of the list or one inflected from it
    ("sumienności", "відповідальності" of "sumienność", "відповідальність")."""
    if pattern("trait").fullmatch(folded):
        return True
    if " " in folded or len(folded) < 6:
        return False
    return any(
        len(t) >= 6 and folded[: len(t) - 1] == t[:-1] and len(folded) - len(t) <= 3
        for t in _trait_words()
    )


@cache
def _trait_words() -> frozenset[str]:
    return frozenset(fold(t) for t in TRAIT_WORDS if " " not in t)


def _spoken_language_in(words: str) -> bool:
    """Whether a phrase names a spoken language ("berbahasa Inggris", "English (written)")."""
    folded = " ".join(re.findall(r"[^\W\d_]+", fold(words)))
    # (a name of several words may close a longer word: "berbahasa Inggris")
    return any(f" {n} " in f" {folded} " or (" " in n and n in folded)
               for n in spoken_language_names())


def _name_like(words: str) -> bool:
    return len(words.split()) <= 2 and (words[:1].isupper() or sum(c.isupper() for c in words) > 1)


def _part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A list part without its leading filler ("experiência com", "znajomość")."""
    words = _strip_filler(text[start:end])
    if not words:
        return None
    begin = text.find(words, start, end)
    return (begin, begin + len(words)) if begin >= 0 else None


def _skill_like(words: str, *, single: bool) -> bool:
    """A phrase that can name a skill: not a level ("B2"), not a job title, not one everyday
    word ("superior", "similar"), unless written as an acronym ("CI", "LGPD")."""
    tokens = words.split()
    if not tokens or _CEFR.match(words.strip()) or pattern("role").search(fold(words)):
        return False
    if words.strip().isupper() and words.strip() in ZONE_ABBREVIATIONS:
        return False  # "EST", "PST": the hours' zone ("available during EST hours")
    if _NOT_A_SKILL.search(fold(words)) or re.search(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])", words):
        return False  # "or higher", "IELTS 7.0": a level, not a skill
    if not any(len(t) >= 2 and t[0].isalpha() for t in tokens):
        return False
    if re.fullmatch(r"[A-Z]{1,3}-?\d{2,}", words.strip()):
        return False  # "D300, D394, D112", "PIT-37": the number of a form, not a skill
    if len(tokens) == 1:
        acronym = sum(c.isupper() for c in words) >= 2
        return acronym or words.lower() not in common_words() or (single and words[:1].isupper())
    return True


def _strip_filler(text: str) -> str:
    """Without the words around a skill that say how much of it is wanted."""
    filler = pattern("filler")
    text = text.strip(" .;:-–—,")
    while True:
        match = filler.match(fold(text))
        if not match or match.end() == 0 or text[match.end() :].startswith(("/", "-")):
            return text  # "A/B tests", "e-Factura": the letter is part of a name
        rest = text[match.end() :].lstrip(" ,:-")
        if rest == text:
            return text
        text = rest
        if not text:
            return ""


# Words that open a clause or a description, not a skill's name ("another distributed data
# tool", "at an early-stage startup", "you'll document every model").
_CLAUSE_START = re.compile(
    r"^(?:another|other|any|some|such|at|an?|the|to|for|you|your|you'll|we|our|who|which|"
    r"that|this|these|inny|inne|jakiś|інш\w*|будь|outro|outra|otro|otra|qualquer|cualquier|"
    # a modal opens what the hire can or will do ("Can start ASAP", "Willing to travel")
    r"can|could|will|willing|able|ready|must|should|available|puede|pode|możesz|może)\b"
    r"(?!/)",  # "A/B tests" opens with a name
    re.IGNORECASE,
)


def _clause_like(words: str) -> bool:
    """Free text that reads as a clause, not a name: it opens like one, or it runs to three or
    more words with no capital, digit or symbol after its first word ("Comfort with ambiguity",
    "деплою моделей на edge-пристрої"). Kept as a requirement it would be invented."""
    tokens = words.split()
    if _CLAUSE_START.match(words):
        return True
    named = any(re.search(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ0-9+#.]", t) for t in tokens[1:])
    return len(tokens) >= 3 and not named


def _suggest(part: str, start: int, linker: SkillLinker) -> Found | None:
    end = start + len(part)
    if linker.ranker is not None:
        ranked = linker.ranker.rank([part], 1, "worldhire")[0]
        if ranked and ranked[0].score >= RANKER_SUGGEST:
            confidence = ranked[0].score * RANKER_DISCOUNT
            if ranked[0].score >= RANKER_LINK:
                confidence = max(confidence, REVIEW_BELOW)
            return Found(ranked[0].concept_id, start, end, confidence)
    if _clause_like(part):
        return None
    return Found(None, start, end, 1.0, label=part)


def _merge(found: list[ReadRequirement]) -> list[ReadRequirement]:
    """One requirement per concept (or per free-text phrase): the first mention, a must-have if
    any mention is one, the largest years stated. A nice-to-have that names a must-have's
    concept in other words ("Python" required, "Celery" welcome; "React" required, "Next.js" a
    plus: the taxonomy files the tool under the language or framework) stays a nice-to-have of
    its own, in the post's words: merged into the must-have, the welcomed tool would read as
    required and vanish from the list."""
    required = {(r.skill_id, name_key(r.quote)) for r in found if r.must and r.skill_id}
    out: dict[str, ReadRequirement] = {}
    for r in found:
        if (r.welcome and not r.must and r.skill_id and r.quote
                and any(c == r.skill_id for c, _ in required)
                and (r.skill_id, name_key(r.quote)) not in required
                and name_key(r.quote) != name_key(r.label)):  # fmt: skip
            r = replace(r, skill_id=free_text_id(r.quote), label=r.quote)
        key = r.skill_id or f"text:{name_key(r.label)}"
        if key not in out:
            out[key] = r
            continue
        kept = out[key]
        years = max((y for y in (kept.min_years, r.min_years) if y is not None), default=None)
        out[key] = replace(
            kept, must=kept.must or r.must, min_years=years,
            confidence=max(kept.confidence, r.confidence),
            needs_review=kept.needs_review and r.needs_review,
        )
    return list(out.values())


def free_text_id(words: str) -> str:
    """The id of a requirement kept in the post's own words, whatever concept its words name."""
    return "text:" + (re.sub(r"[^a-z0-9]+", "-", name_key(words)).strip("-")[:80] or "skill")
