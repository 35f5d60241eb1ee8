"""Real-world quirks for corpus documents: what Word, Google Docs, Canva, LaTeX (moderncv,
awesome-cv), LinkedIn and Europass put in the files people upload and our clean renderer never
does. Every quirk is deterministic (no randomness without a fixed seed), so re-rendering an
unchanged source gives the same bytes.

A source asks for them under `render:` (see build.py):

    render:
      quirks: [ligatures, spaced_headings, soft_hyphens, nbsp, typed_bullets]
      bullet: "➢"                 # the bullet typed_bullets writes (default "•")
      boxes:                      # PDF only: text placed in boxes, as Canva and two-column
        order: rows               #   templates draw it (reading | rows | reverse | shuffled)
        hyphenate: true           #   words broken at the box edge with a hyphen ("develop-")
    text: |
      @box 15 10 180              # a box at x, y (mm from the top left), width (mm)
      # Name
      ...
      @box 15 40 86
      ## Experience ...

Text quirks (markup in, markup out):

- `ligatures`: "fi", "fl", "ff", "ffi", "ffl" inside words become the single glyphs U+FB00..
  U+FB04, as LaTeX and Word with some fonts emit them.
- `spaced_headings`: section headings letter-spaced with typed spaces ("E X P E R I E N C E",
  words three spaces apart), as Canva and many Word templates do.
- `soft_hyphens`: a soft hyphen (U+00AD) in the middle of each word of 10+ letters.
- `nbsp`: no-break spaces inside phone numbers and around dashes and colons (Word's French
  typography, Google Docs' phone formatting).
- `typed_bullets`: a bullet item becomes a paragraph starting with a typed bullet character
  (`bullet`: "", "▪", "➢", ...) and a tab, as people type lists by hand.

Icons: `{i:phone}`, `{i:mail}`, `{i:in}`, `{i:pin}`, `{i:web}` in any markup become the
private-use characters of Font Awesome (U+F095, U+F0E0, U+F08C, U+F041, U+F0AC); PDFs get a
DejaVu copy with those code points mapped to a glyph, so the characters are in the file as an
icon font puts them there. "" (U+F0B7, Word's Symbol-font bullet) is mapped too.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from render import (
    FIXED_DATE,
    Block,
    MarkupError,
    PdfStyle,
    font_paths,
    parse_blocks,
)

ICONS = {"phone": "\uf095", "mail": "\uf0e0", "in": "\uf08c", "pin": "\uf041", "web": "\uf0ac"}
_ICON_TOKEN = re.compile(r"\{i:(\w+)\}")
# Private-use code point -> characters whose DejaVu glyph looks like it, the first one the font
# has is drawn (☎ ✉ ■ ◉ ⌂ •, else a filled box or a bullet).
_PUA_LOOKALIKES = {
    0xF095: (0x260E, 0x25A0), 0xF0E0: (0x2709, 0x25A0), 0xF08C: (0x25A0,),
    0xF041: (0x25C9, 0x25CF, 0x2022), 0xF0AC: (0x2302, 0x25A0), 0xF0B7: (0x2022,),
}  # fmt: skip
_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
              ("fl", "\ufb02"))  # fmt: skip
_PHONE = re.compile(r"\+?\d[\d ]{6,}\d")


_BOX = re.compile(r"^@box +([\d.]+) +([\d.]+) +([\d.]+) *$")


def split_boxes(markup: str) -> list[dict[str, Any]]:
    """The boxes of a markup text cut by "@box x y w" lines."""
    items: list[dict[str, Any]] = []
    for line in markup.splitlines():
        if match := _BOX.match(line):
            x, y, w = (float(v) for v in match.groups())
            items.append({"x": x, "y": y, "w": w, "text": ""})
        elif items:
            items[-1]["text"] += line + "\n"
        elif line.strip():
            raise MarkupError("text before the first @box line")
    return items


def icons(markup: str) -> str:
    """Icon tokens replaced by their private-use characters."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) not in ICONS:
            raise MarkupError(f"unknown icon {match.group(0)}")
        return ICONS[match.group(1)]

    return _ICON_TOKEN.sub(one, markup)


def without_icons(markup: str) -> str:
    """The markup a reader sees, icons left out (for checking labels against the source)."""
    return _ICON_TOKEN.sub("", markup)


def apply_text_quirks(markup: str, quirks: list[str], *, bullet: str = "•") -> str:
    out = []
    for line in markup.splitlines():
        if "spaced_headings" in quirks and line.startswith("## "):
            line = "## " + letter_spaced(line[3:])
        if "typed_bullets" in quirks and line.startswith("- "):
            line = f"{bullet}\t{line[2:]}"
        if "ligatures" in quirks and not line.startswith("#"):
            line = ligatured(line)
        if "soft_hyphens" in quirks:
            line = re.sub(r"\w{10,}", lambda m: _soft_hyphenated(m.group(0)), line)
        if "nbsp" in quirks:
            line = _PHONE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), line)
            line = re.sub(r" ([–:]) ", "\u00a0\\1 ", line)
        out.append(line)
    unknown = set(quirks) - {"ligatures", "spaced_headings", "soft_hyphens", "nbsp",
                             "typed_bullets"}  # fmt: skip
    if unknown:
        raise MarkupError(f"unknown quirks {sorted(unknown)}")
    return icons("\n".join(out))


