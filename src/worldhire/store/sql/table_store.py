"""The base of a capability's repository over tables of its own in the store's main database
(the pipeline, webhooks, saved searches, batch runs)."""

from __future__ import annotations

from typing import Self

from worldhire.store.protocol import Repository
from worldhire.store.sql.regional import sql_store
from worldhire.store.sql.unit_of_work import Transactions


class SqlTableStore:
    """Its statements run in `database`: the unit of work open in this thread or task, or else
    a transaction of their own."""

    def __init__(self, database: Transactions) -> None:
        self.database = database

    @classmethod
    def on(cls, repo: Repository) -> Self:
        return cls(sql_store(repo).transactions)
