"""An entry of a section (a job, a project, a degree) and the list marks its lines carry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# A list mark: a dash, a dot, a number, or any symbol an editor or an emoji keyboard offers
# ("✅", "🔹", "➤"); not "#" (a Markdown heading), a currency sign or an opening bracket.
BULLET_RE = re.compile(
    r"^\s*(?:[-*•◦▪‣·–—>+]|\d{1,2}[.)]|[^\w\s#$€£¥₹(\[{\"'“‘«:])\ufe0f?:?\s+"
)


@dataclass
class Entry:
    header: str
    title: str = ""
    organization: str | None = None
    location: str | None = None
    start: date | None = None
    end: date | None = None
    body: list[str] = field(default_factory=list)
    url: str | None = None

    @property
    def text(self) -> str:
        lines = [BULLET_RE.sub("", line).strip() for line in self.body]
        return "\n".join(line for line in lines if line)


def is_bullet(line: str) -> bool:
    return bool(BULLET_RE.match(line))


def _strip_marks(line: str) -> str:
    return re.sub(r"^#+\s*|\*\*|__|`", "", BULLET_RE.sub("", line)).strip()
