"""The requirements of a bulleted item that no name covers, kept in the post's own words ("Kafka o
Kinesis", "dados de saúde e LGPD") or, with a semantic ranker, linked by its suggestion when it
is sure enough; and a list part about a noun its only link does not name ("analytics
engineering", "engenharia de analytics"), kept in its own words. Only short parts of a list
count: a clause, a grade, a trait of character, a position held or a phrase cut off is no name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from worldhire.ingest.lexicon.hours import ABBREVIATIONS as ZONE_ABBREVIATIONS
from worldhire.ingest.lexicon.mobility import NATIONALITIES
from worldhire.ingest.lexicon.non_skill_words import TRAIT_WORDS
from worldhire.ingest.lexicon.requirement_markers import JURISDICTION_WORDS, LAW_NOUNS
from worldhire.ingest.lexicon.role_nouns import ROLE_NOUNS
from worldhire.ingest.posts.fields import strip_years
from worldhire.ingest.posts.headings import heading_kinds
from worldhire.ingest.posts.places import countries_in
from worldhire.ingest.posts.requirement_names import (
    GERUND_START,
    RANKER_DISCOUNT,
    REVIEW_BELOW,
    Found,
    list_parts,
)
from worldhire.ingest.posts.words import CHOICE_AFTER, OR_WORDS, pattern, spoken_language_names
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.linker import SkillLinker, names_a_product
from worldhire.skills.literal_rules import CASE_ENDINGS, MIN_STEM, common_words

RANKER_LINK = 0.9  # a semantic suggestion this sure links a phrase the names do not cover
RANKER_SUGGEST = 0.6  # below this a suggestion is dropped and the phrase stays free text
MAX_FREE_TEXT_WORDS = 4
# A language's grade, with or without the word for level ("B2", "C1 level", "nivel B2").
_CEFR = re.compile(
    r"^(?:(?:level|niveau|nivel|n[ií]vel|poziom|livello|nivelul|рівень|уровень|seviye)\s+)?"
    r"[ABC][12]\+?(?:\s+(?:level|niveau|nivel|seviye|seviyesi))?$",
    re.IGNORECASE,
)
# A perk listed among the requirements ("Pick & drop facility", "night shift allowance"): what the
# employer provides, in the words South Asian and Gulf posts use for it.
_PERK_END = re.compile(r"\b(?:facility|facilities|allowance|allowances)$", re.IGNORECASE)
# Words that qualify a requirement ("B2 or higher", "or similar") rather than name one.
_NOT_A_SKILL = re.compile(
    r"^(?:higher|above|better|superior|similar|equivalent|more|plus|mais|más|wyżej|więcej|вище|"
    r"більше|mai mult|superieur|plus eleve|hoher|daruber|cao hon|lebih tinggi|etc|others?)$"
)
# An awarding body's acronym and the level of its qualification ("AAT Level 3", "NVQ Level 2").
_BODY_LEVEL = re.compile(r"[A-Z]{2,6}\s+Level\s+\d{1,2}")
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


# The word for a product's module ("SAP (módulo WM)", "the MM and SD modules"): in brackets after
# the product it says which part of it the work uses, no requirement of its own; after a
# module's name it is the kind of thing the name is, no part of the name.
_MODULE_WORD = re.compile(
    r"\s*(?:modules?|módulos?|modulos?|moduł\w*|moduli|modulul)\b", re.IGNORECASE
)
_MODULE_END = re.compile(r"\s+(?:modules?|módulos|modulos|moduły|moduli)$", re.IGNORECASE)


def _parts_outside_brackets(text: str) -> list[tuple[int, int]]:
    """The parts of a list, with what brackets hold left inside its part ("Python (pandas,
    numpy), SQL" has two)."""
    outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    return list_parts(outside, 0, len(outside))


