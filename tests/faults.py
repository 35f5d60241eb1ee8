"""Failures the tests inject into the product, shared by the tests of every shell."""

from __future__ import annotations

import pytest

from worldhire.governance.audit_log.repository import AuditRows


class AuditDown(OSError):
    """The audit log's table refuses a write (a full disk, a lost connection)."""


def break_audit_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every audit append fails until `monkeypatch.undo()`."""

    def refuse(*_: object, **__: object) -> None:
        raise AuditDown("the audit log is unavailable")

    monkeypatch.setattr(AuditRows, "append", refuse)
