from __future__ import annotations

import contextlib
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest import limits
from worldhire.ingest.errors import TextEncodingError
from worldhire.ingest.text import _icon_mark, clean_text, decode_text, unspaced_letters

SAMPLE = "José Müller — Data Scientist, São Paulo\nExperiência em Python, café e naïve Bayes"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
)
def test_decodes_common_encodings(encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if encoding == "utf-16-le":
        data = SAMPLE.encode("utf-16-le")  # no BOM: detected from the NUL pattern
    assert decode_text(data).lstrip("\ufeff") == SAMPLE


def test_latin1_resume_decodes_as_western() -> None:
    text = "Zoë Brontë\nrésumé, naïve façade, Málaga\nExperiência: 5 anos, São Paulo"
    assert decode_text(text.encode("latin-1")) == text


def test_short_cp1252_text_is_not_read_as_central_european() -> None:
    assert decode_text("Zoë Brontë\nrésumé naïve".encode("cp1252")) == "Zoë Brontë\nrésumé naïve"
    assert "São Paulo" in decode_text("Rafael, São Paulo, Experiência".encode("cp1252"))


@pytest.mark.parametrize(
    "text",
    [
        "Łukasz Wiśniewski\nKraków, Polska\nInżynier uczenia maszynowego, Łódź",
        "Ion Ştefănescu\nBucureşti, România\nInginer de date",
    ],
)
def test_cp1250_text_decodes_as_central_european(text: str) -> None:
    assert decode_text(text.encode("cp1250")) == text


def test_cp1251_cyrillic() -> None:
    text = "Олександр Шевченко\nКиїв, Україна\nІнженер з машинного навчання"
    assert decode_text(text.encode("cp1251")) == text


def test_binary_junk_is_refused() -> None:
    junk = bytes(range(256)) * 20
    with pytest.raises(TextEncodingError, match="binary"):
        decode_text(junk)


def test_bad_bom_is_refused() -> None:
    with pytest.raises(TextEncodingError):
        decode_text(b"\xff\xfe\x00\xd8")  # UTF-16 BOM then a lone surrogate


def test_clean_text_removes_hostile_characters() -> None:
    hostile = "Ja\u202ene\u202c Doe\x00\x07\u200b\ufeff\n\r\nline\x1b[31m"
    cleaned = clean_text(hostile)
    assert cleaned == "Jane Doe\n\nline[31m"


def test_clean_text_bounds_lines_and_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 5_000)
    cleaned = clean_text("x" * 100_000 + "\nshort")
    assert max(len(line) for line in cleaned.split("\n")) <= limits.MAX_LINE_CHARS
    assert len(cleaned) <= 5_000


def test_nfkc_unfolds_pdf_ligatures() -> None:
    assert clean_text("ﬁne-tuning ﬂow") == "fine-tuning flow"


@given(st.text())
def test_clean_text_never_crashes_and_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\x00" not in once and "\u202e" not in once


def cleaned_by_definition(text: str) -> str:
    """clean_text as its docstring defines it, without its shortcuts for ASCII and one line."""
    text = unicodedata.normalize("NFKC", text[: limits.MAX_TEXT_CHARS * 2])
    text = text.replace("\u0e4d\u0e32", "\u0e33").replace("\u0ecd\u0eb2", "\u0eb3")
    text = "".join(_ascii_digit(ch) for ch in text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = re.sub("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb"
                  "\u00ad]", "", text)
    text = re.sub("[\ue000-\uf8ff]+", _icon_mark, text)  # icons: a separator, a bullet or nothing
    text = "".join(ch for ch in text if ch in "\n\t"
                   or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"})
    lines = [re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ",
                    unspaced_letters(line)).strip()[: limits.MAX_LINE_CHARS]
             for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()[: limits.MAX_TEXT_CHARS]


def _ascii_digit(ch: str) -> str:
    if ch in "\u066c\u066b":  # the Arabic thousands and decimal separators
        return "," if ch == "\u066c" else "."
    if ch.isascii() or not unicodedata.name(ch, "").startswith(READ_DIGIT_NAMES):
        return ch
    return str(unicodedata.decimal(ch))


READ_DIGIT_SCRIPTS = (
    "ARABIC-INDIC", "EXTENDED ARABIC-INDIC", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
    "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA LITH", "THAI", "LAO",
    "MYANMAR", "KHMER",
)
READ_DIGIT_NAMES = tuple(f"{script} DIGIT " for script in READ_DIGIT_SCRIPTS)


FIELDISH = st.text(st.sampled_from([*"ab Z9-,.", "\t", "\r", "\n", "\f", "\x0b", "\x1f",
                                    "\x7f", "\u00a0", "\u200b", "é", "ﬁ", "\u2028", "\x85"]))


@given(st.one_of(st.text(), FIELDISH))
def test_clean_text_shortcuts_change_nothing(text: str) -> None:
    assert clean_text(text) == cleaned_by_definition(text)


def test_a_line_cut_at_its_limit_loses_the_space_it_ends_with() -> None:
    text = "x" * (limits.MAX_LINE_CHARS - 1) + " tail"
    assert clean_text(text) == cleaned_by_definition(text) == "x" * (limits.MAX_LINE_CHARS - 1)


@given(st.binary(max_size=2_000))
def test_decode_text_raises_only_encoding_errors(data: bytes) -> None:
    with contextlib.suppress(TextEncodingError):
        assert isinstance(decode_text(data), str)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("مارس ٢٠٢١ – حتى الآن", "مارس 2021 – حتى الآن"),  # Arabic-Indic
        ("٢٥٬٠٠٠ جنيه، ٣٫٥ سنوات", "25,000 جنيه، 3.5 سنوات"),  # Arabic thousands and decimal marks
        ("۱۴۰۰ تومان", "1400 تومان"),  # Extended Arabic-Indic (Persian, Urdu)
        ("ม.ค. ๒๕๖๕", "ม.ค. 2565"),  # Thai
        ("वेतन २०,००० रुपये", "वेतन 20,000 रुपये"),  # Devanagari
    ],
)
def test_digits_of_other_scripts_read_as_ascii_digits(written: str, read: str) -> None:
    assert clean_text(written) == read


def test_thai_and_lao_sara_am_stay_one_letter() -> None:
    # NFKC splits SARA AM in two ("ำ" -> "ํา"), and the words then differ from every typed one.
    assert clean_text("บริษัท ซีพี ออลล์ จำกัด\nປະຈຳ") == "บริษัท ซีพี ออลล์ จำกัด\nປະຈຳ"