def unnamed(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
    """Phrases of a bulleted list the names do not cover ("Kafka o Kinesis", "dados de saúde e
    LGPD", "(Docker, CI, monitoring)"), kept in their own words; or, with a semantic ranker, its
    suggestion when it is sure enough. Only short parts of a list count: a clause ("and kept
    them running") is not a skill; nor is any part of a perk ("Pick & drop facility")."""
    if _PERK_END.search(text.strip(" .;:!?")):
        return []
    # ("Paystack, Flutterwave, Interswitch any one": the words that make the list a choice
    # are no part of its last name)
    core = strip_years(text)
    for choice in CHOICE_AFTER.finditer(core):
        start, end = choice.span("words")
        core = core[:start] + " " * (end - start) + core[end:]
    lists: list[list[tuple[int, int]]] = []
    lists.append(_parts_outside_brackets(core))
    for paren in re.finditer(r"\(([^()]*)\)", core):
        if not _EXAMPLES.search(paren.group(1)) and not _MODULE_WORD.match(paren.group(1)):
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
        # In brackets beside a known name, a capitalised everyday word is a name as well
        # ("(Kimball, slowly changing dimensions)"); with none ("(Fluent, Written)") it is not.
        beside_a_name = in_paren and any(
            f.start < b and a < f.end for a, b in cleaned for f in found
        )
        # Offered instead of a product ("Outreach or Mixmax"), a capitalised everyday word
        # names a product too.
        names = [p for p in cleaned if _a_product(text, p, found)]
        or_list = any(re.search(rf"\b(?:{OR_WORDS})\b", fold(text[b:c]))
                      for (_, b), (c, _) in pairwise(cleaned))  # fmt: skip
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
            if in_paren and lone and not name_like(text[a:b]):
                continue  # "(¡de verdad que ayuda!)" is an aside, "(PySpark)" a name
            if in_paren and not name_like(text[a:b]):
                continue  # "(drift, latencia)": what a task involves, not names
            offered = or_list and any(p != (a, b) for p in names)
            if not _skill_like(text[a:b], single=lone or beside_a_name or offered) or _not_a_name(
                text[a:b]
            ):
                continue
            if _COPULA.match(text[a:b]):
                continue  # "we are async-first": a clause about the team, not a skill
            suggested = _suggest(text[a:b], a, linker)
            if suggested is not None:
                out.append(suggested)
    return out


def _a_product(text: str, part: tuple[int, int], found: list[Found]) -> bool:
    """A list part that names a product: a name found in it, or one capitalised word that is
    no everyday word ("Mixmax")."""
    a, b = part
    words = text[a:b]
    return any(f.start < b and a < f.end for f in found) or (
        len(words.split()) == 1 and words[:1].isupper() and words.lower() not in common_words()
    )


# An acronym the experience is of ("6 months of BPO experience", "2 years of WFM experience"),
# of three letters or more: two ("IT experience") name a whole trade, no skill.
_ACRONYM_EXPERIENCE = re.compile(r"\b([A-Z]{3,6})\s+(?:experience|background)\b")


def acronym_experience(text: str, found: list[Found]) -> list[Found]:
    """The acronyms `text` asks experience of that no name in `found` covers, though the
    sentence runs too long to be read as a list of names. A place ("UAE experience") asks for
    no skill."""
    out = []
    for match in _ACRONYM_EXPERIENCE.finditer(text):
        start, end = match.span(1)
        acronym = match.group(1)
        if any(f.start < end and start < f.end for f in found) or countries_in(acronym):
            continue
        out.append(Found(None, start, end, 1.0, label=acronym))
    return out


# A people's adjective ("Ugandan", "Pakistani", "Philippine") or a jurisdiction's word right
# before a requirement's words.
_JURISDICTION_BEFORE = re.compile(
    r"(?:(?<!\w)(?i:"
    + "|".join(sorted((*NATIONALITIES, *JURISDICTION_WORDS), key=len, reverse=True))
    + r")|\b[A-Z][a-z]+(?:an|ese|ish|ine|i))\s+$"
)
_LAW_END = re.compile(rf"(?<!\w)(?:{'|'.join(LAW_NOUNS)})$", re.IGNORECASE)


def with_jurisdiction(text: str, found: list[Found]) -> list[Found]:
    """A body of law the taxonomy knows, widened to the country or level of government named
    before it ("Nigerian tax laws", "local tax laws"): the requirement is that country's law,
    not the practice anywhere."""
    out = []
    for f in found:
        before = _JURISDICTION_BEFORE.search(text, max(0, f.start - 30), f.start)
        if f.concept_id is not None and before and _LAW_END.search(text[f.start : f.end]):
            f = replace(f, start=before.start())
        out.append(f)
    return out


# A modifier's link before ("analytics engineering") or after ("engenharia de analytics") the
# noun the phrase is about.
_HEAD_AFTER = re.compile(r"\s+([^\W\d_]+)\s*$")
# A noun of a kind of work, which a modifier narrows to a discipline of its own ("analytics
# engineering", "signal processing"), unlike a noun of having the skill ("experience",
# "knowledge", "skills", "background").
_GERUND_NOUN = re.compile(r"[a-z]{3,}ing$")
_HEAD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+)\s+(?:de|do|da|des|du|di|of)\s+$")


