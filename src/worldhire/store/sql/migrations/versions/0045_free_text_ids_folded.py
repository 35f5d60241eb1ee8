"""Free-text skill ids made again from their labels with the one fold (core.texts.fold): the
ids kept "ł", "ø", "æ", "ß" and "²" as written ("text:obsługa-klienta") where every other word
list folds them ("obsluga klienta"); they now fold as well, so an id written before meets the
same words read after. Labels without those letters keep their ids. The old keys can be made
again from the labels, but nothing reads them: downgrade keeps the new ones.

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-06
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None

# skills.text.free_text_id and core.texts.fold as they stand at this migration (a migration reads
# no capability's code, which changes after it).
_WORD = re.compile(r"(?<![^\W_])\.[^\W_]+|[^\W_]+(?:(?:\+\+?|#)(?![^\W_]))?")
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                               "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "’": "'"})


def free_text_id(name: str) -> str:
    words = _WORD.findall(_fold(name))
    return "text:" + ("-".join(words) or "skill")[:80]


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word).casefold()
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_UNDECOMPOSED)


def _rekeying() -> ModuleType:
    """Migration 0043, whose loops rekey the stored ids (alembic loads a revision by its path)."""
    path = Path(__file__).with_name("0043_free_text_skill_ids.py")
    spec = importlib.util.spec_from_file_location("worldhire_migration_0043", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    bind = op.get_bind()
    rekeying = _rekeying()
    rekeying.rekey_skills(bind, "role_requirements", free_text_id)
    rekeying.rekey_alternatives(bind, free_text_id)
    rekeying.rekey_skills(bind, "candidate_skills", free_text_id)


def downgrade() -> None:
    pass
