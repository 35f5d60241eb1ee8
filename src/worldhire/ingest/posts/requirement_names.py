"""The skills a requirement item names, found by the literal matcher and decided one per span.

Names are found in the whole post at once (labels and aliases on word boundaries), without the
everyday words of the post's language, lower-case homonyms of tools' proper names ("at the helm
of") and currencies ("Php 38k"); an inflected tool name ("Pythona", "Dockera") by its stem; a list
under a head ("large language models: fine-tuning, RAG and evaluation") by the composed name the
taxonomy knows ("LLM fine-tuning", "LLM evaluation"). Where several concepts share the words
("OCR", "performance tuning"), the semantic ranker decides when the linker has one, else the
concept whose own label shares the words, else the link is flagged for review. Job titles, a
compound's broad half, a kind beside its instance and an acronym spelled out as something else
name nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from worldhire.ingest.lexicon.stopwords import STOPWORDS
from worldhire.ingest.posts.words import CHOICE_AFTER, OR_WORDS, pattern, spoken_language_names
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.language import detect_language
from worldhire.ingest.shared.pay import is_currency_of_amount
from worldhire.skills.linker import SkillLinker, names_a_product
from worldhire.skills.literal import CONTAINED_FACTOR, LiteralHit
from worldhire.skills.literal_rules import common_words
from worldhire.skills.taxonomy import NameEntry
from worldhire.skills.text import name_key, tokenize

REVIEW_BELOW = 0.75  # a link less sure than this is a nice-to-have to review
CONFIDENCE_INFLECTED = 0.85
CONFIDENCE_COMPOSED = 0.9
CONFIDENCE_LANGUAGE = 0.9
CONFIDENCE_LABEL_RULE = 0.8  # a shared name given to the concept whose own label has its words
CONFIDENCE_AMBIGUOUS = 0.5
RANKER_DISCOUNT = 0.85  # how much of a semantic ranker's score a link keeps
# Names never span a parenthesis or a list: "LLM (fine-tuning" is two things.
_CROSSES = re.compile(r"[():;,]")
_SUFFIXES = ("ach", "ami", "ów", "em", "om", "ie", "ul", "ului", "ом", "ою", "а", "у", "і",
             "a", "u", "y", "e", "i")  # fmt: skip
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
class Found:
    concept_id: str | None
    start: int  # offsets in the item
    end: int
    confidence: float
    label: str = ""


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


def post_hits(text: str, linker: SkillLinker) -> list[LiteralHit]:
    """The literal names in a whole post, without its language's everyday words, lower-case
    homonyms of tools' proper names and currencies."""
    local = _function_words(text)
    hits = [h for h in linker.literal.hits(text) if text[h.start : h.end] not in local]
    hits = _without_lower_case_homonyms(text, hits, linker)
    # ("Php 38k–45k/month" is Philippine pesos, not PHP)
    return [h for h in hits if not is_currency_of_amount(text, (h.start, h.end))]


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


def named(text: str, every: list[LiteralHit], linker: SkillLinker) -> list[Found]:
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
    found: list[Found] = []
    for start, end in sorted(spans):
        here = [h for h in hits if (h.start, h.end) == (start, end)]
        found.append(_decide(text, here, linker))
    found = _lettered_names(text, found)
    found = _composed(text, found, linker)
    found = _one_per_compound(text, found, linker)
    found = [_named_in_full(text, f, found, linker) for f in found]
    found = _modifiers_of_a_shared_model(text, found, linker)
    found = [_discipline_of_engineering(text, f, linker) for f in found]
    found = _without_purposes(text, found, linker)
    found = [f for f in found if not _names_a_team(text, f, linker)]
    found = [_services_apis(text, f) for f in found]
    found = _without_kinds_of_a_name(text, found)
    found += _spoken_languages(text, found, linker)
    return sorted(found, key=lambda f: f.start)


