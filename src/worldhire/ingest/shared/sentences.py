"""Sentences as a reader sees them, with their spans: the unit of evidence and of quotation.

A full stop ends a sentence only when a space and a new sentence follow it. It does not end one
inside a number ("1.2M", "F1 0.93"), after an abbreviation or an initial ("e.g.", "Sr.", "J. Smith",
"Sp. z o.o.", "U.S."), or inside a URL or an e-mail address. A line break ends a sentence where the
line is complete (it ends with punctuation, or the next line is a bullet, a heading or a short
line of its own); a line that merely wrapped (it runs on in lower case, or it fills the width of
the text and the next one continues it) does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending a sentence (lower case, without the dot).
_ABBREVIATIONS = frozenset(
    """
    e.g i.e etc vs approx ca cca no nr nos tel mob fax ref dept est inc ltd ltda co corp llc
    plc pvt pte bhd sdn tbk jsc gmbh ag sa srl sro oo z mr mrs ms dr prof sr jr st ave rd
    blvd ul al os pl mgr inż inz hab lic ing dipl mag bsc msc mba phd ph.d b.sc m.sc b.e
    b.tech m.tech b.a m.a b.s m.s u.s u.k e.u u.s.a jan feb mar apr jun jul aug sep sept oct
    nov dec ene abr ago dic janv févr avr juil sept déc sty lut kwi maj cze lip sie wrz paź
    lis gru fig vol pp ed eds min max avg yr yrs mo mos hr hrs incl excl dept univ inst tech
    assoc asst eng mgmt govt int intl natl dist str nr. tj dll dsb sbb sdr tsb đh tp q ib ii
    iii iv рр гг ok kat
    """.split()  # noqa: SIM905
)
_ENDERS = ".!?…"
_CLOSERS = "\"'”’)]»"
_BULLET = re.compile(r"^\s*(?:[-*•◦▪‣·–—>+●○■□✓✔➢➤►▶❖◆♦→]|\d{1,2}[.)]|[a-z][.)])\s+")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\w+\.(?:com|org|net|io|ai|dev)\b")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, width: int | None = None) -> list[Sentence]:
    """The sentences of `text` in order; each `text` field is the span with inner whitespace
    collapsed (wrapped lines read as one line). `width` is the width the lines wrap at when
    `text` is a part of a longer document (`wrap_width` of its lines): a paragraph of two lines
    is too short to tell its own."""
    out: list[Sentence] = []
    for start, end in _spans(text, width):
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        begin = start + lead
        out.append(Sentence(begin, begin + len(stripped), " ".join(stripped.split())))
    return out


def sentence_at(
    text: str, span: tuple[int, int], limit: int = 240, found: list[Sentence] | None = None
) -> str:
    """The whole sentence that holds `span`, for quoting; long ones are cut at a word around
    the span, never inside a number. `found` is `sentences(text)` when the caller quotes
    several spans of one text (splitting it costs far more than the lookup)."""
    start, end = span
    for sentence in sentences(text) if found is None else found:
        if sentence.start <= start < sentence.end or (start <= sentence.start < end):
            quote = sentence.text
            break
    else:
        quote = " ".join(text[start:end].split())
    if len(quote) <= limit:
        return quote
    return _shorten(quote, " ".join(text[start:end].split()), limit)


def _shorten(quote: str, core: str, limit: int) -> str:
    at = quote.find(core)
    if at < 0:
        at = 0
    left = max(0, min(at - limit // 3, len(quote) - limit))
    window = quote[left : left + limit]
    if left > 0:
        window = "…" + window.split(" ", 1)[-1]
    if left + limit < len(quote):
        window = window.rsplit(" ", 1)[0] + "…"
    return window


def _spans(text: str, width: int | None) -> list[tuple[int, int]]:
    protected = _protected_ranges(text)
    lines = _line_spans(text)
    if width is None:
        width = wrap_width([text[start:end] for start, end in lines])
    cuts: list[int] = []
    for n, (line_start, line_end) in enumerate(lines):
        line = text[line_start:line_end]
        for i, ch in enumerate(line):
            if ch in _ENDERS and _ends_sentence(text, line_start + i, protected):
                cut = line_start + i + 1
                while cut < line_end and text[cut] in _CLOSERS:
                    cut += 1
                cuts.append(cut)
        nxt = text[lines[n + 1][0] : lines[n + 1][1]] if n + 1 < len(lines) else ""
        if not _continues(line, nxt, width):
            cuts.append(line_end)
    spans = []
    begin = 0
    for cut in sorted(set(cuts)):
        if cut > begin:
            spans.append((begin, cut))
            begin = cut
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def wrap_width(lines: list[str]) -> int:
    """The width lines wrap at: the 90th percentile of line lengths (0 for very short texts)."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 4:
        return 0
    return lengths[int(len(lengths) * 0.9) - 1]


