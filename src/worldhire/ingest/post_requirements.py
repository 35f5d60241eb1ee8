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
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from worldhire.ingest.language import detect_language
from worldhire.ingest.lexicon.hours import ABBREVIATIONS as ZONE_ABBREVIATIONS
from worldhire.ingest.lexicon.stopwords import STOPWORDS
from worldhire.ingest.pay import is_currency_of_amount
from worldhire.ingest.post_allowed import allowed_countries_in
from worldhire.ingest.post_fields import (
    pay_in,
    strip_years,
    window_in,
    years_in,
)
from worldhire.ingest.post_requirement_items import ASKS, asks_nothing, hiring_items, team_stack
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
from worldhire.skills.literal import CONTAINED_FACTOR, LiteralHit, common_words
from worldhire.skills.taxonomy import NameEntry
from worldhire.skills.text import name_key, tokenize

REVIEW_BELOW = 0.75  # a link less sure than this is a nice-to-have to review
CONFIDENCE_INFLECTED = 0.85
CONFIDENCE_COMPOSED = 0.9
CONFIDENCE_LANGUAGE = 0.9
CONFIDENCE_LABEL_RULE = 0.8  # a shared name given to the concept whose own label has its words
CONFIDENCE_AMBIGUOUS = 0.5
RANKER_LINK = 0.9  # a semantic suggestion this sure links a phrase the names do not cover
RANKER_SUGGEST = 0.6  # below this a suggestion is dropped and the phrase stays free text
RANKER_DISCOUNT = 0.85
MAX_FREE_TEXT_WORDS = 4
# Names never span a parenthesis or a list: "LLM (fine-tuning" is two things.
_CROSSES = re.compile(r"[():;,]")
_CEFR = re.compile(r"^[ABC][12]\+?$", re.IGNORECASE)
# Words that qualify a requirement ("B2 or higher", "or similar") rather than name one.
_NOT_A_SKILL = re.compile(
    r"^(?:higher|above|better|superior|similar|equivalent|more|plus|mais|más|wyżej|więcej|вище|"
    r"більше|mai mult|superieur|plus eleve|hoher|daruber|cao hon|lebih tinggi|etc|others?)$"
)
# A list part that opens with a form of "to be" (its subject, "we", went with the filler) says
# what someone is, not what the hire should know.
_COPULA = re.compile(r"(?:are|is|am|were|was|be)\s", re.IGNORECASE)
_SUFFIXES = ("ach", "ami", "ów", "em", "om", "ie", "ul", "ului", "ом", "ою", "а", "у", "і",
             "a", "u", "y", "e", "i")  # fmt: skip
_EXAMPLES = re.compile(
    r"\b(?:or similar|or equivalent|e\.g\.|eg\.|such as|for example|like|ou similar|o similar|"
    r"u otro|ou outro|por ejemplo|por exemplo|np\.|lub podobn|або подібн|sau similar|"
    r"par exemple|p\. ?ex\.|ou équivalent|z\. ?b\.|oder ähnlich|o tương tự|ví dụ|misalnya|"
    r"atau sejenis)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(
    # a slash between single letters joins them ("A/B тестів"), elsewhere it lists
    r"\s*[,;:]\s*|\s*(?<!\b\w)/(?!\w\b)\s*|"
    r"\s+(?:and|or|&|y|o|e|ou|i|lub|oraz|albo|та|і|й|або|și|si|sau|et|und|oder|"
    r"và|hoặc|dan|atau)\s+",
    re.IGNORECASE,
)

# Letters only Polish, Czech or Slovak write.
_WEST_SLAVIC_LETTERS = re.compile(r"[ąćęłńśźżěřůľĺŕ]", re.IGNORECASE)


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


@dataclass(frozen=True)
class _Found:
    concept_id: str | None
    start: int  # offsets in the item
    end: int
    confidence: float
    label: str = ""


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
    local = _function_words(post.text)
    hits = [h for h in linker.literal.hits(post.text)
            if post.text[h.start : h.end] not in local]  # fmt: skip
    hits = _without_lower_case_homonyms(post.text, hits, linker)
    # ("Php 38k–45k/month" is Philippine pesos, not PHP)
    hits = [h for h in hits if not is_currency_of_amount(post.text, (h.start, h.end))]
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


