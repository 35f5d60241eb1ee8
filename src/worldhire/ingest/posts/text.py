"""A job post's text as sections and items: headings in any of the hiring regions' languages and in
any form people type them (Markdown, bold, a trailing colon, capitals, a known phrase alone on a
line), bullets, sentences, and labels inside a pasted paragraph ("Minimum Required Skills: Java,
C#, ..."). Offsets always index the original text, so every item can be quoted exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from worldhire.ingest.lexicon.companies import LEGAL_FORM_END
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.headings import (
    heading_kinds,
    other_posts_line,
)
from worldhire.ingest.posts.items import (
    _INLINE_LABEL,
    _LEAD_IN_WORDS,
    _TABLE_ROW,
    _TYPED_BULLET,
    PICTOGRAPHS,
    Item,
    Section,
    _add_block,
    _plain,
    heading_kind,
)

# The line that closes an e-mail or a message; the signature follows it.
SIGN_OFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|thanks|thanks (?:&|and) regards|thank you|"
    r"cheers|warm regards|many thanks|un saludo|saludos|cumprimentos|atenciosamente|abraço|"
    r"best wishes|saludos cordiales|un abrazo|abraços|pozdrawiam serdecznie|z wyrazami szacunku|"
    r"pozdrawiam|z poważaniem|з повагою|cu stimă|cordialement|bien à vous|viele grüße|"
    r"mit freundlichen grüßen|beste grüße|lg|trân trọng|salam|hormat kami|"
    r"au plaisir(?: d'échanger| de vous lire)?|bien cordialement|belle journée|merci|"
    r"buona giornata|cordiali saluti|distinti saluti|un saluto|un caro saluto|a presto|grazie|"
    r"gracias|obrigad[oa]|dziękuję|дякую|спасибо|warmly|talk soon|"
    # the closings of an application letter, which its writer signs
    r"atentamente|cordialmente|(?:yours )?sincerely|yours (?:faithfully|truly)|respectfully|"
    r"(?:com os )?melhores cumprimentos|saygılarımla|hormat saya|salam hormat|с уважением|"
    r"cu respect|cu stima|mit besten grüßen|freundliche grüße|respectueusement)\b"
    # thanking everyone reading: "Merci à tous !", "Thanks all", "Gracias a todos"
    r"(?:\s+(?:à tous|à toutes|à toutes et à tous|a todos|a todas|all|everyone|wszystkim|"
    r"an alle|всім|всем|tuturor|semua))?[\s,!.]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass
class PostText:
    text: str
    head: list[tuple[int, str]]  # the lines above the first section: title, company, place
    sections: list[Section]
    # Where the post's own words end: a job board's list of other posts follows ("Similar jobs").
    end: int | None = None

    @property
    def own_text(self) -> str:
        """The text without the list of other posts a board prints below the post."""
        return self.text[: self.end]

    def items(self, *kinds: SectionKind | None) -> list[Item]:
        found = [i for s in self.sections for i in s.items]
        return [i for i in found if i.kind in kinds] if kinds else found

    def kinds(self) -> set[SectionKind]:
        return {s.kind for s in self.sections if s.kind is not None}


def _heading(line: str) -> str | None:
    """The heading a line is, or None: Markdown, bold alone, "Label:" alone, capitals, or a
    known section phrase alone on its line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 90 or _TYPED_BULLET.match(stripped):
        return None
    if stripped.startswith("|"):
        return None  # a table row: the table's cells are its items
    words = _plain(stripped).split()
    if not words or len(words) > 10:
        return None
    if stripped.startswith("#"):
        return stripped
    if re.fullmatch(r"(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?", stripped):
        return stripped
    if stripped.endswith(":") and len(words) <= 8:
        return stripped
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(words) <= 6:
        return stripped
    # A known section phrase alone on its line, however long ("Tại sao bạn sẽ yêu thích làm
    # việc tại đây", ITviec's "Why you'll love working here")
    if not re.search(r"[.,;]$", stripped) and _plain(stripped) in heading_kinds():
        return stripped
    return None


# A chat export's stamp before each message ("[09:14, 12/01/2026] Thandi Recruits: ",
# "12/01/2026, 09:14 - Ana: "): who sent it when, no words of the post.
_CHAT_STAMP = re.compile(
    r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})?\]\s*[^:\n]{1,40}:\s|"
    r"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[ap]m\s*)?-\s*[^:\n]{1,40}:\s",
    re.MULTILINE | re.IGNORECASE,
)


# A gap of three spaces or a tab inside a line: the columns of a pasted page ("Remote   Full-time
# Mid-Senior level", "Jobs   Companies   Sign in"), which text cleaning folds to one space. A
# symbol no cleaning step touches stands for it meanwhile.
_COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \t]{3,}|\t+)(?=\S)")
_GAP_MARK = "\u2420"  # SYMBOL FOR SPACE