def heads_not_named(text: str, found: list[Found], linker: SkillLinker) -> list[Found]:
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


# Two modifiers of one noun joined by "and", the noun written once before them ("Testes
# unitários e de integração", "Cierres mensuales y anuales", "testy jednostkowe i integracyjne",
# "Tests unitaires et d'intégration", "Cuentas a pagar y a cobrar"): the second half is a bare
# modifier, a word after a preposition or one that agrees with the first half's last word.
_AND_BETWEEN = re.compile(r"\s+(?:and|y|e|i|et|und|și|si|та|і|й)\s+", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"(?:(?:de|a|à|do|da|di|du|des)\s+|d['’])[^\W\d_]+")
MAX_SHARED_HEAD_WORDS = 6


def shared_heads(text: str, found: list[Found]) -> list[Found]:
    """A list part whose noun two modifiers share ("Testes unitários e de integração") as one
    requirement in its own words, in place of the link of its first half ("Testes unitários":
    software testing) and the bare modifier read as a name of its own ("integração")."""
    out = list(found)
    parts = _parts_outside_brackets(text)
    for (start, b), (c, d) in pairwise(parts):
        a = (_part(text, start, b) or (start, b))[0]
        first, second = text[a:b].split(), text[c:d]
        if not (_AND_BETWEEN.fullmatch(text, b, c) and len(first) >= 2
                and len(first) <= MAX_SHARED_HEAD_WORDS // 2
                and len(first) + len(second.split()) <= MAX_SHARED_HEAD_WORDS
                and not _spoken_language_in(text[a:b])
                and first[-1].islower() and _bare_modifier(first[-1], second)
                and not any(f.concept_id and c <= f.start < d for f in out)
                and not any(a <= f.start < b and _product_like(text[f.start : f.end])
                            for f in out)):  # fmt: skip
            continue  # ("SQL avanzado y modelado": the name of a product keeps its link)
        out = [f for f in out if not (a <= f.start and f.end <= d)]
        out.append(Found(None, a, d, 1.0, label=text[a:d]))
    return _modifiers_before_and(text, out)


# After a lone modifier, "and" or "or" and the phrase whose noun it shares, in lower case
# ("offline and online evaluation", "inbound and outbound freight planning").
_SHARED_AFTER = re.compile(r"\s+(?:and|or)\s+(?!(?:a|an|the)\s)(?=[a-z][\w-]*(?:\s+[a-z][\w-]*)+)")
# A list before the word ("emergency, outpatient or critical care"): the word is a member.
_LISTED_BEFORE = re.compile(r"[,;]\s*$")


