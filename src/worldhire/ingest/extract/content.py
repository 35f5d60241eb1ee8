"""What a reader of a marked-up document (DOCX, .doc, OpenDocument, RTF) gives: its text, and the
link targets its markup holds where the text may show only a word ("LinkedIn", "my GitHub")."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LinkedText:
    text: str
    links: list[str] = field(default_factory=list)
