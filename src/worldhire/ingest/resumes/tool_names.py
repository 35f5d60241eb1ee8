"""Tools a sentence names that no taxonomy holds, read from how tools' names are written.

A duty line names the tools of a trade the taxonomy cannot list in full: "schedule patients in
Dentrix", "push rates to OTAs through SiteMinder", "ELDs (Omnitracs and PeopleNet)", "raising
tickets in Remedy on Huawei U2020", "Azure OpenAI and Azure AI Search". A reader credits each as
a skill because of its shape and its place, not because they know the product:
- its shape: a word with capitals inside ("SiteMinder", "iTero", "BERTopic", "eFiling"), a word
  of letters and digits ("Care2x", "MT940", "Gen2") or a web name ("Booking.com");
- its place: right after a word that introduces a tool ("in Redmine", "through SiteMinder"),
  in a list or pair beside another tool ("Agoda, Booking.com and Expedia", "(KoboToolbox,
  Stata)"), in brackets after a common noun ("digital x-rays (Dexis)"), or after a vendor whose
  products the taxonomy names by its name ("Azure AI Search", "Oracle Financials").
A capitalised word that is an everyday English word ("Sales", "Customer Service"), a place, a
month, a spoken language or an employer is none of these, and neither is a bare acronym
("KYC", "NOC": too many are organisations and departments).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from worldhire.core.texts import fold
from worldhire.ingest.resumes.skill_lists import ListedName, not_a_name
from worldhire.ingest.resumes.title_words import has_title_word
from worldhire.ingest.shared.geo import resolve_place
from worldhire.skills.literal_rules import (
    PRODUCT_KINDS,
    TOOL_PREPOSITIONS,
    common_words,
    not_english,
)
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.text import name_key, sentence_starts, tokenize

# A word of a name: letters and digits, with inner dots, hyphens, slashes and plus signs
# ("Booking.com", "Vistral-7B", "CPR/BLS", "Notepad++").
_WORD = re.compile(r"(?<![\w@/.])[^\W_](?:[\w.+#/-]*[\w+#])?(?![\w@])")
# Capitals inside a word: "SiteMinder", "iTero", "eFiling", "BERTopic", "IDeaS"; not a
# surname's "McCarthy" / "MacLeod" / "DeSouza" (two letters, then a capital).
_INNER_CAPITAL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Le|La|Van|Von)[A-Z])"
                            r"(?:[a-z][A-Za-z]*[A-Z]|[A-Z]+[a-z]+[A-Z]|[A-Z]{2,}[a-z]{2,})")
# "Care2x", "MT940", "Gen2", "Vistral-7B", "GPT-4o"; not a reference ("RO-DEV-118", "Aug-2021").
_LETTERS_AND_DIGITS = re.compile(
    r"^[A-Za-z](?=.*\d)(?=(?:.*[A-Za-z]){2})[A-Za-z0-9.]*(?:-\d+[A-Za-z]{1,2})?$")
_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
_WEB_NAME = re.compile(r"^[A-Z][A-Za-z0-9]+\.(?:com|io|ai|net|org|co)$")
# A quarter, a half, a fiscal year, a pandemic, a visa class: letters and digits, no product.
_NO_PRODUCT = re.compile(r"^(?:q[1-4]|h[12]|fy\d{2,4}|covid-?19|h-?1b|\w{1,2}\d{1,2}[kmb]?)$",
                         re.IGNORECASE)
# What joins the items of a list of names, or a pair: "A, B and C", "A/B", "A + B", "A or B".
_JOIN = re.compile(r"^\s*(?:,|\band\b|&|\+|/|\bor\b|,\s*and\b)\s*$")
MAX_NAME_WORDS = 4
MIN_SHAPED_CHARS = 4
# Words after which a tool's name follows ("in Redmine", "through SiteMinder"), and those that
# still do with "the" between ("via the Daraja API"; "in the" and "on the" introduce places,
# teams and contracts as often: "on the Airtel contract").
# ... and in the hiring regions' languages, where the word introduces only a tool: "quản lý
# pipeline ứng viên trên Bullhorn", "hạch toán bằng MISA", "input pesanan pakai Jubelio",
# "éléments de paie sous Pixid". Not the words that also introduce an employer or a client
# ("dengan", "con", "com", "avec", "prin": "bekerja dengan Unilever", "trabajé con Telefónica"),
# nor German "mit", where every noun is capitalised ("mit Kunden").
_TOOL_WORDS = TOOL_PREPOSITIONS | frozenset({
    "trên", "bằng", "dùng", "pakai", "menggunakan", "sous", "mediante", "usando",
})  # fmt: skip
_TOOL_WORDS_THE = frozenset({"using", "via", "through"})
MIN_VENDOR_PRODUCTS = 3
_NO_VENDOR_KINDS = frozenset({"language", "framework", "model family"})


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    words: tuple[str, ...]


def tool_names(
    text: str, linked: list[tuple[int, int]], taxonomy: Taxonomy, employers: Iterable[str] = ()
) -> list[ListedName]:
    """The names of tools `text` writes as tools are written (module docstring), that no
    linked span (`linked`: the taxonomy's names found in the text) already covers."""
    vendors = vendor_names(taxonomy)
    common = common_words()
    runs = _runs(text, linked, vendors, common)
    if not runs:
        return []
    refused = [f" {name_key(e)} " for e in employers if e]
    runs = [r for r in runs if not _acronyms_only(r) and _may_be_a_name(r, refused)]
    starts = sentence_starts(text)
    accepted: list[_Run] = []
    for run in runs:
        if fold(run.words[0]) in vendors:
            if len(run.words) > 1 and (
                any(fold(w) not in common or _acronym(w) for w in run.words[1:])
                or _in_a_tools_place(text, run, linked, common, starts)
            ):
                accepted.append(run)  # "Azure AI Search", "with Azure Service Bus"
        elif _shaped(run, common) or (not _opens_sentence(text, run) and (
            _after_tool_word(text, run, common, starts)
            or _in_brackets_after_noun(text, run, common)
            or (_new_word(run, common) and _beside_a_tool(text, run, linked))
        )):
            accepted.append(run)
    # A list's other items: "on Agoda, Booking.com and Expedia" (the web name makes the list).
    for run in runs:
        if (run not in accepted and _new_word(run, common) and not _opens_sentence(text, run)
                and any(_joined(text, run, other) for other in accepted)):
            accepted.append(run)
    return [ListedName(start, r.end, text[start : r.end])
            for r in sorted(accepted, key=lambda r: r.start)
            for start in [_start_with_maker(text, r, linked, taxonomy)]]


def _runs(
    text: str, linked: list[tuple[int, int]], vendors: frozenset[str], common: frozenset[str]
) -> list[_Run]:
    """Runs of capitalised or name-shaped words on one line, up to MAX_NAME_WORDS long, that
    no linked name covers: a linked name splits a run ("Fine-tuned Vistral-7B"), except in a
    run a vendor's name opens ("Azure AI Search", "Oracle Financials"); an everyday word that
    opens a run is a sentence's first word ("Trained YOLOv8", "The IndoBERT"), not the name's."""
    out: list[_Run] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and fold(current[0].group()) in common and (
            fold(current[0].group()) not in vendors
        ):
            current.pop(0)
        if current and len(current) <= MAX_NAME_WORDS:
            out.append(_Run(current[0].start(), current[-1].end(),
                            tuple(m.group() for m in current)))
        current.clear()

    for m in _WORD.finditer(text):
        word = m.group()
        if not (word[0].isupper() or _INNER_CAPITAL.match(word)):
            close()
            continue
        covering = max((b - a for a, b in linked if a <= m.start() and m.end() <= b), default=0)
        vendor = fold(word) in vendors and covering <= len(word)
        led = bool(current) and fold(current[0].group()) in vendors
        if covering and not vendor and not led:
            close()  # a linked name: the taxonomy's, not a tool of the person's words
            continue
        if not (current and text[current[-1].end() : m.start()] == " "):
            close()
        current.append(m)
    close()
    return out


def _start_with_maker(
    text: str, run: _Run, linked: list[tuple[int, int]], taxonomy: Taxonomy
) -> int:
    """Where a product's name starts, with its maker's: one capitalised word the taxonomy
    names, right before it ("Cisco Viptela", "SAS Viya"), is part of the product's name, as a
    reader quotes it. A language's or a framework's name before a library is not ("Python
    Django"), nor a sentence's first word ("Fine-tuned Vistral-7B")."""
    for a, b in linked:
        word = text[a:b]
        if (b + 1 == run.start and text[b] == " " and word[:1].isupper() and " " not in word
                and fold(word) not in taxonomy.derived(_library_owners)
                and not _opens_sentence(text, _Run(a, b, (word,)))):
            return a
    return run.start


def _may_be_a_name(run: _Run, employers: list[str]) -> bool:
    """No place, month, language, title or employer ("Bollore Transport" of "Bollore Transport
    & Logistics Kenya Ltd")."""
    name = " ".join(run.words)
    key = f" {name_key(name)} "
    return not (not_a_name(name, len(run.words)) or any(key in e for e in employers)
                or has_title_word(name) or resolve_place(name, bare_town=True) is not None)


def _acronyms_only(run: _Run) -> bool:
    """A bare acronym ("KYC", "NOC", "FCMB"): as often a department or an organisation as a
    tool."""
    return all(_acronym(w) for w in run.words)


def _acronym(word: str) -> bool:
    """Capitals only, or capitals and a plural s ("KPIs", "PMs")."""
    return bool(_ACRONYM.match(word))


def _shaped(run: _Run, common: frozenset[str]) -> bool:
    """A word only a product's name has: capitals inside, letters with digits, a web name."""
    for word in run.words:
        if fold(word) in common or _NO_PRODUCT.match(word):
            continue
        if (len(word) >= MIN_SHAPED_CHARS and _INNER_CAPITAL.match(word)) or _WEB_NAME.match(word):
            return True  # not a unit ("kV", "MHz")
        if _LETTERS_AND_DIGITS.match(word):
            return True
    return False


def _opens_sentence(text: str, run: _Run) -> bool:
    """The run is a line's or a sentence's first word ("Propensity and churn models",
    "Duties: Recieving and checking"), capitalised for that alone."""
    before = text[text.rfind("\n", 0, run.start) + 1 : run.start].rstrip(" \t•·▪*-–")
    return not before or before[-1] in ".:;!?"


def _new_word(run: _Run, common: frozenset[str]) -> bool:
    """The run opens with a word that is no everyday English word ("Redmine", "Dentrix")."""
    return fold(run.words[0]) not in common and run.words[0].isalpha()


def _in_a_tools_place(
    text: str, run: _Run, linked: list[tuple[int, int]], common: frozenset[str],
    starts: list[int],
) -> bool:
    """A vendor's word and everyday words ("Azure Service Bus", "Google Test") where a tool is
    named: after a word that introduces one, beside a linked tool, in brackets after a common
    noun. Elsewhere they name a team or an event ("at Google Research")."""
    return not _opens_sentence(text, run) and (
        _after_tool_word(text, run, common, starts, vendor=True)
        or _beside_a_tool(text, run, linked)
        or _in_brackets_after_noun(text, run, common, vendor=True))


def _after_tool_word(
    text: str, run: _Run, common: frozenset[str], starts: list[int], vendor: bool = False
) -> bool:
    """'in Redmine', 'through SiteMinder', 'with Netmiko', 'via the Daraja API': a word that
    introduces a tool. `starts`: the text's sentence starts, read once for all its runs;
    `vendor`: the run opens with a vendor's word, an everyday word that names a maker."""
    new = vendor or _new_word(run, common)
    before = text[max(0, run.start - 16) : run.start].split()
    if before[-1:] == ["the"] and before[-2:-1] and before[-2] in _TOOL_WORDS_THE:
        return new
    if not before or before[-1] not in _TOOL_WORDS or not new:
        return False
    # Italian "stage in Prometeia", "laureata in Ingegneria Matematica"
    return before[-1] not in TOOL_PREPOSITIONS or not _sentence_not_english(
        text, run, common, starts)


def _sentence_not_english(
    text: str, run: _Run, common: frozenset[str], starts: list[int]
) -> bool:
    """Whether the sentence around the run is in another language than English, where an
    English preposition's letters are that language's word ("in" introduces an employer or a
    field of study in Italian, as "en" and "con" do elsewhere). Capitalised words are names or
    a sentence's first word and say no language."""
    at = bisect_right(starts, run.start)
    end = starts[at] if at < len(starts) else len(text)
    said = [t for t in tokenize(text[starts[at - 1] : end]) if t.raw.isalpha()]
    return not_english(said, common, lambda t: t.raw[:1].isupper())


def _in_brackets_after_noun(
    text: str, run: _Run, common: frozenset[str], vendor: bool = False
) -> bool:
    """'(Dexis)' after 'digital x-rays', '(Sunsynk, Deye)' after 'inverters': a bracket that
    names the thing a common noun before it is. After a capitalised name the bracket says more
    about that name ("Daraz (Alibaba Group)")."""
    opened = text.rfind("(", 0, run.start)
    if opened < 0 or ")" in text[opened : run.start] or "\n" in text[opened : run.start]:
        return False
    if text.find(")", run.end) < 0:
        return False
    before = text[:opened].split()
    return bool(before) and before[-1][:1].islower() and (vendor or _new_word(run, common))


def _beside_a_tool(text: str, run: _Run, linked: list[tuple[int, int]]) -> bool:
    """The run is an item of a list or pair whose next or previous item is a linked name."""
    for a, b in linked:
        if b <= run.start and _JOIN.match(text[b : run.start]):
            return True
        if run.end <= a and _JOIN.match(text[run.end : a]):
            return True
    return False


def _joined(text: str, run: _Run, other: _Run) -> bool:
    if other.end <= run.start:
        between = text[other.end : run.start]
    elif run.end <= other.start:
        between = text[run.end : other.start]
    else:
        return False
    return bool(_JOIN.match(between))


def vendor_names(taxonomy: Taxonomy) -> frozenset[str]:
    """Folded words that open MIN_VENDOR_PRODUCTS or more of the taxonomy's product names,
    always capitalised ("Azure", "AWS", "Oracle", "Google", "Apache"): what follows one,
    capitalised, is one of its products. A language's or a framework's name opens names of
    its libraries ("Python Django"), not a vendor's products."""
    return taxonomy.derived(_vendor_names)


def _library_owners(taxonomy: Taxonomy) -> frozenset[str]:
    """Folded names of languages, frameworks and model families: what follows one is a
    library or a model of its own ("Python Django"), not its maker's product."""
    return frozenset(fold(n) for c in taxonomy.extension() if c.kind in _NO_VENDOR_KINDS
                     for n in (c.label, *c.aliases))


def _vendor_names(taxonomy: Taxonomy) -> frozenset[str]:
    opened: dict[str, int] = {}
    lower: set[str] = set()
    for concept in taxonomy.extension():
        if concept.kind not in PRODUCT_KINDS:
            continue
        for name in {concept.label, *concept.aliases}:
            first, *rest = name.split()
            if rest:
                opened[fold(first)] = opened.get(fold(first), 0) + 1
                if not first[0].isupper():
                    lower.add(fold(first))
    return frozenset(w for w, n in opened.items()
                     if n >= MIN_VENDOR_PRODUCTS and len(w) >= 3
                     and w not in lower | taxonomy.derived(_library_owners))