def _modifiers_before_and(text: str, found: list[Found]) -> list[Found]:
    """A lone lower-case word in free text before "and" and a phrase of lower-case words
    modifies the phrase's noun ("offline and online evaluation"): no name of its own. It joins
    the phrase where the phrase is free text too; a phrase linked keeps its link alone. A word
    that ends a list, or one before "a clear communicator", is a member of its own."""
    out = list(found)
    for lone in found:
        word = text[lone.start : lone.end]
        shared = _SHARED_AFTER.match(text, lone.end)
        if (lone.concept_id is not None or not word.isalpha() or not word.islower()
                or not shared or _LISTED_BEFORE.search(text, 0, lone.start)):  # fmt: skip
            continue
        out.remove(lone)
        for head in [f for f in out if f.start == shared.end() and f.concept_id is None]:
            out.remove(head)
            out.append(Found(None, lone.start, head.end, 1.0, label=text[lone.start : head.end]))
    return out


def _product_like(words: str) -> bool:
    """Written as a product's name: a capital past the first letter ("SQL", "Power BI")."""
    return any(c.isupper() for c in words[1:])


def _bare_modifier(last: str, words: str) -> bool:
    """`words` modify the noun `last` qualifies: a word after a preposition ("de integração"),
    or one lower-case word with `last`'s ending, as an adjective agrees ("mensuales y anuales",
    "jednostkowe i integracyjne")."""
    if _AFTER_PREPOSITION.fullmatch(words):
        return True
    return (re.fullmatch(r"[^\W\d_]{4,}", words) is not None and words.islower()
            and len(last) >= 4 and words[-1] == last[-1])  # fmt: skip