def _function_words(text: str) -> frozenset[str]:
    """The everyday words of the post's language, as written in lower case, when it is not
    English: there "jest" is Polish for "is" and "die" German for "the", not the Jest framework
    or a tool of that name. A tool's name in such a post keeps its capitals ("Jest", "React");
    a spoken language's name ("inglês") still counts."""
    language = detect_language(text)
    if language is None or language == "en":
        return frozenset()
    spoken = spoken_language_names()
    return frozenset(w for w in STOPWORDS.get(language, ()) if fold(w) not in spoken)


# A post that writes this many proper names of tools with their capitals has a casing habit.
CASED_HABIT = 3


def _without_lower_case_homonyms(
    text: str, hits: list[LiteralHit], linker: SkillLinker
) -> list[LiteralHit]:
    """A word that is a tool's proper name only with its capital ("Helm", "Vue", "HTML"),
    written in lower case in a post that writes the tools' names with their capitals ("Python,
    Kafka, Terraform"): the everyday word ("at the helm of an incident", "une vue d'ensemble",
    "sites that change their html"), not the tool. A writer who types every name in lower case
    ("python, sql, pyspark") has no such habit, and keeps every name."""

    def proper(hit: LiteralHit) -> bool:
        key = name_key(text[hit.start : hit.end])
        concept = linker.taxonomy.concept(hit.concept_id)
        if not names_a_product(concept):
            return False  # "agile" is a way of working however it is written
        forms = [n for n in (concept.label, *concept.aliases, *concept.translations)
                 if name_key(n) == key]  # fmt: skip
        return bool(forms) and all(n[:1].isupper() for n in forms)

    # (an everyday word: of English's, or any word of a post in another language; "k8s" and
    # "git" are only names)
    english = detect_language(text) in (None, "en")

    def everyday(word: str) -> bool:
        return word.isalpha() and word.islower() and (not english or word in common_words())

    named = [h for h in hits if proper(h)]
    lower = {(h.start, h.end) for h in named if everyday(text[h.start : h.end])}
    capitalised = sum(1 for h in named if text[h.start : h.start + 1].isupper())
    if capitalised < CASED_HABIT or len(lower) * 4 > capitalised:
        return hits
    return [h for h in hits if (h.start, h.end) not in lower]


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
    found = _named(text, hits, linker)
    segments = _segments(text)
    if item.bullet and not _states_a_field(text):
        found += _unnamed(text, found, linker)
        found = _heads_not_named(text, found, linker)
    # After the free text, which a category word's span keeps from its words ("cloud warehouse")
    found = _without_named_category(text, found, linker)
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


def _named(text: str, every: list[LiteralHit], linker: SkillLinker) -> list[_Found]:
    """The concepts the item names, one per span, longest spans first."""
    crossing = [(h.start, h.end) for h in every if _CROSSES.search(text[h.start : h.end])]
    crossing += [(h.start, h.end) for h in every if _named_pair(text, h, every)]
    hits = [
        _uncontained(h, crossing) for h in every
        if not _part_of_title(text, h.start, h.end) and (h.start, h.end) not in crossing
        and not _other_expansion(text, h, linker) and not _letter_pair(text, h.start, h.end)
        and not _everyday_not_acronym(text, h, linker)
        and not re.match(r"\s+Americ", text[h.end :])  # "Latin America" names no language
    ]
    hits += _inflected(text, hits, linker)
    spans = _maximal({(h.start, h.end) for h in hits})
    found: list[_Found] = []
    for start, end in sorted(spans):
        here = [h for h in hits if (h.start, h.end) == (start, end)]
        found.append(_decide(text, here, linker))
    found = _composed(text, found, linker)
    found = _one_per_compound(text, found, linker)
    found = [_named_in_full(text, f, found, linker) for f in found]
    found += _spoken_languages(text, found, linker)
    return sorted(found, key=lambda f: f.start)


