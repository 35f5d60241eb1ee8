"""What a reader of a marked-up document (DOCX, .doc, OpenDocument, RTF) gives: its text, and the
link targets its markup holds where the text may show only a word ("LinkedIn", "my GitHub")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class LinkedText:
    text: str
    links: list[str] = field(default_factory=list)


# A Word field that links out ('HYPERLINK "https://github.com/jane"'), in DOCX, .doc and RTF
# alike; one with the \l switch ('HYPERLINK \l "_Toc1"') jumps within the document: no link.
FIELD_LINK = re.compile(r'HYPERLINK\s+"([^"]+)"')