def _lettered_names(text: str, found: list[Found]) -> list[Found]:
    """A name followed by one capital letter ("Erlang C", a call centre's staffing formula) is
    one name of its own, in the post's words: neither the language the letter is ("C", "R")
    nor the name before it."""
    out = list(found)
    for name, letter in pairwise(found):
        if (letter.end - letter.start == 1 and text[letter.start].isupper()
                and name.end + 1 == letter.start and text[name.end] == " "
                and not re.match(r"[\w+#-]", text[letter.end : letter.end + 1])
                and name in out and letter in out):  # fmt: skip
            out[out.index(name)] = Found(
                None, name.start, letter.end, 1.0, label=text[name.start : letter.end]
            )
            out.remove(letter)
    return out


def _one_per_compound(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """Two names of skills written as one compound ("ML algorithms", "cloud data platform"):
    the words name one thing, the head qualified by the other name, which neither concept is
    on its own. Only one link stays: the narrower concept (more concepts above it in the
    taxonomy: "ML algorithms" are machine learning, not software programming), else the last
    name, the head of an English compound ("cloud data platform" is a data platform, not cloud
    computing). Only a bare common noun is dropped so ("algorithms", "cloud"): a name of its
    own stays ("GPU performance tuning" is GPU work and performance engineering), a product's
    name always stays ("Excel VBA"; a platform written as a common noun, "cloud", is none), and
    a kind beside its instance is left to `without_named_category` ("Java programming")."""
    taxonomy = linker.taxonomy

    def generic(f: Found) -> bool:  # (a platform written as a common noun: "cloud")
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
        if GERUND_START.match(text[first.start : last.end]):
            continue  # "coaching agents": a verb and what it is done to, two things
        above_first = taxonomy.ancestors(first.concept_id or "")
        above_last = taxonomy.ancestors(last.concept_id or "")
        if first.concept_id in above_last or last.concept_id in above_first:
            continue
        broad = last if len(above_first) > len(above_last) else first
        if re.fullmatch(r"[^\W\d_A-Z]+", text[broad.start : broad.end]):
            dropped.add(id(broad))  # (a name of its own stays: "GPU performance tuning")
    return [f for f in found if id(f) not in dropped]


# "credit risk or fraud modelling", "churn and pricing models": two modifiers of one generic
# noun, written once after the last of them.
_SHARED_MODEL = re.compile(r"\s+(?:or|and|&|and/or)\s+$", re.IGNORECASE)
_MODEL_HEAD = re.compile(r"\s(model|models|modelling|modeling)$", re.IGNORECASE)


def _modifiers_of_a_shared_model(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """A lower-case name joined by "or"/"and" to a name that ends in "model(s)"/"modelling"
    ("credit risk or fraud modelling") is a modifier of that noun, not a skill of its own: it
    links as the whole phrase ("credit risk modelling") where the taxonomy has it, else it stays
    in its own words; its own link ("credit risk": assessing mortgage risk) names another
    thing."""
    names = linker.taxonomy.names()
    out = list(found)
    for first, last in pairwise(sorted(found, key=lambda f: f.start)):
        head = _MODEL_HEAD.search(text[last.start : last.end])
        words = text[first.start : first.end]
        if (
            head is None or first.concept_id is None or not words.islower()
            or _MODEL_HEAD.search(words)
            or not _SHARED_MODEL.fullmatch(text[first.end : last.start])
            or names_a_product(linker.taxonomy.concept(first.concept_id))
        ):  # fmt: skip
            continue
        whole = next((e[0].concept_id for noun in (head.group(1), "modelling", "modeling")
                      if (e := names.get(name_key(f"{words} {noun}")))), None)  # fmt: skip
        out[out.index(first)] = (
            Found(whole, first.start, first.end, CONFIDENCE_COMPOSED) if whole
            else Found(None, first.start, first.end, 1.0, label=words)
        )  # fmt: skip
    return out


_ENGINEERING = re.compile(r"\s+engineering\b", re.IGNORECASE)


def _discipline_of_engineering(text: str, f: Found, linker: SkillLinker) -> Found:
    """A field's name in words before "engineering" ("analytics engineering", "Analytics
    Engineering") names a discipline of its own, not the field ("analytics": data analysis):
    where the taxonomy does not know the discipline, it is kept in the post's words. (Those it
    knows, "data engineering", are found whole; an acronym or a product's name stays.)"""
    words = text[f.start : f.end]
    after = _ENGINEERING.match(text, f.end)
    if (
        after is None or f.concept_id is None or not re.fullmatch(r"[^\W\d_]+", words)
        or words.isupper() or names_a_product(linker.taxonomy.concept(f.concept_id))
    ):  # fmt: skip
        return f
    return Found(None, f.start, after.end(), 1.0, label=text[f.start : after.end()])


# The service an API serves, in a lower-case word before it ("payment APIs") or after "de"
# ("APIs de pagamento", "API de paiement"); and what shows them to be other parties' APIs:
# a name of a provider before that word ("GCash and Maya payment APIs"), a bracket of names
# after ("(Pix, Cielo, boleto)"), or their integration ("integrating payment APIs").
_SERVICE_BEFORE = re.compile(r"(?<![\w-])([^\W\d_A-Z]{3,})\s+$")
_SERVICE_AFTER = re.compile(r"\s+(?:de|do|da|di|del|d')\s*([^\W\d_A-Z]{3,})\b")
# (a capitalised word after another word: a name, not the item's first word, "Building")
_PROVIDER_BEFORE = re.compile(r"\w\s+[A-Z][\w-]*\s+$")
_PROVIDERS_AFTER = re.compile(r"\s*\(\s*[A-Z]")
_INTEGRATING = re.compile(r"\b(?:integrat|int[eé]gr|integra[çcr])", re.IGNORECASE)
_EVERY_STOPWORD = frozenset(w for words in STOPWORDS.values() for w in words)


def _services_apis(text: str, f: Found) -> Found:
    """APIs named by the service they serve and shown to be other parties' ("Experience with
    GCash and Maya payment APIs", "APIs de pagamento (Pix, Cielo)", "integrating shipping
    APIs"): using those services, kept in the post's words, not building APIs (API
    development); "building public APIs" still is."""
    if f.concept_id is None or not re.fullmatch(r"APIs?", text[f.start : f.end]):
        return f
    before = _SERVICE_BEFORE.search(text[: f.start])
    after = _SERVICE_AFTER.match(text, f.end)
    if after is not None and after.group(1) not in _EVERY_STOPWORD:
        start, end = f.start, after.end()
    elif before is not None and before.group(1) not in _EVERY_STOPWORD:
        start, end = before.start(1), f.end
    else:
        return f
    if not (
        _PROVIDER_BEFORE.search(text[:start]) or _PROVIDERS_AFTER.match(text, end)
        or _INTEGRATING.search(text[:start])
    ):  # fmt: skip
        return f
    return Found(None, start, end, 1.0, label=text[start:end])


# "or other" and up to three words of the kind before what the kind names ("Stripe or other
# card payment APIs", "AWS u otras nubes", "Jira lub innych narzędzi").
_OR_OTHER = re.compile(
    rf"\b(?:{OR_WORDS})\s+(?:other|otr[oa]s?|outr[oa]s?|autres?|inn(?:e|ych|ego|ymi)|"
    r"інш(?:і|их|ого|ими)|andere[nmrs]?|alte)\s+(?:[^\W\d_][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)


def _without_kinds_of_a_name(text: str, found: list[Found]) -> list[Found]:
    """The kind of a name offered after "or other" ("M-Pesa or other mobile money APIs") asks
    for that name or one like it, not for the kind as a skill of its own."""
    kinds = set()
    for f in found:
        other = _OR_OTHER.search(text[: f.start])
        if other is not None and any(g.end <= other.start() for g in found if g is not f):
            kinds.add(id(f))
    return [f for f in found if id(f) not in kinds]


# What joins a practice to the field it serves: "data modelling for analytics".
_FOR = re.compile(r"\s+(?:for|para|pour)\s+", re.IGNORECASE)


def _without_purposes(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """A field's one-word name in lower case right after a named practice and "for"
    ("dimensional data modelling for analytics", "SQL for reporting") says what the practice
    serves, not a second skill asked for."""
    ordered = sorted(found, key=lambda f: f.start)
    served = {
        id(last) for first, last in pairwise(ordered)
        if first.concept_id is not None and last.concept_id is not None
        and _FOR.fullmatch(text[first.end : last.start])
        and re.fullmatch(r"[^\W\d_A-Z]+", text[last.start : last.end])
        and not names_a_product(linker.taxonomy.concept(last.concept_id))
    }  # fmt: skip
    return [f for f in found if id(f) not in served]


# A team of the company named after its field: "the data engineering team", "our ML squad",
# "junto al equipo de ingeniería de datos", "avec l'équipe data science", "z zespołem data
# science"; the words before the field's name, and after it.
_TEAM_BEFORE = re.compile(
    r"(?:\b(?:al|el|del|o|do|com o|ao|l'|notre|nuestro|nosso)\s*"
    r"(?:equipo|equipe|équipe|time|squad)|\bz\s+zespo[lł]em|\bз\s+командою)"
    r"(?:\s+(?:de|da|do|du))?\s*$",
    re.IGNORECASE,
)
_TEAM_AFTER = re.compile(r"\s+(?:team|teams|squad|squads)\b", re.IGNORECASE)
_OUR_OR_THE = re.compile(r"\b(?:the|our|your)\s+$", re.IGNORECASE)


def _names_a_team(text: str, f: Found, linker: SkillLinker) -> bool:
    """A field's name (not a product's) that names a team of the company the hire works with
    ("the data engineering team", "junto al equipo de ingeniería de datos"): a team, not a
    skill asked for."""
    if f.concept_id is None or names_a_product(linker.taxonomy.concept(f.concept_id)):
        return False
    if _TEAM_BEFORE.search(text[: f.start]):
        return True
    return bool(_TEAM_AFTER.match(text, f.end) and _OUR_OR_THE.search(text[: f.start]))


def _named_in_full(text: str, f: Found, found: list[Found], linker: SkillLinker) -> Found:
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
    return Found(None, begin, f.end, 1.0, label=text[begin : f.end])


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


def without_named_category(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
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
        if _introduces_a_choice(text, f, found, linker):
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


# What separates the names of a list offered as a choice ("Airflow, Dagster o Prefect").
_CHOICE_GAP = re.compile(rf"\s*(?:,|/|,?\s*(?:{OR_WORDS})\s)\s*", re.IGNORECASE)


# What may stand between a category word and the names it introduces: a colon, or a dash set
# apart by spaces ("cloud – AWS or Azure"; "e-commerce" is one word).
_CATEGORY_MARK = re.compile(r"\s*:\s*|\s+[–—-]\s+")
# A noun of a kind of product after the category word, then the colon ("accounting packages:
# QuickBooks, Sage 300 or SUN Systems", "BI tools: Power BI or Tableau"): the text itself says the
# names are instances of the category.
_KIND_NOUN_MARK = re.compile(
    r"\s+(?:packages?|software|tools?|systems?|platforms?|programs?|programmes?|applications?|"
    r"apps?|suites?|solutions?)\s*:\s*",
    re.IGNORECASE,
)


def _introduces_a_choice(text: str, f: Found, found: list[Found], linker: SkillLinker) -> bool:
    """A category word (one or two words, not a name) right before a list of names offered as
    a choice asks for one of the names: "Algún orquestador: Airflow, Dagster o Prefect",
    "Cloud : AWS ou Azure", "Cloud: AWS, GCP, Azure any one", "any one cloud – AWS or Azure",
    "database PostgreSQL/MySQL", "accounting packages: QuickBooks, Sage 300 or SUN Systems". A
    word kept in free text needs the colon or the dash; a linked one must be a category (its label
    in lower case: "Python: pandas or Polars" still asks for Python) above every linked name."""
    words = text[f.start : f.end]
    if len(words.split()) > 2 or not words[1:].islower():
        return False
    kind_noun = _KIND_NOUN_MARK.match(text[f.end :])
    colon = _CATEGORY_MARK.match(text[f.end :]) or kind_noun
    if f.concept_id is None and colon is None:
        return False
    position = f.end + (colon.end() if colon else len(text[f.end :]) - len(text[f.end :].lstrip()))
    chain: list[Found] = []
    for g in sorted((g for g in found if g.start >= position), key=lambda g: g.start):
        gap = text[position : g.start]
        if (gap if not chain else None) or (chain and not _CHOICE_GAP.fullmatch(gap)):
            break
        chain.append(g)
        position = g.end
    # The text says the names are of the kind, a name the taxonomy lacks between them too
    # ("accounting packages: MYOB, Pastel Evolution or Xero"): one linked name is enough.
    if kind_noun and chain and f.concept_id is not None:
        return True
    joined = text[chain[0].start : chain[-1].end] if chain else ""
    offered = "/" in joined or re.search(rf"\b(?:{OR_WORDS})\b", joined, re.I)
    if len(chain) < 2 or not (offered or CHOICE_AFTER.match(text[chain[-1].end :])):
        return False
    if f.concept_id is None or kind_noun:
        return True
    if not linker.taxonomy.get(f.concept_id).label.islower():
        return False
    linked = [g.concept_id for g in chain if g.concept_id]
    return bool(linked) and all(_stands_above(f.concept_id, g, linker) for g in linked)


def _stands_above(category: str, concept_id: str, linker: SkillLinker) -> bool:
    """Whether `category` is above `concept_id` in the taxonomy, or is the ESCO concept that
    a concept above it stands for (esco:database above PostgreSQL, through wh:databases)."""
    taxonomy = linker.taxonomy
    above = taxonomy.ancestors(concept_id)
    return category in above or any(category in taxonomy.esco_targets(a) for a in above)


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


# "In the position of", before the post one held ("na stanowisku kierownika budowy", "на
# посаді аналітика даних", "au poste de chef de projet"): what follows is a job title.
_POSITION_OF = re.compile(
    r"(?:\bna stanowisku|\bна посаді|\b(?:в|на) должности|\bpe postul de|\bau poste d[e']|"
    r"\bno cargo de|\ben el (?:puesto|cargo) de|\bin the (?:role|position) of)\s*$",
    re.IGNORECASE,
)


def _part_of_title(text: str, start: int, end: int) -> bool:
    """"ML" in "3+ years as an ML Engineer", "Data Scientist": job titles, not skills."""
    if _POSITION_OF.search(text[:start]):
        return True
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
# acronym written in lower case; so does another party's possessive ("sites that change their
# html": the sites' markup, not a skill of the hire's).
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|their|its|le|la|les|el|los|las|o|os|um|uma|un|une|il|lo|der|die|das)"
    r"\s+$",
    re.IGNORECASE,
)


def _everyday_not_acronym(text: str, hit: LiteralHit, linker: SkillLinker) -> bool:
    words = text[hit.start : hit.end]
    return (
        " " not in words and words in common_words()
        and bool(_ARTICLE_BEFORE.search(text[max(0, hit.start - 7) : hit.start]))
        and _acronym_in_lower(words, name_key(words), linker, hit.concept_id)
    )


def _decide(text: str, hits: list[LiteralHit], linker: SkillLinker) -> Found:
    """One concept for a span several concepts name ("OCR": optical character recognition or
    object detection?)."""
    start, end = hits[0].start, hits[0].end
    ids = list(dict.fromkeys(h.concept_id for h in hits))
    best = max(hits, key=lambda h: h.score)
    if len(ids) == 1:
        return Found(best.concept_id, start, end, best.score)
    if linker.ranker is not None:
        ranked = linker.ranker.rank([text], 20, "worldhire")[0]
        scores = {r.concept_id: r.score for r in ranked if r.concept_id in ids}
        if scores:
            winner = max(scores, key=lambda c: scores[c])
            sure = scores[winner] * RANKER_DISCOUNT + (1 - RANKER_DISCOUNT)
            return Found(winner, start, end, min(best.score, sure))
    by_label = _by_own_label(text[start:end], ids, linker)
    if by_label is not None:
        return Found(by_label, start, end, min(best.score, CONFIDENCE_LABEL_RULE))
    if _facets(ids, linker):
        # "AWS Lambda" is AWS and cloud functions at once: either link is true.
        return Found(best.concept_id, start, end, best.score)
    return Found(best.concept_id, start, end, CONFIDENCE_AMBIGUOUS)


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


def _composed(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
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
    for w_start, w_end in list_parts(text, head_end, len(text)):
        composed = _compose(text[w_start:w_end], prefixes, names)
        if composed is None:
            continue
        listed = [f for f in listed if not (w_start <= f.start < w_end)]
        listed.append(Found(composed, w_start, w_end, CONFIDENCE_COMPOSED))
    return out + listed


def _head_end(text: str) -> int | None:
    """Where the list of a "head: a, b and c" or "head (a, b, c)" item starts."""
    colon = re.search(r":\s+\S", text)
    if colon:
        return colon.start() + 1
    paren = text.find("(")
    return paren + 1 if paren > 0 else None


def list_parts(text: str, begin: int, end: int) -> list[tuple[int, int]]:
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


def _spoken_languages(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """A spoken language the item asks for ("Inglés B2", "angielski na poziomie min. B2"). One
    the taxonomy lacks is kept in the item's words where the item lists languages ("English,
    Yoruba or Pidgin is an advantage"); alone its name may be a people's ("Filipino citizens")."""
    taken = {f.concept_id for f in found}
    named = list(_language_names(fold(text)))
    listed = len({language for _, language in named}) > 1
    out: list[Found] = []
    for match, language in named:
        if any(f.start <= match.start() < f.end for f in found + out):
            continue
        skill = linker.taxonomy.resolve(language, min_similarity=1.0)
        if skill is None:
            if listed:
                out.append(Found(None, match.start(), match.end(), CONFIDENCE_LANGUAGE,
                                 label=text[match.start() : match.end()]))
            continue
        if skill.id in taken:
            continue
        taken.add(skill.id)
        out.append(Found(skill.id, match.start(), match.end(), CONFIDENCE_LANGUAGE))
    return out


def spoken_language_starts(text: str) -> list[int]:
    """Where an item names a spoken language ("mile widziany angielski na poziomie B1"): the
    words of welcome before it govern it as they govern a tool's name."""
    return [match.start() for match, _ in _language_names(fold(text))]


def _language_names(folded: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each spoken language's name in a folded text, with the language's English name; "from
    Poland" ("z Polski") and "Latin America" are places."""
    for name, language in spoken_language_names().items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            if _PLACE_NOT_LANGUAGE.search(folded[: match.start()]) or re.match(
                r"\s+americ", folded[match.end() :]
            ):
                continue
            yield match, language


# A preposition of origin before a language's name makes it a country ("z Polski", "din
# România", "з України").
_PLACE_NOT_LANGUAGE = re.compile(r"(?:^|\s)(?:from|z|ze|з|із|din|desde)\s+$")


# A gerund opens an activity, not a name ("shipping ranking", "building pipelines"); a Spanish
# or Portuguese one is an activity alone too ("Experiencia diseñando", "construindo").
GERUND_START = re.compile(r"^[a-z]+ing\s|^[a-zà-ÿ]+(?:ando|iendo|endo|indo)(?:\s|$)")
