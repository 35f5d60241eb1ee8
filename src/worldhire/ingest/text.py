"""Bytes to clean text: encoding detection, binary-junk refusal, and removal of hostile characters.

Decoding order: a BOM (UTF-8, UTF-32, UTF-16), then strict UTF-8, then BOM-less UTF-16 (every other
byte NUL), then charset-normalizer. charset-normalizer cannot tell Windows-1252 (Western) from
Windows-1250 (Central European) on a short text, so between those two we decide ourselves: cp1252
unless its reading puts symbols such as ³ ¹ ¿ º inside words, which is how Polish or Romanian text
saved as cp1250 looks when read as cp1252 ("Bucureºti", "Wiœniewski").
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from worldhire.ingest import limits
from worldhire.ingest.errors import TextEncodingError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls other than tab, newline, carriage return, form feed; plus DEL.
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_BYTE_SHARE = 0.01
_DETECTION_SAMPLE_BYTES = 64 * 1024
# Latin single-byte code pages charset-normalizer may propose for Western or Central European text.
_LATIN_FAMILY = frozenset(
    [
        "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_4",
        "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
        "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp775", "cp850", "cp852",
        "cp857", "cp858", "hp_roman8",
    ]
)  # fmt: skip
# Characters that cp1252 yields for Central European letters and that real words do not contain.
_CP1252_MISREAD = frozenset(
    [
        "ª",
        "º",
        "³",
        "¹",
        "²",
        "¿",
        "£",
        "¥",
        "¦",
        "¬",
        "±",
        "µ",
        "¼",
        "½",
        "¾",
        "¤",
        "Œ",
        "œ",
        "Ÿ",
        "Þ",
        "þ",
        "Ð",
        "ð",
        "¯",
        "¨",
        "´",
        "¸",
        "§",
    ]
)

# Invisible characters that reorder or hide text (bidi overrides, zero-width joiners, BOMs).
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u00ad]"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Digits of the scripts people of the hiring regions write in ("مارس ٢٠٢١", "ม.ค. ๒๕๖๕", "२०२१"),
# and the Arabic thousands and decimal marks ("٢٥٬٠٠٠", "٣٫٥"), read as the ASCII digits and
# marks every date, phone and pay reader expects; one character for one, so spans hold.
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0,
)  # fmt: skip
_ASCII_DIGITS = {zero + n: str(n) for zero in _DIGIT_ZEROS for n in range(10)}
_ASCII_DIGITS |= {0x066C: ",", 0x066B: "."}
_OTHER_DIGIT = re.compile("[" + "".join(map(chr, _ASCII_DIGITS)) + "]")


def decode_text(data: bytes) -> str:
    """Decode bytes that should be text; raise TextEncodingError for binary data or no encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise TextEncodingError(
                    f"text starts with a {encoding} BOM but is not {encoding}"
                ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_share(text.encode("utf-8")) > _MAX_CONTROL_BYTE_SHARE:
            raise TextEncodingError("binary data, not text (control characters throughout)")
        return text
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if _control_share(data) > _MAX_CONTROL_BYTE_SHARE:
        raise TextEncodingError("binary data, not text (control characters throughout)")
    return _detect_legacy(data)


def _control_share(data: bytes) -> float:
    sample = data[:_DETECTION_SAMPLE_BYTES]
    if not sample:
        return 0.0
    return sum(1 for b in sample if b in _CONTROL_BYTES) / len(sample)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    sample = data[: _DETECTION_SAMPLE_BYTES - _DETECTION_SAMPLE_BYTES % 2]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    encoding = None
    if odd_nuls > 0.6 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.6 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect_legacy(data: bytes) -> str:
    matches = from_bytes(data[:_DETECTION_SAMPLE_BYTES])
    best = matches.best()
    if best is None:
        raise TextEncodingError("undecodable text: no character encoding fits these bytes")
    encoding = best.encoding
    if encoding in _LATIN_FAMILY:
        encoding = _western_or_central(data)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TextEncodingError(f"undecodable text: bytes are not valid {encoding}") from exc


def _western_or_central(data: bytes) -> str:
    western = data.decode("cp1252", errors="replace")
    if not _misread_inside_words(western):
        return "cp1252" if "\ufffd" not in western else "latin_1"
    central = data.decode("cp1250", errors="replace")
    return "cp1250" if not _misread_inside_words(central) else "cp1252"


def _misread_inside_words(text: str) -> bool:
    for i, ch in enumerate(text):
        if ch in _CP1252_MISREAD:
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalpha() or after.isalpha():
                return True
    return False


def _sara_am(text: str) -> str:
    """NFKC splits Thai and Lao SARA AM into NIKHAHIT and SARA AA ("จำกัด" -> "จํากัด"); typed
    text, the taxonomy and people's searches all write the one letter."""
    return text.replace("\u0e4d\u0e32", "\u0e33").replace("\u0ecd\u0eb2", "\u0eb3")


def clean_text(text: str) -> str:
    """Normalise and defang text: NFKC, no control/bidi/zero-width characters, bounded lines."""
    text = text[: limits.MAX_TEXT_CHARS * 2]
    plain = text.isascii()  # NFKC and the invisible characters leave ASCII as it is
    if plain and text.isprintable():
        # One line of printable ASCII (most fields of a bulk load): no control, tab or line
        # break to handle, and the only spaces to fold are runs of " ". Two scans in C instead
        # of two regex passes over every character; a text without two spaces in a row has
        # no run to fold (a regex pass over it was a tenth of a bulk row's reading).
        if " " in text:
            text = unspaced_letters(text)
            if "  " in text:
                text = _SPACES.sub(" ", text)
        return text.strip()[: limits.MAX_LINE_CHARS].strip()[: limits.MAX_TEXT_CHARS]
    if not plain:
        text = unicodedata.normalize("NFKC", text)
        if "\u0e4d\u0e32" in text or "\u0ecd\u0eb2" in text:
            text = _sara_am(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if not plain:
        text = _INVISIBLE.sub("", text)
        if _OTHER_DIGIT.search(text):
            text = text.translate(_ASCII_DIGITS)
        if _PRIVATE_USE.search(text):
            text = _PRIVATE_USE.sub(_icon_mark, text)
    if plain or text.isascii():
        # The only ASCII characters in the dropped categories are the controls: one regex pass
        # instead of a category lookup per character (most of a bulk load's time).
        text = _ASCII_CONTROLS.sub("", text)
    else:
        text = "".join(
            ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in _DROP_CATEGORIES
        )
    if "\n" not in text:  # a field: the loop below, for one line
        return _SPACES.sub(" ", unspaced_letters(text)).strip()[: limits.MAX_LINE_CHARS].strip()[
            : limits.MAX_TEXT_CHARS]
    lines = []
    for line in text.split("\n"):
        if " " in line:
            line = unspaced_letters(line)
        line = _SPACES.sub(" ", line).strip()
        lines.append(line[: limits.MAX_LINE_CHARS])
    cleaned = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return cleaned[: limits.MAX_TEXT_CHARS]


# Icon fonts (Font Awesome in Canva, awesome-cv and many Word templates; Word's Symbol and
# Wingdings bullets) put their glyphs in the private-use area. An icon between two contact items
# is the only thing that parts them ("\uf095 +48 600... \uf0e0 jan@..."): it reads as a separator.
# An icon at the start of a line marks a bullet or an item and goes; a Symbol-font bullet
# (\uf0b7, \uf0a7, \uf076, \uf0d8, \uf0fc, \uf0a8) stays a bullet.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]+")
_SYMBOL_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8")
_SEPARATOR_BEFORE = frozenset("|·•:,;/-–—([")


def _icon_mark(match: re.Match[str]) -> str:
    text, index = match.string, match.start() - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    if index < 0 or text[index] == "\n":
        return "• " if match.group(0)[0] in _SYMBOL_BULLETS else ""
    after = text[match.end() :].split("\n", 1)[0]
    if not after.strip():  # an icon that ends its line parts nothing
        return ""
    return " " if text[index] in _SEPARATOR_BEFORE else " | "


# A line of letter-spaced words ("E X P E R I E N C E", "W O R K   E X P E R I E N C E"), as
# Canva and many Word templates set headings: single letters (4+ in all) one space apart, words
# further apart, an optional colon at the end. "C R" or "A B C" stay as they are.
_SPACED_LINE = re.compile(
    r"^[ \t\u00a0]*(?=(?:[^\W\d_][ \t\u00a0]+){3}[^\W\d_])[^\W\d_](?:[ \t\u00a0]+[^\W\d_])*"
    r"[ \t\u00a0]*:?[ \t\u00a0]*$"
)
_WORD_GAP = re.compile(r"[ \t\u00a0]{2,}")


def is_letter_spaced(line: str) -> bool:
    return bool(_SPACED_LINE.match(line))


def unspaced_letters(line: str) -> str:
    """A letter-spaced line as the words a reader sees: "W O R K   E X P E R I E N C E" ->
    "WORK EXPERIENCE". Words are told apart by wider gaps (two spaces or more); a line whose
    gaps are all single spaces is one word ("S K I L L S" -> "SKILLS")."""
    if not _SPACED_LINE.match(line):
        return line
    words = ["".join(word.split()) for word in _WORD_GAP.split(line.strip())]
    return " ".join(word for word in words if word)


# Control, format (bidi marks), surrogates, private use, unassigned.
_DROP_CATEGORIES = frozenset(["Cc", "Cf", "Cs", "Co", "Cn"])
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_field(value: str, max_chars: int = 500) -> str:
    """A one-line field (a name, a title): cleaned text with newlines folded to spaces."""
    return " ".join(clean_text(value).split())[:max_chars]


def readable_share(text: str) -> float:
    """Share of characters that are letters, digits, punctuation or spaces (for junk detection).
    Combining marks are letters' parts: Bengali, Devanagari or Thai words are one in three marks
    ("সিনিয়র"), so a Bengali résumé is not junk."""
    if not text:
        return 1.0
    good = sum(
        1 for ch in text if ch.isalnum() or ch.isspace() or unicodedata.category(ch)[0] in "PSM"
    )
    return good / len(text)