def letter_spaced(text: str) -> str:
    """ "Work experience" -> "W O R K   E X P E R I E N C E"."""
    return "   ".join(" ".join(word.upper()) for word in text.split())


def ligatured(text: str) -> str:
    for letters, glyph in _LIGATURES:
        text = re.sub(rf"(?<=\w){letters}|{letters}(?=\w)", glyph, text)
    return text


def _soft_hyphenated(word: str) -> str:
    middle = len(word) // 2
    return word[:middle] + "\u00ad" + word[middle:]


# -- an icon font ----------------------------------------------------------------------------------


def icon_font_paths(font: str, folder: Path) -> tuple[Path, Path]:
    """DejaVu copies (regular, bold) whose private-use code points draw icons."""
    from fontTools.ttLib import TTFont

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for source in font_paths(font):  # type: ignore[arg-type]
        target = folder / f"icons-{source.name}"
        if not target.is_file():
            tt = TTFont(str(source), recalcTimestamp=False)  # same bytes on every run
            have = tt.getBestCmap()
            glyphs = {
                code: next(have[c] for c in (*looks, 0x2022) if c in have)
                for code, looks in _PUA_LOOKALIKES.items()
            }
            for table in tt["cmap"].tables:
                if table.isUnicode() and table.format in (4, 12):
                    table.cmap.update(glyphs)
            tt.save(str(target))
        out.append(target)
    return out[0], out[1]


# -- PDF text boxes --------------------------------------------------------------------------------


@dataclass
class _Line:
    x: float
    y: float  # baseline, mm from the top
    text: str
    size: float
    bold: bool
    box: int


def to_pdf_boxes(
    path: Path,
    items: list[dict[str, Any]],
    *,
    order: str = "reading",
    hyphenate: bool = False,
    style: PdfStyle | None = None,
    font_folder: Path,
    title: str = "",
    author: str = "",
) -> Path:
    """One page of text boxes at fixed places (mm), each holding title, heading, sub, bullet and
    paragraph markup, wrapped to its width; the lines are drawn in `order`: box after box
    ("reading"), line by line across the boxes from the top ("rows": two columns drawn as one
    text flow), the boxes last to first ("reverse"), or the boxes in a fixed shuffled order
    ("shuffled", as Canva writes its layers)."""
    from fpdf import FPDF

    st = style or PdfStyle()
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Canva")
    pdf.set_producer("Canva")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    regular, bold = icon_font_paths(st.font, font_folder)
    pdf.add_font("body", "", str(regular))
    pdf.add_font("body", "B", str(bold))
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    lines: list[_Line] = []
    for index, item in enumerate(items):
        lines += _box_lines(pdf, item, index, st, hyphenate)
    if order == "rows":
        lines.sort(key=lambda line: (round(line.y, 1), line.x))
    elif order in ("reverse", "shuffled"):
        boxes = sorted({line.box for line in lines})
        if order == "reverse":
            boxes.reverse()
        else:
            random.Random(len(items)).shuffle(boxes)
        rank = {box: i for i, box in enumerate(boxes)}
        lines.sort(key=lambda line: rank[line.box])
    elif order != "reading":
        raise MarkupError(f"unknown box order {order!r}")
    for line in lines:
        pdf.set_font("body", "B" if line.bold else "", line.size)
        pdf.text(line.x, line.y, line.text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))
    return path


def _box_lines(pdf: Any, item: dict[str, Any], box: int, st: PdfStyle, hyphenate: bool
               ) -> list[_Line]:  # fmt: skip
    x, y, width = float(item["x"]), float(item["y"]), float(item["w"])
    out: list[_Line] = []
    for block in parse_blocks(icons(item["text"])):
        size, bold, indent, first = _block_font(block, st)
        pdf.set_font("body", "B" if bold else "", size)
        step = size * st.line * 0.3528
        if block.kind == "heading":
            y += step * 0.4
        for number, text in enumerate(block.text.replace("**", "").split("\n")):
            wrapped = _wrap(pdf, text, width - indent, hyphenate)
            for i, part in enumerate(wrapped):
                y += step
                lead = first if (i == 0 and number == 0) else ""
                dx = 0.0 if lead else indent
                out.append(_Line(x + dx, y, lead + part, size, bold, box))
        if block.kind in ("para", "heading", "title"):
            y += step * 0.3
    return out


def _block_font(block: Block, st: PdfStyle) -> tuple[float, bool, float, str]:
    """Size, bold, wrap indent and first-line prefix of a block."""
    if block.kind == "title":
        return st.title_size, True, 0.0, ""
    if block.kind in ("heading", "sub"):
        return st.size + (1.5 if block.kind == "heading" else 0), True, 0.0, ""
    if block.kind == "bullet":
        return st.size, False, 4.0, f"{st.bullet} "
    if block.kind in ("para", "split"):
        return st.size, False, 0.0, ""
    raise MarkupError(f"boxes hold no {block.kind} blocks")


def _wrap(pdf: Any, text: str, width: float, hyphenate: bool) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):  # typed runs of spaces stay (letter-spaced headings)
        trial = f"{current} {word}" if current else word
        if pdf.get_string_width(trial) <= width:
            current = trial
            continue
        if hyphenate and len(word) >= 8:
            # Break the word where its head and a hyphen still fit, 3+ letters on each side.
            for cut in range(len(word) - 3, 2, -1):
                head = f"{current} {word[:cut]}-".strip()
                if word[:cut].isalpha() and pdf.get_string_width(head) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines
