"""Text pasted with its HTML: a job page or a résumé copied from a page's source ("<h3>Requirements
</h3><ul><li>Go</li>..."), read as the lines a browser would show.

Only a text that is mostly markup is converted: a plain text that mentions "<li>" or "a < b" is
left alone. Block elements end lines, list items become bullets, headings become Markdown
headings (the post and résumé readers know those), entities are decoded, and scripts and styles
are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|span|strong|b|em|table|tr|td|section)\b[^>]*>",
                  re.IGNORECASE)  # fmt: skip
MIN_TAGS = 4
_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "tr", "section", "article", "header",
                     "footer", "br", "hr", "dl", "dt", "dd", "blockquote", "pre"})  # fmt: skip
_HEADINGS = {f"h{n}": "#" * min(n, 4) for n in range(1, 7)}
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# A saved page's site menu ("<nav>Home | Find jobs | Profile | Log out</nav>") is the site's, and
# read first it stood above the person's name as if it were their headline.
_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "nav"})
_LINK_TARGET = re.compile(r"\s*(?:https?://|mailto:)", re.IGNORECASE)
# What a browser never shows: an element hidden by its attribute or inline style, or by the
# class names sites use for text only screen readers get (LinkedIn writes every line of a profile
# twice, once shown and once "visually-hidden").
_HIDDEN_CLASSES = frozenset({"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
                             "screen-reader-only", "a11y-text"})  # fmt: skip
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# An element that lays its children out one under the other (a flex column), by the utility
# classes of LinkedIn, Bootstrap and Tailwind or by its inline style: a profile's or a résumé
# builder's entry writes its title, employer and dates as spans in one.
_COLUMN_CLASSES = frozenset({"flex-column", "flex-col"})
_COLUMN_STYLE = re.compile(r"flex-direction\s*:\s*column", re.IGNORECASE)
# Where a word or a bracket ends: text after it in the next element with no space between is
# set apart by the page's style sheet.
_WORD_ENDS = frozenset(")]}.!?%”’\"'»")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})  # fmt: skip
# Hidden only where the element is sure to be closed: a void element has no end tag, and a
# paragraph or list item may be left open, which would hide the rest of the page.
_OPEN_ENDED = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                         "meta", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt",
                         "dd", "option", "tbody", "thead", "tfoot"})  # fmt: skip


def looks_like_html(text: str) -> bool:
    """Several tags of the elements pages are made of, and a tag among the first lines."""
    sample = text[:20_000]
    tags = _TAG.findall(sample)
    return len(tags) >= MIN_TAGS and bool(_TAG.search(sample[:2_000]))


def html_to_text(text: str) -> str:
    """The lines a reader sees in the page."""
    return html_content(text)[0]


def html_content(text: str) -> tuple[str, list[str]]:
    """The lines a reader sees in the page, and the targets of its links (web and mail)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(reader.out).split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n", list(dict.fromkeys(reader.links))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []
        self._skipping = 0
        self._hidden: tuple[str, int] | None = None  # the hidden element's tag, its nesting
        self._after_tag = False  # a tag between the last text and the next
        # The open elements that may be closed: each with whether it lays its children out in a
        # column, and for a list item where its marker is and whether it holds a block.
        self._open: list[_Open] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._after_tag = True
        if self._hidden is not None:
            hidden_tag, depth = self._hidden
            self._hidden = (hidden_tag, depth + (tag == hidden_tag))
            return
        if tag not in _OPEN_ENDED and _is_hidden(attrs):
            self._hidden = (tag, 1)
            return
        href = dict(attrs).get("href") if tag == "a" else None
        if href and _LINK_TARGET.match(href):
            self.links.append(href.strip())
        if self._open and self._open[-1].column:
            self.out.append("\n")
        if tag in _BLOCKS or tag in _HEADINGS:
            for item in self._open:
                item.holds_block = item.holds_block or item.tag == "li"
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _HEADINGS:
            self.out.append(f"\n\n{_HEADINGS[tag]} ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in _BLOCKS or tag == "td":
            self.out.append("\n" if tag != "td" else " ")
        if tag not in _VOID:
            self._open.append(_Open(tag, _is_column(attrs), len(self.out)))

    def handle_endtag(self, tag: str) -> None:
        self._after_tag = True
        if self._hidden is not None:
            hidden_tag, depth = self._hidden
            if tag == hidden_tag:
                self._hidden = (hidden_tag, depth - 1) if depth > 1 else None
            return
        self._close(tag)
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _HEADINGS or tag in ("p", "ul", "ol", "table", "section"):
            self.out.append("\n\n")
        elif tag in _BLOCKS or tag == "li":
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping or self._hidden is not None:
            return
        if (self._after_tag and self.out and self.out[-1][-1:] and data[:1].isalnum()
                and (self.out[-1][-1].isalnum() or self.out[-1][-1] in _WORD_ENDS)):
            # "<b>Bancolombia</b><span>Medellín · 2022</span>", "<span>Python</span><span>SQL
            # </span>", "<b>Credit Risk (Retail)</b><span>8 endorsements</span>": only a style
            # sheet's blocks and chips show words with no space between them apart
            self.out.append("\n")
        self.out.append(data.replace("\n", " "))
        self._after_tag = False


    def _close(self, tag: str) -> None:
        """Closes `tag` and the elements left open inside it; a list item laid out as several
        lines around a block (an entry of a profile or a résumé builder: a title, its employer,
        its dates) is a card, not a bullet point, and loses its marker."""
        if not any(item.tag == tag for item in self._open):
            return
        while self._open:
            item = self._open.pop()
            if item.column:
                self.out.append("\n")
            if item.tag == "li" and item.holds_block:
                own = "".join(self.out[item.at :]).strip()
                if "\n" in own and self.out[item.at - 1] == "\n- ":
                    self.out[item.at - 1] = "\n"
            if item.tag == tag:
                return


@dataclass
class _Open:
    tag: str
    column: bool  # a flex column: each child on a line of its own
    at: int  # where its content begins in the output
    holds_block: bool = False


def _is_column(attrs: list[tuple[str, str | None]]) -> bool:
    found = dict(attrs)
    return bool(_COLUMN_CLASSES.intersection((found.get("class") or "").split())
                or _COLUMN_STYLE.search(found.get("style") or ""))


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    found = dict(attrs)
    return (
        "hidden" in found
        or bool(_HIDDEN_CLASSES.intersection((found.get("class") or "").split()))
        or bool(_DISPLAY_NONE.search(found.get("style") or ""))
    )


def readable_text(text: str) -> str:
    """The text itself, or what its markup shows when it is a page's HTML."""
    return html_to_text(text) if looks_like_html(text) else unescape_stray(text)


def unescape_stray(text: str) -> str:
    """A plain text keeps its characters; only an entity people paste by accident ("R&amp;D",
    "&nbsp;") is decoded."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: unescape(m.group(0)), text)
