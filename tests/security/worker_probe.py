"""Calls run in a parser worker by tests/security/test_parser_worker.py: a module that imports
nothing heavy, so that the worker unpickling them loads nothing the parsers would not."""

from __future__ import annotations

import sys
import time

from worldhire.ingest import limits


def loaded(module: str) -> bool:
    return module in sys.modules


def resident_bytes() -> int:
    with open("/proc/self/statm", "rb") as handle:
        return int(handle.read().split()[1]) * 4096


def hog(megabytes: int) -> int:
    return len(bytearray(megabytes << 20))


def cap(name: str) -> object:
    return getattr(limits, name)


def pause(seconds: float) -> float:
    time.sleep(seconds)
    return seconds