def keep_column_gaps(clean: Callable[[str], str], text: str) -> str:
    """`clean(text)` with the column gaps of its lines kept as three spaces: a menu, a row of
    chips or a "Title   Company" line still reads as parts."""
    marked = _COLUMN_GAP.sub(f" {_GAP_MARK} ", text.replace(_GAP_MARK, " "))
    return re.sub(rf"\s*{_GAP_MARK}\s*", "   ", clean(marked))


def without_chat_stamps(text: str) -> str:
    """The text with chat stamps blanked out; offsets keep their meaning."""
    return _CHAT_STAMP.sub(lambda m: " " * len(m.group(0)), text)


def split_post(text: str) -> PostText:
    """Sections with their items. A line that is a heading opens a section; a label inside a line
    ("**Requirements:** Python, SQL") opens one too, its text the section's first item."""
    text = without_chat_stamps(text)
    sections: list[Section] = []
    head: list[tuple[int, str]] = []
    offset = 0
    lines: list[tuple[int, str]] = []
    for raw in text.split("\n"):
        lines.append((offset, raw))
        offset += len(raw) + 1
    block: list[tuple[int, str]] = []
    in_navigation = False
    navigation = 0  # head lines of a page's navigation, which fill none of the head's lines
    end = None

    def flush() -> None:
        if block:
            section = sections[-1] if sections and not sections[-1].field_line else None
            if section is not None and _leaves_list(section, block[0][1]):
                section = None
            _add_block(text, block, section, sections)
            block.clear()

    for index, (start, line) in enumerate(lines):
        if sections and other_posts_line(line):
            end = start  # a job board's list of other posts: the post has ended
            break
        if not sections and not block and _SKIP_LINK.match(line):
            in_navigation = True
        if in_navigation:
            # (the page's menu, one link a line: the site's name in it may name the employer,
            # "Kestrel Finance Careers")
            in_navigation = bool(line.strip())
            if in_navigation:
                head.append((start, line))
                navigation += 1
            continue
        heading = (
            _heading(line) or _heading_over_list(line, lines[index + 1 : index + 2])
            or (_short_heading(line, lines[index + 1 : index + 2]) if sections else None)
        )  # fmt: skip
        if heading is not None:
            flush()
            kind = heading_kind(heading)
            if not sections and not head and not block and _titled_heading(heading):
                kind = None  # "## Open role: Backend Engineer (Go) @ Lindqvist": the title
            if not sections and kind is None and len(head) - navigation < _HEAD_LINES:
                head.append((start, line))  # the title, as a heading
                continue
            sections.append(Section(kind, _plain(heading), start))
            continue
        if not line.strip():
            flush()
            continue
        head_line = _head_line(line, len(head) - navigation)
        if not sections and not block and head_line and not _ticked(lines, index):
            head.append((start, line))
            continue
        block.append((start, line))
    flush()
    for section in sections:
        _asked_section(section)
    _list_before_welcome(sections)
    return PostText(text, head, sections, end)


def _leaves_list(section: Section, first_line: str) -> bool:
    """A paragraph after a requirements or nice-to-have list that opens with a label the list
    does not continue: the writer has moved on to another subject, which the list's kind does
    not reach. After a welcome, any other label ("Bonus:" / "- Airflow" / "" / "Practical
    stuff: 5+ years in ML please, remote within EAT"); after requirements, a label of another
    known section ("Condiciones: ... El rango es de USD 4.500 ..."), since a label no list
    names there often still asks ("Experience: 5+ years in Python")."""
    label = _INLINE_LABEL.match(first_line)
    if label is None or section.kind not in (SectionKind.MUST, SectionKind.NICE):
        return False
    kind = heading_kind(label.group("label"))
    if section.kind is SectionKind.NICE:
        return kind is not SectionKind.NICE
    return kind not in (None, SectionKind.MUST, SectionKind.NICE)


def _list_before_welcome(sections: list[Section]) -> None:
    """A post that names a nice-to-have list but no requirements heading ("✅ O que a gente
    precisa:" / ... / "➕ Vai ser um diferencial:"): the bulleted list under an unknown heading
    right before the first welcome is what it asks for."""
    kinds = [s.kind for s in sections]
    if SectionKind.MUST in kinds or SectionKind.NICE not in kinds:
        return
    at = kinds.index(SectionKind.NICE)
    before = next((s for s in reversed(sections[:at]) if s.items or s.heading), None)
    if (
        before is None or before.kind is not None or not before.heading or before.field_line
        or sum(i.bullet for i in before.items) < 2
    ):  # fmt: skip
        return
    before.kind = SectionKind.MUST
    before.items = [replace(i, kind=SectionKind.MUST) if i.kind is None else i
                    for i in before.items]  # fmt: skip


