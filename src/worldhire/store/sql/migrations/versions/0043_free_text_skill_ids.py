"""Free-text skills keyed by one rule (skills.text.free_text_id). A post's or a typed requirement
was keyed by its ASCII letters only ('text:k-to-n-thu' for "Kế toán thuế", 'text:skill' for any
Cyrillic words) and a bulk-loaded skill by its lower-cased words ('text:sage 300'), while a
résumé's skill was keyed by its folded words: a requirement is met by the skill with the same id,
so those never met. Each such id is made again from the label it was made from. The old keys
lost letters, so there is no way back to them: downgrade keeps the new ones.

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-06
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None

BATCH = 5000
FREE_TEXT = "text:%"
# skills.text.free_text_id as it stands at this migration (a migration reads no capability's
# code, which changes after it): the folded words of a name, "++" and "#" kept.
_WORD = re.compile(r"(?<![^\W_])\.[^\W_]+|[^\W_]+(?:(?:\+\+?|#)(?![^\W_]))?")


def free_text_id(name: str) -> str:
    words = [_fold(w) for w in _WORD.findall(name)]
    return "text:" + ("-".join(words) or "skill")[:80]


def _fold(word: str) -> str:
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def rekey_skills(bind: Any, table: str, key: Callable[[str], str]) -> None:
    """Each free-text skill id of `table` made again from its label by `key` (migration 0045
    rekeys with a later rule)."""
    rows = sa.table(table, sa.column("id", sa.Integer), sa.column("skill_id", sa.String),
                    sa.column("label", sa.String))
    after = 0
    while True:
        found = bind.execute(
            sa.select(rows.c.id, rows.c.skill_id, rows.c.label)
            .where(rows.c.id > after, rows.c.skill_id.like(FREE_TEXT))
            .order_by(rows.c.id).limit(BATCH)
        ).all()
        if not found:
            return
        changed = [{"row_id": r.id, "rekeyed": key(r.label)} for r in found
                   if key(r.label) != r.skill_id]
        if changed:
            bind.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id"))
                .values(skill_id=sa.bindparam("rekeyed")), changed,
            )
        after = found[-1].id


def rekey_alternatives(bind: Any, key: Callable[[str], str]) -> None:
    rows = sa.table("role_requirements", sa.column("id", sa.Integer),
                    sa.column("alternatives", sa.JSON))
    changed = []
    for row_id, members in bind.execute(sa.select(rows.c.id, rows.c.alternatives)):
        rekeyed = [
            {**m, "id": key(m["label"])} if str(m.get("id", "")).startswith("text:")
            else m
            for m in members or []
        ]
        if rekeyed != (members or []):
            changed.append({"row_id": row_id, "rekeyed": rekeyed})
    if changed:
        bind.execute(
            rows.update().where(rows.c.id == sa.bindparam("row_id"))
            .values(alternatives=sa.bindparam("rekeyed", type_=sa.JSON)), changed,
        )


def upgrade() -> None:
    bind = op.get_bind()
    rekey_skills(bind, "role_requirements", free_text_id)
    rekey_alternatives(bind, free_text_id)
    rekey_skills(bind, "candidate_skills", free_text_id)


def downgrade() -> None:
    pass