# How well a language is spoken ("Fluent written", "Castellano nativo", "Anglais courant"): the
# language is the requirement, these words only grade it.
_LANGUAGE_GRADE = re.compile(
    r"\b(?:fluent|fluently|native|written|spoken|nativo|nativa|fluido|fluida|fluente|courant|"
    r"bilingue|bilingual|fließend|biegł\w*|płynn\w*|вільн\w*|fluent[ăa]|pasif|aktif|"
    # "Inglés leído y escrito", "inglês, falado e escrito", "in Wort und Schrift"
    r"escrit[oa]|falad[oa]|hablad[oa]|le[ií]d[oa]|oral|scritt[oa]|parlat[oa]|écrit|"
    r"wort|schrift|pisemn\w*|ustn\w*|письмов\w*|усн\w*|"
    # "w mowie i piśmie", "scris și vorbit", "lisan dan tulisan"
    r"mowie|pi[sś]mie|scris[ăa]?|vorbit[ăa]?|lisan|tulisan)\b",
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


# The statements and clauses of SQL ("SQL (SELECT, JOIN)", "LEFT JOIN", "GROUP BY"): what the
# query language is used for, part of knowing SQL, no requirement of their own. (Its advanced
# constructs are asked for beside it: "SQL avançado (CTEs, funções de janela)".)
_SQL_STATEMENT = re.compile(
    r"(?:(?:inner|left|right|full|outer|cross)\s+)*(?:select|insert|update|delete|joins?|where|"
    r"group\s+by|order\s+by|having|union(?:\s+all)?|merge|upsert|truncate|"
    r"(?:create|alter|drop)(?:\s+table)?)(?:\s+(?:quer(?:y|ies)|statements?|clauses?))?",
    re.IGNORECASE,
)


def _not_a_name(words: str) -> bool:
    """Free text that cannot be a requirement's name: a section's label typed at the head of a
    bullet ("✔️ Deseable: AWS"), a language's grade, an activity, a trait of character
    ("samodzielność", "Teliti"), a phrase cut off or negated, a position held, a statement of
    SQL."""
    plain = words.strip(" .,;:!?")
    return (
        fold(words).strip(" :") in heading_kinds()
        or bool(_SQL_STATEMENT.fullmatch(plain))
        or bool(_LANGUAGE_GRADE.search(words))
        or bool(GERUND_START.match(words))
        or _trait(fold(plain))
        or _a_person(plain)
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


def _a_person(words: str) -> bool:
    """A person the hire works with, declined ("з продактом і дизайнером", "z kierownikiem i
    projektantem"): the part's last word a role noun with a case ending, which names whom, not
    what, the hire must know."""
    last = words.split()[-1].lower() if words.split() else ""
    return any(
        last.endswith(ending)
        and len(last) - len(ending) >= MIN_STEM
        and fold(last[: -len(ending)] + base) in _role_words()
        for ending, base in CASE_ENDINGS
    )


# Role nouns shorter than this decline into other words ("auditoría interna" is no intern).
DECLINED_ROLE_MIN = 7


@cache
def _role_words() -> frozenset[str]:
    return frozenset(fold(t) for t in ROLE_NOUNS if " " not in t and len(t) >= DECLINED_ROLE_MIN)


def _spoken_language_in(words: str) -> bool:
    """Whether a phrase names a spoken language ("berbahasa Inggris", "English (written)")."""
    folded = " ".join(re.findall(r"[^\W\d_]+", fold(words)))
    # (a name of several words may close a longer word: "berbahasa Inggris")
    return any(
        f" {n} " in f" {folded} " or (" " in n and n in folded) for n in spoken_language_names()
    )


def name_like(words: str) -> bool:
    return len(words.split()) <= 2 and (words[:1].isupper() or sum(c.isupper() for c in words) > 1)


# A word that says a licence or registration is in force ("COREN-SP ativo", "Registro CRC
# vigente", "Active PRC license") or a body's qualification held ("ACCA qualified", "ACCA
# qualification"): the hire holds the thing it names, which is the requirement.
_IN_FORCE = re.compile(
    r"^(?:valid|active|current)\s+(?=.*\b(?:licen[cs]e|registration|permit)\b)|"
    r"\s+(?:ativ[oa]s?|activ[oa]s?|vigentes?|v[aá]lid[oa]s?|valides?|en cours de validit[eé]|"
    r"g[uü]ltig(?:e|er|es)?|aktif|berlaku|valabil[aă]?|aktualn[aey]|ważn[aey]|чинн(?:ий|а|е)|"
    r"дійсн(?:ий|а|е)|còn hiệu lực)$|"
    # "ACCA qualified", "CIPD certified", "ACCA qualification": the body's qualification
    r"(?-i:(?<=[A-Z]))\s+(?:qualified|certified|qualification|certification)$",
    re.IGNORECASE,
)


def _part(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A list part without its leading filler ("experiência com", "znajomość") and without a
    word that says the licence it names is in force."""
    words = _strip_filler(text[start:end])
    words = _IN_FORCE.sub("", words).strip() if words else words
    words = _MODULE_END.sub("", words) if words else words
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
    if _BODY_LEVEL.fullmatch(words.strip()):
        return True  # "AAT Level 3", "CIPD Level 5": an awarding body's qualification
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
    # German and Italian articles ("Eine strukturierte", "Die Bereitschaft", "Il gestionale")
    r"ein|eine|einen|einem|einer|eines|der|die|das|den|dem|il|lo|gli|uno|una|"
    # a modal opens what the hire can or will do ("Can start ASAP", "Willing to travel")
    r"can|could|will|willing|able|ready|must|should|available|puede|pode|możesz|może)\b"
    r"(?!/)",  # "A/B tests" opens with a name
    re.IGNORECASE,
)


def _clause_like(words: str) -> bool:
    """Free text that reads as a clause, not a name: it opens like one, or it runs to three or
    more words with no acronym first and no capital, digit or symbol after its first word
    ("Comfort with ambiguity", "деплою моделей на edge-пристрої"). Kept as a requirement it
    would be invented."""
    tokens = words.split()
    if _CLAUSE_START.match(words):
        return True
    # (a capital opens a sentence, so the first word counts only as an acronym: "API de paiement")
    named = any(re.search(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ0-9+#.]", t) for t in tokens[1:]) or bool(
        re.match(r"[A-Z]{2,}\b", words)
    )
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