def _asked_section(section: Section) -> None:
    """A section under a heading no list names ("Ce que vous apporterez", "Where you'll
    shine") whose sentences mostly ask for what the hire has ("Vous avez ...", "Vous maîtrisez
    ...") is a requirements section: its other sentences ("Un bon niveau d'anglais est
    nécessaire") ask too."""
    if section.kind is not None or not section.heading or section.field_line:
        return
    asking = sum(1 for i in section.items if i.kind is SectionKind.MUST)
    if not asking or asking * 2 < len(section.items):
        return
    section.kind = SectionKind.MUST
    section.items = [replace(i, kind=SectionKind.MUST) if i.kind is None else i
                     for i in section.items]  # fmt: skip


_HEAD_LINES = 6

# A web page's first link, for keyboards ("Skip to main content", "Pular para o conteúdo"): the
# lines down to the first blank one are the site's navigation, above the post's head.
_SKIP_LINK = re.compile(
    r"^\s*(?:skip to (?:main )?content|skip navigation|zum inhalt springen|"
    r"zum hauptinhalt springen|przejdź do (?:głównej )?treści|ir al contenido(?: principal)?|"
    r"aller au contenu(?: principal)?|pular para o conteúdo(?: principal)?|"
    r"перейти до (?:основного )?вмісту|перейти к (?:основному )?содержимому|"
    r"salt la conținut|vai al contenuto(?: principale)?)\s*$",
    re.IGNORECASE,
)


def _heading_over_list(line: str, following: list[tuple[int, str]]) -> str | None:
    """A short line with no closing stop over a bulleted list, whose words name a section
    ("It'd be great if you also had" / "• Looker"): a heading typed without a colon."""
    stripped = line.strip()
    if (
        not following
        or not _TYPED_BULLET.match(following[0][1])
        or not stripped
        or len(stripped.split()) > (_LEAD_IN_WORDS if stripped.endswith(":") else 8)
        or re.search(r"[.!?;,]$", stripped)
        or _TYPED_BULLET.match(stripped)
    ):
        return None
    return stripped if heading_kind(stripped) is not None else None


def _short_heading(line: str, following: list[tuple[int, str]]) -> str | None:
    """A line of a few words with no stop, above text, whose words hold a section's name
    ("About the job" over its paragraph, as a careers page pasted without its styles lays it
    out): a heading, once the post's own sections have begun."""
    stripped = line.strip()
    if (
        not following or not following[0][1].strip() or not stripped[:1].isupper()
        or len(stripped.split()) > 4 or re.search(r"[.!?;,:]$", stripped)
        or _TYPED_BULLET.match(stripped) or re.search(r"[|:]", stripped)
    ):  # fmt: skip
        return None
    return stripped if heading_kind(stripped) is not None else None


def _titled_heading(heading: str) -> bool:
    """A first heading that is "Label: words" with words after the label names the post, not a
    section ("Open role: Backend Engineer", "Vaga: Analista de Dados")."""
    label, colon, value = _plain(heading).partition(":")
    return bool(colon) and len(value.split()) >= 2 and heading_kinds().get(label) is None


def _ticked(lines: list[tuple[int, str]], index: int) -> bool:
    """A line of a list ticked with one pictograph ("✅ SQL avanzado" / "✅ Power BI o
    Tableau"): the same mark opens the line before or after it. Such lines are what the post
    asks for, however short, not the title and place a post opens with."""
    mark = _LEAD_MARK.match(lines[index][1])
    if mark is None:
        return False
    around = [_LEAD_MARK.match(lines[k][1]) for k in (index - 1, index + 1) if 0 <= k < len(lines)]
    return any(m is not None and m.group(1) == mark.group(1) for m in around)


_LEAD_MARK = re.compile(rf"^\s*((?:{PICTOGRAPHS.pattern})+)\s*\S")


def _head_line(line: str, head_lines: int) -> bool:
    """The short lines a post opens with (title, company · place): no sentence yet."""
    stripped = line.strip()
    words = stripped.split()
    label = _INLINE_LABEL.match(stripped)
    return (
        head_lines < _HEAD_LINES and len(words) <= 14
        and (not re.search(r"[.!?]$", stripped) or bool(LEGAL_FORM_END.search(stripped)))
        and not _TYPED_BULLET.match(stripped)
        and not _TABLE_ROW.match(stripped)
        and (label is None or heading_kind(label.group("label")) is None)
    )