def _one_per_compound(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
    """Two names of skills written as one compound ("ML algorithms", "cloud data platform"):
    the words name one thing, the head qualified by the other name, which neither concept is
    on its own. Only one link stays: the narrower concept (more concepts above it in the
    taxonomy: "ML algorithms" are machine learning, not software programming), else the last
    name, the head of an English compound ("cloud data platform" is a data platform, not cloud
    computing). Only a bare common noun is dropped so ("algorithms", "cloud"): a name of its
    own stays ("GPU performance tuning" is GPU work and performance engineering), a product's
    name always stays ("Excel VBA"; a platform written as a common noun, "cloud", is none), and
    a kind beside its instance is left to `_without_named_category` ("Java programming")."""
    taxonomy = linker.taxonomy

    def generic(f: _Found) -> bool:  # (a platform written as a common noun: "cloud")
        return f.concept_id is not None and (
            not names_a_product(taxonomy.concept(f.concept_id))
            or text[f.start : f.end].islower()
        )

    dropped: set[int] = set()
    ordered = sorted(found, key=lambda f: f.start)
    for first, last in pairwise(ordered):
        if not (generic(first) and generic(last)) or first.concept_id == last.concept_id:
            continue
        if all(names_a_product(taxonomy.concept(f.concept_id or "")) for f in (first, last)):
            continue  # "python pandas": a list typed without commas, two things
        if text[first.end : last.start] not in (" ", "-"):
            continue
        if _GERUND_START.match(text[first.start : last.end]):
            continue  # "coaching agents": a verb and what it is done to, two things
        above_first = taxonomy.ancestors(first.concept_id or "")
        above_last = taxonomy.ancestors(last.concept_id or "")
        if first.concept_id in above_last or last.concept_id in above_first:
            continue
        broad = last if len(above_first) > len(above_last) else first
        if re.fullmatch(r"[^\W\d_A-Z]+", text[broad.start : broad.end]):
            dropped.add(id(broad))  # (a name of its own stays: "GPU performance tuning")
    return [f for f in found if id(f) not in dropped]


def _named_in_full(text: str, f: _Found, found: list[_Found], linker: SkillLinker) -> _Found:
    """A generic word written as the last word of a capitalised name ("Asset Accounting",
    "Cost Center Accounting", "Bank Accounting": SAP's modules) names that longer thing, kept in
    its own words, not the generic skill ("accounting") alone."""
    words = text[f.start : f.end]
    if f.concept_id is None or not re.fullmatch(r"[A-Z][a-z]+", words):
        return f
    label = linker.taxonomy.get(f.concept_id).label
    # (a part of a list: after a comma, a slash or "and", not a sentence's first word)
    run = re.search(
        r"(?:[,;/(]|\b(?:and|or|y|o|e|ou|et|i|und|oder))\s*((?:[A-Z][\w&-]*\s+){1,2})$",
        text[: f.start],
    )
    if label != label.lower() or run is None:
        return f
    begin = run.start(1)
    for word in run.group(1).split():  # "Strong Accounting" is accounting, strongly
        if not pattern("filler").fullmatch(fold(word)):
            break
        begin = text.index(word, begin) + len(word)
        begin += len(text[begin:]) - len(text[begin:].lstrip())
    if begin >= f.start or any(g is not f and g.start < f.start and begin < g.end for g in found):
        return f
    return _Found(None, begin, f.end, 1.0, label=text[begin : f.end])


# Brackets that offer a choice of instances or say which one the team uses ("AWS ou GCP",
# "we use BigQuery", "usamos AWS").
_CHOICE = re.compile(
    r"\b(?:or|ou|o|lub|albo|oder|atau|sau|або|чи|hoặc|veya|ya da|we use|usamos|utilizamos|"
    r"używamy|nutzen wir|wir nutzen|on utilise|nous utilisons|kami pakai|kami menggunakan|"
    r"folosim|використовуємо|chúng tôi dùng)\b",
    re.IGNORECASE,
)


# What joins a kind of work to the tool it is done in ("programming in Python", "programación
# en Python", "programowanie w Javie", "programmation en Java", "pemrograman dengan Go").
_IN_A_TOOL = re.compile(
    r"\s+(?:in|with|using|en|em|com|con|w|we|z|в|на|з|із|dans|avec|mit|cu|în|bằng|dengan|"
    r"menggunakan)\s+",
    re.IGNORECASE,
)


# A list of instances left open ("BigQuery, Snowflake…", "Kafka, Kinesis, etc."): examples.
_OPEN_LIST = re.compile(r"…|\.\.\.|\betc\b")


def _without_named_category(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
    """A category word (lower case, not a name) whose instances the brackets after it offer
    as a choice asks for one of those instances: "Docker e cloud (AWS ou GCP)", "a cloud
    warehouse (we use BigQuery)" ask for AWS, GCP or BigQuery, not for cloud computing as such
    ("Python (pandas, NumPy)" still asks for Python)."""
    taxonomy = linker.taxonomy
    out = []
    for f in found:
        words = text[f.start : f.end]
        bracket = re.match(r"[^()]{0,30}?\(([^()]+)\)", text[f.end :])
        if (
            f.concept_id and bracket and len(words.split()) == 1 and words.islower()
            and (_CHOICE.search(bracket.group(1)) or _OPEN_LIST.search(bracket.group(1)))
        ):  # fmt: skip
            start = f.end + bracket.start(1)
            end = f.end + bracket.end(1)
            inside = [g for g in found if g.concept_id and start <= g.start and g.end <= end]
            if any(f.concept_id in taxonomy.ancestors(g.concept_id or "") for g in inside):
                continue
        if f.concept_id and words.islower() and any(
            g.concept_id and f.concept_id in taxonomy.ancestors(g.concept_id)
            and (not text[min(f.end, g.end) : max(f.start, g.start)].strip()
                 or (f.end <= g.start and _IN_A_TOOL.fullmatch(text[f.end : g.start])))
            for g in found
        ):
            continue  # "kinh nghiệm lập trình Java": Java programming, the kind beside the name
            # ("Strong programming in Python", "programación en Python": the kind in its name)
        out.append(f)
    return out


def _named_pair(text: str, hit: LiteralHit, every: list[LiteralHit]) -> bool:
    """Two names joined by a slash, each a concept of its own ("LoRA/QLoRA"): two things, not
    the broader concept the pair is also a name of ("CI/CD" is one: its halves name it too)."""
    slash = text.find("/", hit.start, hit.end)
    if slash < 0:
        return False
    others = [h for h in every if h.concept_id != hit.concept_id]
    left = any(h.start == hit.start and h.end <= slash for h in others)
    right = any(h.start > slash and h.end == hit.end for h in others)
    return left and right


def _letter_pair(text: str, start: int, end: int) -> bool:
    """One letter paired with another ("Bewilligung B/C", "A/B testing" aside): a category or
    a grade, not the C language."""
    if end - start != 1:
        return False
    return bool(re.match(r"\s*/\s*[A-Z](?!\w)", text[end:])) or bool(
        re.search(r"(?<!\w)[A-Z]\s*/\s*$", text[:start])
    )


def _other_expansion(text: str, hit: LiteralHit, linker: SkillLinker) -> bool:
    """An acronym the post spells out as something else: "CBT (NMC computer-based test)" is not
    cognitive behavioural therapy. Brackets spell an acronym out only where their words'
    initials hold its letters in order; others say how long or which parts ("SQL (2+ yrs)",
    "AWS (Lambda, DynamoDB)") and keep it."""
    words = text[hit.start : hit.end]
    spelled = re.match(r"\s*\(([^()]{3,80})\)", text[hit.end :])
    if not spelled or not words.isupper() or len(words) > 6:
        return False
    if not _spells_out(words, spelled.group(1)):
        return False
    # The concept's own expansions: its label, and the names that spell the acronym out too
    # ("Structured Query Language"), not the descriptions ESCO keeps among its synonyms.
    concept = linker.taxonomy.concept(hit.concept_id)
    own = [concept.label, *(a for a in concept.aliases if _spells_out(words, a))]
    return not {w for name in own for w in name_key(name).split()} & set(
        name_key(spelled.group(1)).split()
    )


def _spells_out(acronym: str, words: str) -> bool:
    """Whether the initials of `words` hold the acronym's letters in order ("CBT" in "NMC
    computer-based test")."""
    initials = iter(w[0] for w in re.findall(r"[^\W\d_]+", words.lower()))
    return all(letter in initials for letter in acronym.lower() if letter.isalpha())


def _uncontained(hit: LiteralHit, dropped: list[tuple[int, int]]) -> LiteralHit:
    """A name inside a dropped one ("LLM" in "LLM (fine-tuning") gets its own score back."""
    if any(a <= hit.start and hit.end <= b for a, b in dropped):
        return replace(hit, score=min(1.0, hit.score / CONTAINED_FACTOR))
    return hit


def _maximal(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Spans not inside a longer one: "Hugging Face Transformers", not "Hugging Face" in it."""
    return {
        (a, b) for a, b in spans
        if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)
    }  # fmt: skip


def _part_of_title(text: str, start: int, end: int) -> bool:
    """"ML" in "3+ years as an ML Engineer", "Data Scientist": job titles, not skills."""
    roles = pattern("role")
    words = fold(text[start:end]).split()
    if words and (roles.fullmatch(words[-1]) or (len(words) > 1 and roles.fullmatch(words[0]))):
        return True  # "Data Scientist", "cientista de dados"
    # "como cientista de dados", "jako analityk danych": the role noun comes first.
    before = re.search(r"([^\W\d_]+)\s+(?:(?:de|do|da|des|du|of)\s+)?$", text[:start])
    if before and roles.fullmatch(fold(before.group(1))) and end - start <= 20 and (
        text[start:end].islower()
    ):
        return True
    # "an ML or data engineer": the role noun after the other half of the title
    # (the other half in one or two words: "an ML or data science engineer")
    return any(
        following is not None and bool(roles.fullmatch(fold(following.group(1))))
        for following in (other.match(text[end:]) for other in _OTHER_HALF)
    )


# What follows a name inside a title: the role noun itself, or the other half of the title
# ("ML or data", "ML or data science", "AI/ML") before it.
_OTHER_HALF = [
    re.compile(
        rf"[\s-]*(?:(?:(?:or|and|ou|o|y|e|lub|i|sau|oder)\s+|/\s*)(?:[^\W\d_][\w-]*\s+){{{n}}})?"
        r"([^\W\d_][\w()]*)"
    )
    for n in (1, 2)
]


def _inflected(text: str, hits: list[LiteralHit], linker: SkillLinker) -> list[LiteralHit]:
    """Tool names with a case ending ("Pythona", "Dockerem", "Kubernetesa", "PyTorchu")."""
    names = linker.taxonomy.names()
    covered = [(h.start, h.end) for h in hits]
    out = []
    for token in tokenize(text):
        if len(token.raw) < 5 or any(a <= token.start < b for a, b in covered):
            continue
        for suffix in _SUFFIXES:
            stem = token.lower[: -len(suffix)]
            written = token.raw[: len(stem)].lower()
            if not written.isascii() and fold(written).isascii():
                break  # "która" is Polish for "which", not "Ktor" with an ending
            if token.lower.endswith(suffix) and len(stem) >= 4 and stem in names:
                # The extension's tool, where an ESCO concept shares its name ("Sparka":
                # Apache Spark, not the SPARK language); an acronym inflects in its capitals
                # ("SQL-a"), so "reste" is French for the rest, not REST
                tools = {e.concept_id for e in names[stem] if e.concept_id.startswith("wh:")
                         and not _acronym_in_lower(token.raw, stem, linker, e.concept_id)}
                if len(tools) == 1:
                    out.append(
                        LiteralHit(tools.pop(), token.start, token.end, CONFIDENCE_INFLECTED)
                    )
                break
    return out


def _acronym_in_lower(written: str, key: str, linker: SkillLinker, concept_id: str) -> bool:
    """A name the taxonomy writes only in capitals ("REST", "RAG", "SAP") written here in lower
    case: an everyday word ("the rest of your day", "reste"), not the acronym."""
    if not written[: len(key)].islower():
        return False
    concept = linker.taxonomy.concept(concept_id)
    forms = [n for n in (concept.label, *concept.aliases, *concept.translations)
             if name_key(n) == key]  # fmt: skip
    return bool(forms) and all(f.isupper() for f in forms)


# An article before a word makes it a noun of the sentence ("the rest of", "a rag"), not an
# acronym written in lower case.
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|le|la|les|el|los|las|o|os|um|uma|un|une|il|lo|der|die|das)\s+$",
    re.IGNORECASE,
)


def _everyday_not_acronym(text: str, hit: LiteralHit, linker: SkillLinker) -> bool:
    words = text[hit.start : hit.end]
    return (
        " " not in words and words in common_words()
        and bool(_ARTICLE_BEFORE.search(text[max(0, hit.start - 6) : hit.start]))
        and _acronym_in_lower(words, name_key(words), linker, hit.concept_id)
    )


def _decide(text: str, hits: list[LiteralHit], linker: SkillLinker) -> _Found:
    """One concept for a span several concepts name ("OCR": optical character recognition or
    object detection?)."""
    start, end = hits[0].start, hits[0].end
    ids = list(dict.fromkeys(h.concept_id for h in hits))
    best = max(hits, key=lambda h: h.score)
    if len(ids) == 1:
        return _Found(best.concept_id, start, end, best.score)
    if linker.ranker is not None:
        ranked = linker.ranker.rank([text], 20, "worldhire")[0]
        scores = {r.concept_id: r.score for r in ranked if r.concept_id in ids}
        if scores:
            winner = max(scores, key=lambda c: scores[c])
            sure = scores[winner] * RANKER_DISCOUNT + (1 - RANKER_DISCOUNT)
            return _Found(winner, start, end, min(best.score, sure))
    by_label = _by_own_label(text[start:end], ids, linker)
    if by_label is not None:
        return _Found(by_label, start, end, min(best.score, CONFIDENCE_LABEL_RULE))
    if _facets(ids, linker):
        # "AWS Lambda" is AWS and cloud functions at once: either link is true.
        return _Found(best.concept_id, start, end, best.score)
    return _Found(best.concept_id, start, end, CONFIDENCE_AMBIGUOUS)


def _facets(ids: list[str], linker: SkillLinker) -> bool:
    """Concepts the taxonomy ties together (an edge, a shared neighbour or a shared ESCO
    skill): one name for facets of one thing ("AWS Lambda": AWS, cloud functions), not a
    homonym ("MDM": master data or mobile devices?)."""
    taxonomy = linker.taxonomy

    def near(concept_id: str) -> set[str]:
        return {concept_id, *(s.id for s, _ in taxonomy.related(concept_id)),
                *taxonomy.esco_targets(concept_id)}

    first, *others = ids
    around = near(first)
    return all(o in around or near(o) & around for o in others)


def _by_own_label(words: str, ids: list[str], linker: SkillLinker) -> str | None:
    """Of concepts sharing a name, the one whose own label shares its words ("performance
    tuning": performance engineering, not debugging), or the one whose label another concept
    lists among its aliases (that concept absorbed the first one's names: "OCR" belongs to
    optical character recognition, not object detection)."""
    taxonomy = linker.taxonomy
    wanted = set(name_key(words).split())
    overlap = {c: len(wanted & set(name_key(taxonomy.get(c).label).split())) for c in ids}
    top = max(overlap.values())
    if top > 0 and list(overlap.values()).count(top) == 1:
        return max(overlap, key=lambda c: overlap[c])
    absorbed = [
        c for c in ids
        if any(name_key(taxonomy.get(c).label) in map(name_key, taxonomy.concept(o).aliases)
               for o in ids if o != c)
    ]  # fmt: skip
    return absorbed[0] if len(absorbed) == 1 else None


def _composed(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
    """Items listed under a named head take the head's specific concept when the taxonomy has
    one: "large language models: fine-tuning, RAG and evaluation" gives LLM fine-tuning and LLM
    evaluation (and RAG, which has no LLM-specific name)."""
    head_end = _head_end(text)
    if head_end is None:
        return found
    heads = [f for f in found if f.concept_id and f.end <= head_end]
    if not heads:
        return found
    head = linker.taxonomy.concept(heads[-1].concept_id or "")
    prefixes = [n for n in (head.label, *head.aliases) if len(n.split()) <= 3]
    names = linker.taxonomy.names()
    out = [f for f in found if f.start < head_end]
    listed = [f for f in found if f.start >= head_end]
    for w_start, w_end in _list_parts(text, head_end, len(text)):
        composed = _compose(text[w_start:w_end], prefixes, names)
        if composed is None:
            continue
        listed = [f for f in listed if not (w_start <= f.start < w_end)]
        listed.append(_Found(composed, w_start, w_end, CONFIDENCE_COMPOSED))
    return out + listed


def _head_end(text: str) -> int | None:
    """Where the list of a "head: a, b and c" or "head (a, b, c)" item starts."""
    colon = re.search(r":\s+\S", text)
    if colon:
        return colon.start() + 1
    paren = text.find("(")
    return paren + 1 if paren > 0 else None


def _list_parts(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of the parts of a list ("fine-tuning, RAG and evaluation"), each without
    the punctuation around it; parentheses close the list."""
    out = []
    cursor = begin
    stop = re.search(r"[()]", text[begin:end])
    end = begin + stop.start() if stop else end
    # In Polish and Czech "o" is "about" ("znajomość ustawy o rachunkowości": the Accounting
    # Act), not the "or" of Spanish and Italian.
    slavic = _WEST_SLAVIC_LETTERS.search(text, begin, end) is not None
    for match in _LIST_SPLIT.finditer(text, begin, end):
        if slavic and match.group().strip().lower() == "o":
            continue
        out.append((cursor, match.start()))
        cursor = match.end()
    out.append((cursor, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " .;:!?-–—¡¿*|":
            a += 1
        while b > a and text[b - 1] in " .;:!?-–—¡¿*|":
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _compose(
    words: str, prefixes: list[str], names: Mapping[str, list[NameEntry]]
) -> str | None:
    key = name_key(words)
    for prefix in prefixes:
        p = name_key(prefix)
        for candidate in (f"{p} {key}", f"{key} {p}", f"{key} of {p}"):
            entries = names.get(candidate)
            if entries:
                return str(entries[0].concept_id)
    return None


def _spoken_languages(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
    """A spoken language the item asks for ("Inglés B2", "angielski na poziomie min. B2")."""
    names = spoken_language_names()
    folded = fold(text)
    taken = {f.concept_id for f in found}
    out = []
    for name, language in names.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            if _PLACE_NOT_LANGUAGE.search(folded[: match.start()]) or re.match(
                r"\s+americ", folded[match.end() :]
            ):
                continue  # "from Poland" ("z Polski"), "Latin America": a place
            skill = linker.taxonomy.resolve(language, min_similarity=1.0)
            if skill is None or skill.id in taken:
                continue
            taken.add(skill.id)
            out.append(_Found(skill.id, match.start(), match.end(), CONFIDENCE_LANGUAGE))
    return out


# A preposition of origin before a language's name makes it a country ("z Polski", "din
# România", "з України").
_PLACE_NOT_LANGUAGE = re.compile(r"(?:^|\s)(?:from|z|ze|з|із|din|desde)\s+$")


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
    return _list_parts(outside, 0, len(outside))


def _unnamed(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
    """Phrases of a bulleted list the names do not cover ("Kafka o Kinesis", "dados de saúde e
    LGPD", "(Docker, CI, monitoring)"), kept in their own words; or, with a semantic ranker, its
    suggestion when it is sure enough. Only short parts of a list count: a clause ("and kept
    them running") is not a skill."""
    core = strip_years(text)
    lists: list[list[tuple[int, int]]] = []
    lists.append(_parts_outside_brackets(core))
    for paren in re.finditer(r"\(([^()]*)\)", core):
        if not _EXAMPLES.search(paren.group(1)):
            lists.append(_list_parts(core, paren.start(1), paren.end(1)))
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


def _heads_not_named(text: str, found: list[_Found], linker: SkillLinker) -> list[_Found]:
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
        out[out.index(f)] = _Found(None, begin, begin + len(phrase), 1.0, label=phrase)
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
# A gerund opens an activity, not a name ("shipping ranking", "building pipelines"); a Spanish
# or Portuguese one is an activity alone too ("Experiencia diseñando", "construindo").
_GERUND_START = re.compile(r"^[a-z]+ing\s|^[a-zà-ÿ]+(?:ando|iendo|endo|indo)(?:\s|$)")


def _not_a_name(words: str) -> bool:
    """Free text that cannot be a requirement's name: a section's label typed at the head of a
    bullet ("✔️ Deseable: AWS"), a language's grade, an activity, a trait of character
    ("samodzielność", "Teliti"), a phrase cut off or negated, a position held."""
    plain = words.strip(" .,;:!?")
    return (
        fold(words).strip(" :") in heading_kinds()
        or bool(_LANGUAGE_GRADE.search(words))
        or bool(_GERUND_START.match(words))
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


def _suggest(part: str, start: int, linker: SkillLinker) -> _Found | None:
    end = start + len(part)
    if linker.ranker is not None:
        ranked = linker.ranker.rank([part], 1, "worldhire")[0]
        if ranked and ranked[0].score >= RANKER_SUGGEST:
            confidence = ranked[0].score * RANKER_DISCOUNT
            if ranked[0].score >= RANKER_LINK:
                confidence = max(confidence, REVIEW_BELOW)
            return _Found(ranked[0].concept_id, start, end, confidence)
    if _clause_like(part):
        return None
    return _Found(None, start, end, 1.0, label=part)


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
