"""Spoken languages and their levels, in a Languages section or anywhere in the text.

Names are read in the ten hiring-region languages and mapped to English names ("inglés",
"angielski", "англійська", "engleză", "tiếng Anh", "Bahasa Inggris" are English). A level is a CEFR
level, an exam score turned into one (IELTS, TOEFL iBT, TOEIC, Cambridge exams), or a level word in
any of the ten languages mapped to native/fluent/professional or to the level word it translates
("biegły" is fluent, "Muttersprache" native, "avansat" advanced, "podstawowy" basic, "giao tiếp"
conversational, "aktif" fluent, "lu, écrit, parlé" fluent). A label that names the level before
a colon gives it too ("Limba maternă: română", "Língua materna: PORTUGUÊS").

In a Languages section every name counts. Elsewhere a name counts only when the text says the
person speaks it: a level next to it ("Other: English C1", "inglés avanzado (C1)"), a speaking
verb or a languages label in the same clause ("I speak English and Swahili fluently", "Idiomas:
español, inglés"), or using it at work ("I work in English daily"), which is weak evidence and
reads as professional working proficiency. "Java" and "Go" are never languages, and
"English-speaking clients" says nothing of the person's English.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import pycountry

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import (
    NOT_LETTER_AFTER,
    alternation,
    first_words,
    lower_keeping_length,
    word_positions,
)
from worldhire.ingest.lexicon import languages as words

_NAME_LOOKUP = {fold(form): name for name, forms in words.NAMES.items() for form in forms}
_NAME_FORMS = [form for forms in words.NAMES.values() for form in forms]
_NAME = re.compile(rf"(?<!\w)(?:{alternation(_NAME_FORMS)}){NOT_LETTER_AFTER}")
_NAME_STARTS = first_words(_NAME_FORMS)
# Two names hyphenated into one pair ("bilingue français-anglais", "bilíngue português-inglês"):
# what is said of the pair is said of both.
_PAIR = "[-‑–]"
_LEVEL_LOOKUP = {fold(k): v for k, v in words.LEVELS.items()}
_BEFORE_ONLY = {fold(k): v for k, v in words.LEVELS_BEFORE.items()}
_LEVEL_WORD = re.compile(rf"(?<!\w)(?:{alternation(words.LEVELS)}){NOT_LETTER_AFTER}")
_GRID_CELLS = 3  # CEFR levels in one text from which it is a self-assessment grid's row
_CEFR = re.compile(r"(?<![\w])([abc][12])(?:\s*[+-])?(?![\w])")
_EXAM = re.compile(
    r"(?P<exam>ielts|toefl(?:\s*ibt)?|toeic)\D{0,20}?(?P<score>\d{1,3}(?:[.,]\d)?)(?!\d)"
    r"|(?P<cambridge>\b(?:cpe|cae|fce|c2 proficiency|c1 advanced|b2 first)\b)"
)
# Language exams by name, scored or not: "JLPT N3", "TOEFL 560" (paper), "HSK 4".
EXAM_NAMES = ("toeic", "toefl", "ielts", "delf", "dalf", "dele", "goethe", "testdaf", "jlpt", "hsk",
              "topik", "celpe")
_EXAM_NAME = re.compile(rf"(?<!\w)(?:{'|'.join(EXAM_NAMES)}|n[1-5])(?!\w)")
_EXAM_WORD = re.compile(r"ielts|toefl|toeic|\bc[ap]e\b|\bfce\b|proficiency|advanced|first")
_CAMBRIDGE = {"cpe": "C2", "c2 proficiency": "C2", "cae": "C1", "c1 advanced": "C1",
              "fce": "B2", "b2 first": "B2"}  # fmt: skip
_SPEAK = re.compile(rf"(?<!\w)(?:{alternation(words.SPEAK_CUES)}){NOT_LETTER_AFTER}")
_WORK = re.compile(rf"(?<!\w)(?:{alternation(words.WORK_CUES)})(?!\w)")
_JOINER = re.compile(rf"\s*(?:,|/|(?:{alternation(words.JOINERS)})(?!\w))\s*|{_PAIR}")
_CLAUSE = re.compile(r"[.;!?\n•|]|\s[-–—]\s(?=[^\d\W])(?![^\n]{0,25}$)")
_ADJECTIVE_USE = re.compile(r"[-‑]\s?(?:speaking|speakers?|language\s+(?:model|clients?))")
# A level written just before a name, after a separator ("English, basic German", "and a little
# French", "and fluent in English") or opening the clause ("basic knowledge of German"): that
# name's own level.
_PRE_LEVEL = (
    rf"(?P<level>{alternation([*words.LEVELS, *words.LEVELS_BEFORE])})"
    rf"(?:\s+(?:{alternation(words.LEVEL_NOUNS)}))?(?:\s+(?:of|in|po))?\s*$"
)
_SEPARATOR = rf"(?:[,;/(]|\s(?:{alternation(words.JOINERS)})(?!\w))\s*"
_LEVEL_AFTER_SEPARATOR = re.compile(_SEPARATOR + _PRE_LEVEL)
_LEVEL_OPENING = re.compile(rf"(?:^|{_SEPARATOR})\s*{_PRE_LEVEL}")
_COMMA_OUTSIDE_BRACKETS = re.compile(r",(?![^(]*\))")
# Thai vowel signs and tone marks are no word characters to `\w`, yet sit inside Thai words
# ("อังกฤษ", English).
_WORD = re.compile(r"[^\W\d_][\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e-]*")
_LOW_SIGNAL_LEVELS = {"A1", "A2"}


@dataclass(frozen=True)
class SpokenLanguage:
    name: str  # English name ("English", "Swahili")
    level: str | None  # A1..C2, native, fluent or professional
    span: tuple[int, int]  # where the name is in the text

    @property
    def label(self) -> str:
        """ "English (C1)", "Polish (native)", "Tagalog"."""
        return f"{self.name} ({self.level})" if self.level else self.name


def language_name(word: str) -> str | None:
    """The English name of a language written in any of the ten languages ("angielski" ->
    "English"); other living languages by their ISO 639 English name. "Java" is None."""
    folded = fold(" ".join(word.split()))
    if folded in _NAME_LOOKUP:
        return _NAME_LOOKUP[folded]
    if len(folded) < 4 or folded in words.NOT_LANGUAGES or folded in _LEVEL_LOOKUP:
        return None
    return _living_languages().get(folded)


@cache
def _living_languages() -> dict[str, str]:
    """ISO 639 names of living languages by their folded form. pycountry also knows ancient and
    constructed ones; people list living ones. A dictionary, because pycountry's own lookup
    scans every language for each word (about 10 ms a miss, most of a résumé's parse time)."""
    return {
        fold(str(language.name)): str(language.name)
        for language in pycountry.languages
        if getattr(language, "type", "L") == "L"
    }


_BELOW_CONVERSATION = frozenset({"basic", "A1", "A2"})


def language_level(text: str) -> str | None:
    """The level a short text states: a CEFR level, a level word, or an exam score."""
    lowered = _joined_level_lists(lower_keeping_length(text))
    exam = _EXAM.search(lowered)
    return _worded_level(lowered) or (_exam_level(exam) if exam else None)


def states_level(text: str) -> bool:
    """Whether a short text gives a language's level or names a language exam taken."""
    return language_level(text) is not None or _EXAM_NAME.search(text.lower()) is not None


_USE = re.compile(rf"(?<!\w)(?:{alternation(words.USE_WORDS)}){NOT_LETTER_AFTER}")


def states_use(text: str) -> bool:
    """Whether a short text gives a language's level, an exam, or what the person does in it
    ("đọc hiểu tài liệu", "reading and writing")."""
    return states_level(text) or _USE.search(text.lower()) is not None


def _scored_only(lowered: str) -> bool:
    """The level of a slice of find_spoken_languages' lowered text is an exam score, no word or
    CEFR level: "(toefl ibt 98)"."""
    return _worded_level(lowered) is None and _EXAM.search(lowered) is not None


def _worded_level(lowered: str) -> str | None:
    grid = [m.group(1).upper() for m in _CEFR.finditer(lowered)]
    if len(grid) >= _GRID_CELLS:
        # A Europass grid row (listening, reading, interaction, production, writing): the level
        # most of its cells give, the lower one on a tie.
        counts = Counter(grid)
        return min(counts, key=lambda level: (-counts[level], level))
    if grid:
        return grid[0]
    # The person's own word wins over a score turned into a level: "courant (TOEIC 905)" is
    # fluent, "avanzado (TOEFL 100)" advanced; a score alone still gives one.
    stated = [
        _LEVEL_LOOKUP[key]
        for match in _LEVEL_WORD.finditer(lowered)
        if (key := fold(" ".join(match.group(0).split()))) in _LEVEL_LOOKUP
    ]
    if "conversational" in stated:
        # "Conversational" names what the person can do; only a lower word beside it changes
        # the level readers record: "giao tiếp cơ bản" (basic conversation) is basic, "giao
        # tiếp tốt" (good conversation) stays conversational.
        return next((level for level in stated if level in _BELOW_CONVERSATION), "conversational")
    return stated[0] if stated else None


def _exam_level(exam: re.Match[str]) -> str | None:
    if exam.group("cambridge"):
        return _CAMBRIDGE[" ".join(exam.group("cambridge").split())]
    score = float(exam.group("score").replace(",", "."))
    kind = exam.group("exam")
    if kind == "ielts":
        bands = ((8.5, "C2"), (7.0, "C1"), (5.5, "B2"), (4.0, "B1"), (0.0, "A2"))
        return next(level for floor, level in bands if score >= floor) if score <= 9 else None
    if kind.startswith("toefl"):  # iBT, ETS's CEFR mapping
        bands = ((114, "C2"), (95, "C1"), (72, "B2"), (42, "B1"), (0, "A2"))
        return next(level for floor, level in bands if score >= floor) if score <= 120 else None
    bands = ((945, "C1"), (785, "B2"), (550, "B1"), (225, "A2"), (0, "A1"))  # TOEIC L+R
    return next(level for floor, level in bands if score >= floor) if score <= 990 else None


def find_spoken_languages(text: str, listed: bool = False) -> list[SpokenLanguage]:
    """Languages the person speaks, each once, in order. `listed`: the text is a Languages
    section, where every name counts; otherwise only names the text says the person speaks."""
    return list(_spoken_languages(text, listed))


# The readers of one résumé ask about the same line many times (is it a languages line, a
# language then its use, a heading's languages); a language read is frozen, so one reading serves.
@lru_cache(maxsize=2048)
def _spoken_languages(text: str, listed: bool) -> tuple[SpokenLanguage, ...]:
    text = text[:20_000]
    lowered = _joined_level_lists(lower_keeping_length(text))
    mentions = _mentions(lowered)
    if listed:
        lowered = _levels_under_names(_WRAPPED_BRACKET.sub(_unwrapped, lowered), mentions)
        mentions = _with_unlisted_names(text, lowered, mentions)
    found: list[SpokenLanguage] = []
    for group in _groups(lowered, mentions):
        previous_end = max((e for _, e, _ in mentions if e <= group[0][0]), default=0)
        shared = _group_level(lowered, group, previous_end)
        # "Znam angielski biegle i rosyjski": joined to a name just stated, after its level
        after_stated = bool(found) and found[-1].span[1] == previous_end and bool(
            _JOINED_AFTER_LEVEL.fullmatch(lowered[previous_end : group[0][0]])
        )
        # "Fluent English and French": a name joined to one with a level is spoken too
        found_in_group = False
        for start, end, name, level_text_end in group:
            before = _level_before(lowered, start, mentions)
            after = _level_after(lowered, end, level_text_end)
            worded = before[0] if before else shared
            if worded and _scored_only(lowered[end:level_text_end]):
                after = None  # "fluent in English (TOEFL iBT 98)": the word, not the score
            own = after or (before[0] if before else None)
            level = own or shared
            # "a little"/"some" before a name is a level, not a statement that they speak it
            weak = before is not None and before[1] and level == before[0] and not shared
            stated = (level and not weak) or found_in_group or after_stated
            if not listed and not stated and not _cued(lowered, start, end):
                continue
            found_in_group = found_in_group or bool(level and not weak)
            if not listed and level is None and _works_in(lowered, start):
                level = "professional"
            named = next((i for i, f in enumerate(found) if f.name == name), None)
            if named is None:
                found.append(SpokenLanguage(name, level, (start, end)))
            elif level and not found[named].level:
                # named first without a level ("communicates in English and Malay"), its level
                # stated later ("English (fluent)"): the language keeps its place, with the level
                found[named] = replace(found[named], level=level)
    if not any(f.name == "English" for f in found):
        exam = _english_exam(lowered)
        if exam is not None:
            found.append(exam)
    return tuple(found)


# "italienisch – grundkenntnisse" / "(a2)": a narrow column wrapped the line before its bracket
_WRAPPED_BRACKET = re.compile(r"\n(?=[ \t]*\([^()\n]{1,20}\)[ \t]*(?:\n|$))")


def _unwrapped(match: re.Match[str]) -> str:
    """A space for the newline before a bracket alone on its line, where the bracket holds a
    level (the spans stay valid); the newline where it does not."""
    bracket = match.string[match.end() :].split("\n", 1)[0]
    return " " if language_level(bracket.strip(" \t()")) else "\n"


def _levels_under_names(lowered: str, mentions: list[tuple[int, int, str]]) -> str:
    """A level on the line under a name that stands alone ("english" / "full professional
    proficiency", as a profile page pastes): joined to its line, so it is that name's level.
    Each joining newline becomes a space, so the spans stay valid."""
    chars = list(lowered)
    starts = sorted(start for start, _, _ in mentions)
    for start, end, _ in mentions:
        line_start = lowered.rfind("\n", 0, start) + 1
        line_end = lowered.find("\n", end)
        alone = not lowered[line_start:start].strip(" \t•·*-") and not lowered[end:line_end].strip()
        if line_end < 0 or not alone:
            continue
        # A name centred in a cell as tall as its levels comes between blank lines ("english"
        # / "" / "listening c1 reading c2 writing c1"): the level is on the next written line.
        below_start = line_end + 1
        while (blank_end := lowered.find("\n", below_start)) >= 0 and not lowered[
            below_start:blank_end
        ].strip():
            below_start = blank_end + 1
        next_end = lowered.find("\n", below_start)
        next_end = len(lowered) if next_end < 0 else next_end
        below = lowered[below_start:next_end]
        named = any(line_end < s < next_end for s in starts)
        if below.strip() and not named and language_level(below):
            for position in range(line_end, below_start):
                if chars[position] == "\n":
                    chars[position] = " "
    return "".join(chars)


# "lu, écrit, parlé" (read, written, spoken): one level written as a list, whose commas would
# otherwise end the level's text after "lu".
_LEVEL_LIST = re.compile(
    r"(?<!\w)(?:lu|écrit|ecrit|parlé|parle)(?:\s*[,/]\s*(?:lu|écrit|ecrit|parlé|parle)){2}(?!\w)"
)


def _joined_level_lists(lowered: str) -> str:
    """The text with each "lu, écrit, parlé" written with single spaces, padded to its length
    (spans stay valid)."""
    def join(match: re.Match[str]) -> str:
        words = " ".join(re.findall(r"\w+", match.group(0)))
        return words.ljust(len(match.group(0)))

    return _LEVEL_LIST.sub(join, lowered) if "lu" in lowered else lowered


def _english_exam(lowered: str) -> SpokenLanguage | None:
    """An English exam with no "English" written near it ("TOEFL iBT 102", "IELTS 7.5")."""
    if not _EXAM_WORD.search(lowered):
        return None
    for exam in _EXAM.finditer(lowered):
        level = _exam_level(exam)
        if level is not None:
            return SpokenLanguage("English", level, exam.span())
    return None


def _mentions(lowered: str) -> list[tuple[int, int, str]]:
    found = []
    floor = 0
    for position in word_positions(lowered, _NAME_STARTS):
        if position < floor:
            continue
        match = _NAME.match(lowered, position)
        if match is None:
            continue
        if _ADJECTIVE_USE.match(lowered, match.end()):
            continue  # "English-speaking clients"
        name = _NAME_LOOKUP.get(fold(" ".join(match.group(0).split())))
        if name is not None:
            found.append((match.start(), match.end(), name))
            floor = match.end()
    return found


def _with_unlisted_names(
    text: str, lowered: str, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """In a Languages section, also names outside the table ("Kinyarwanda"), by ISO 639."""
    taken = [(s, e) for s, e, _ in mentions]
    extra = []
    for match in _WORD.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        # An ISO name is written as a name ("Kinyarwanda"); "lună", "thạo", "saya" are words,
        # unless one stands as an item of the list ("español nativo, quechua, inglés B1").
        item = _list_item(lowered, match.start(), match.end())
        if not match.group(0)[:1].isupper() and not item:
            continue
        name = (language_name(match.group(0)) or words.LISTED_FORMS.get(fold(match.group(0)))
                or (_short_name(match.group(0)) if item == "bracketed" else None))
        if name is not None:
            extra.append((match.start(), match.end(), name))
    return sorted([*mentions, *extra])


# not after "/": "7.500 lei net/lună" is a month
_ITEM_OPENS = re.compile(rf"(?:^|[,;:|•(\n]|\s(?:{alternation(words.JOINERS)}))\s*$")
_ITEM_ENDS = re.compile(rf"\s*(?:$|[,;/|.\n]|\s[-–—]\s|\s(?:{alternation(words.JOINERS)})\s)")
_LEVEL_IN_BRACKETS = re.compile(r"\s*\(([^()]{1,40})\)")


def _list_item(lowered: str, start: int, end: int) -> str:
    """"bracketed" where the word at start:end is a whole item of a list with its level after it
    in brackets ("Ga (conversational)"), "levelled" where the level follows otherwise ("quechua
    básico"), "bare" where it has none ("quechua,"), "" where it is a word among others."""
    if not _ITEM_OPENS.search(lowered, max(0, start - 40), start):
        return ""
    bracket = _LEVEL_IN_BRACKETS.match(lowered, end)
    if bracket is not None and language_level(bracket.group(1)):
        return "bracketed"
    after = _ITEM_ENDS.match(lowered, bracket.end() if bracket else end)
    if after is None:
        rest = _CLAUSE.search(lowered, end)
        return "levelled" if language_level(lowered[end : rest.start() if rest else None]) else ""
    return "bare"


def _short_name(word: str) -> str | None:
    """A language whose ISO 639 name is two or three letters ("Ga", "Ewe"), read only as a
    capitalised list item with its level in brackets: elsewhere such words are mostly other words
    ("en", "day", "Sou bilíngue", "SIO aktif")."""
    folded = fold(word)
    if not word[:1].isupper() or folded in words.NOT_LANGUAGES or folded in _LEVEL_LOOKUP:
        return None
    return _living_languages().get(folded)


def _groups(
    lowered: str, mentions: list[tuple[int, int, str]]
) -> list[list[tuple[int, int, str, int]]]:
    """Mentions joined only by "and", commas or slashes share a level written after the last
    ("English and Swahili fluently"). Each mention carries where its own level text ends: the
    next mention or the end of its clause."""
    groups: list[list[tuple[int, int, str, int]]] = []
    for i, (start, end, name) in enumerate(mentions):
        clause_end = _clause_end(lowered, end)
        next_start = mentions[i + 1][0] if i + 1 < len(mentions) else len(lowered)
        # "English and some Spanish": "some" is Spanish's level, not English's
        ahead = _LEVEL_AFTER_SEPARATOR.search(lowered[end:next_start])
        next_start = end + ahead.start("level") if ahead else next_start
        comma = _COMMA_OUTSIDE_BRACKETS.search(lowered, end)
        comma_at = comma.start() if comma else len(lowered)
        # A name's own level is written before any "and": "English and have basic Japanese"
        # leaves English without one.
        joiner = _AND.search(lowered, end)
        joiner_at = joiner.start() if joiner else len(lowered)
        if _LABELS_VALUE.match(lowered, end):
            # A name that labels its value: all of it up to the clause's end says how well
            # ("Tiếng Anh: đọc hiểu tài liệu, giao tiếp cơ bản", "English: reading and writing,
            # basic conversation").
            comma_at = joiner_at = len(lowered)
        level_end = min(clause_end, next_start, comma_at, joiner_at, end + 60)
        joined = groups and _JOINER.fullmatch(lowered[groups[-1][-1][1] : start]) is not None
        if joined:
            groups[-1].append((start, end, name, level_end))
        else:
            groups.append([(start, end, name, level_end)])
    return groups


_LABELS_VALUE = re.compile(r"[ \t]*:")


def _clause_end(lowered: str, position: int) -> int:
    found = _CLAUSE.search(lowered, position)
    if found is None:
        return len(lowered)
    if found.group(0) == "|" and not lowered[position : found.start()].strip():
        # A name alone in its table cell: its row's cells are its levels ("English | C1 | C2").
        line_end = lowered.find("\n", found.end())
        return line_end if line_end >= 0 else len(lowered)
    if found.group(0).strip() in {"-", "–", "—"}:  # "angielski – biegły": a level follows
        nxt = _CLAUSE.search(lowered, found.end())
        return nxt.start() if nxt else len(lowered)
    return found.start()


def _clause_start(lowered: str, position: int) -> int:
    start = max(lowered.rfind(c, 0, position) for c in ".;!?\n•|")
    return start + 1


def _level_before(
    lowered: str, start: int, mentions: list[tuple[int, int, str]]
) -> tuple[str, bool] | None:
    """The level written just before the name at `start`, and whether it is a word that counts
    only there ("a little", "some"); None when there is none."""
    previous_end = max((e for _, e, _ in mentions if e <= start), default=0)
    clause_start = _clause_start(lowered, start)
    floor = max(previous_end, clause_start, start - 40)
    # the text can open with the level only at a clause's start: "English fluent Polish"
    # gives English its level
    opening = floor == clause_start >= previous_end
    pattern = _LEVEL_OPENING if opening else _LEVEL_AFTER_SEPARATOR
    match = pattern.search(lowered[floor:start])
    if match is None:
        return None
    key = fold(" ".join(match.group("level").split()))
    if key in _BEFORE_ONLY:
        return _BEFORE_ONLY[key], True
    level = _LEVEL_LOOKUP.get(key)
    return (level, False) if level else None


_AND = re.compile(rf"\s+(?:{alternation(words.JOINERS)})\s+")
_ENDS_WITH_JOINER = re.compile(rf"\s(?:{alternation(words.JOINERS)})\s*$")
# A level word or two, then "and": what parts a name just stated from the next one.
_JOINED_AFTER_LEVEL = re.compile(
    rf"\s*(?:{alternation([*words.LEVELS, *words.LEVEL_NOUNS])})(?:\s+[\w-]+)?"
    rf"\s+(?:{alternation(words.JOINERS)})\s+"
)


def _level_after(lowered: str, end: int, level_end: int) -> str | None:
    return language_level(lowered[end:level_end])


def _group_level(
    lowered: str, group: list[tuple[int, int, str, int]], previous_end: int = 0
) -> str | None:
    """A level after the last name of a group, or written before the first ("fluent in
    English and French", "native Polish speaker", "bilingue français-anglais"); `previous_end`:
    where the name before the group ends."""
    last = group[-1]
    after = _level_after(lowered, last[1], last[3])
    if after and not _scored_only(lowered[last[1] : last[3]]):
        # "English, isiZulu, Afrikaans (basic)": a bracket after the last name of a comma list
        # holds that name's own level
        if len(group) > 1 and _BRACKET_AFTER.match(lowered, last[1]) and (
                "," in lowered[group[-2][1] : last[0]]):
            return None
        return after
    first_start = group[0][0]
    first_level = _level_before(lowered, first_start, [(s, e, n) for s, e, n, _ in group])
    if first_level:
        # "Fluent English and French", "basic German and Polish": a level before two names
        # joined by "and" is both names'; "basic German, English" is the first name's own
        between = lowered[group[0][1] : group[1][0]] if len(group) == 2 else ""
        if not first_level[1] and (_AND.fullmatch(between) or re.fullmatch(_PAIR, between)):
            return first_level[0]
        return None
    clause_start = _clause_start(lowered, first_start)
    before = lowered[max(clause_start, first_start - 30) : first_start]
    parts = re.split(r"[,:()]", before)
    words_before = parts[-1]
    # A level after another name and before "and" is that name's: "inglês fluente e changana"
    after_name = previous_end > first_start - len(words_before)
    if words_before.strip() and not (after_name and _ENDS_WITH_JOINER.search(words_before)):
        return language_level(words_before)
    line = lowered[lowered.rfind("\n", 0, first_start) + 1 : first_start]
    # "Limba maternă: română", "Muttersprache: Deutsch", a table row's "Home language | Sesotho"
    label = _LABEL.fullmatch(before) or _LABEL.fullmatch(line)
    if label is not None and language_level(label.group(1)) == "native":
        return "native"
    # "Mother tongue(s): URDU | PUNJABI": the names in the cells of a labelled row share its label
    row = _LABELLED_ROW.fullmatch(line)
    if row is not None and language_level(row.group(1)) == "native":
        return "native"
    return None


_BRACKET_AFTER = re.compile(r"[ \t]*\(")
# A row label before the names: "Língua(s) materna(s): ", "Mother tongue(s) | ".
_LABEL = re.compile(r"\W*([^\W\d][^:|]{2,40}?)\s*[:|]\s*")
# ... and the names before this one in the same row, each in a cell of its own.
_LABELLED_ROW = re.compile(r"\W*([^\W\d][^:|]{2,40}?)\s*:\s*(?:[^\W\d]+(?: [^\W\d]+)?\s*\|\s*)+")


def _cued(lowered: str, start: int, end: int) -> bool:
    clause_start = _clause_start(lowered, start)
    clause_end = _clause_end(lowered, end)
    clause = lowered[clause_start:clause_end]
    return bool(_SPEAK.search(clause)) or _works_in(lowered, start)


def _works_in(lowered: str, start: int) -> bool:
    clause_start = _clause_start(lowered, start)
    return bool(_WORK.search(lowered[clause_start:start]))