def _protected_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URLISH.finditer(text)]


def _ends_sentence(text: str, i: int, protected: list[tuple[int, int]]) -> bool:
    if any(a <= i < b for a, b in protected):
        return False
    after = text[i + 1 :]
    stripped = after.lstrip(_CLOSERS)
    if not stripped or stripped[0] == "\n":
        return True
    if not stripped[0].isspace():
        return False  # "1.2M", "node.js", "U.S.-based"
    rest = stripped.lstrip()
    if not rest:
        return True
    if text[i] != ".":
        return True
    follows = i + 1 + (len(after) - len(rest))
    if any(a == follows for a, _ in protected):
        return True  # "… fluently. amara@example.com": an address or a link starts anew
    if ends_on_abbreviation(text[:i]):
        return False
    return rest[0].isupper() or rest[0].isdigit() or not rest[0].isalpha()


def ends_on_abbreviation(text: str) -> bool:
    """Whether `text` (what stands before a full stop) ends on a word whose dot ends no
    sentence: an abbreviation ("Co", "Sp", "Dr"), an initial ("J", "z o.o") or one spelled with
    inner dots ("u.s", "e.g")."""
    word = re.search(r"([^\s(\[\"']+)$", text)
    token = word.group(1).lower() if word else ""
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith", "z o.o."
    return re.fullmatch(r"(?:[a-z]\.)+[a-z]", token) is not None  # "u.s", "e.g"


def _continues(line: str, nxt: str, width: int) -> bool:
    """Whether `nxt` continues the sentence of `line` (the line only wrapped)."""
    here, there = line.rstrip(), nxt.strip()
    if not here or not there or _BULLET.match(nxt) or there.startswith("#"):
        return False
    wrapped = width > 0 and len(here) >= 0.8 * width
    if here[-1] == ":" and wrapped and there[0].islower():
        return True  # "... siete años. 2021 – actualidad:" / "analista de riesgos en Interbank"
    return runs_on(line, nxt) or (
        not ends_sentence(here) and wrapped and len(there.split()) >= 3
    )


def runs_on(line: str, nxt: str) -> bool:
    """Whether the sentence of `line` surely goes on in `nxt`, however long the lines are: `line`
    ends on a comma, a dash or a word no sentence ends on ("evidența contabilă pentru 25 de
    clienți IMM în" / "Saga C, state de plată în Revisal"), or `nxt` runs on in lower case."""
    here, there = line.rstrip(), nxt.strip()
    if not here or not there or _BULLET.match(nxt) or there.startswith("#") or ends_sentence(here):
        return False
    return (
        there.split()[0].islower() or there[0] in ",;)" or here[-1] in ",-–—(&/"
        or opens_on(here)
    )


def opens_on(line: str) -> bool:
    """The line ends on a word no sentence ends on ("... l'École polytechnique de"): its
    sentence goes on in the next line."""
    return bool(_OPEN_WORD.search(line.rstrip()))


def ends_sentence(line: str) -> bool:
    """The line closes a sentence or a label: its last mark is an ender, a colon or a
    semicolon (a closing bracket or quote after an ender too)."""
    return line[-1] in _ENDERS + ":;" or (
        line[-1] in _CLOSERS and line[:-1].rstrip()[-1:] in _ENDERS
    )


# Words no sentence ends on (articles, prepositions, conjunctions): a line ending on one wrapped,
# whatever case the next line opens in ("аналіз тарифів в" / "Excel.", "pracuję w" / "Allegro").
_OPEN_WORD = re.compile(
    r"(?<![^\W\d_])(?:and|or|of|the|a|an|to|with|for|in|at|by|в|у|з|і|та|и|w|z|i|na|do|od|we|"
    r"de|da|do|en|em|la|le|les|des|du|et|y|e|und|mit|für|von|bei|và|của|tại|di|dan|ke|pada|"
    r"și|cu|pe|din|în)$",
    re.IGNORECASE,
)
