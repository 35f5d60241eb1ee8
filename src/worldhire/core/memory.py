"""Handing freed memory back to the system after a large file.

glibc's malloc keeps what is freed for the next allocations: a block of 128 KB or more is
mapped on its own only until one such block is freed (the threshold then rises to that block's
size, up to 32 MB), and each thread's arena keeps its free pages. The server read a 19 MB upload
(the file, its pickled copy for the parser worker, its text, the database's copy) and held
30-70 MB more after each one (issue 18: 512 MB a process). Trimming after a large file, and
once the occupations' matcher is loaded, gives that back. Mapping every large block on its own
instead (a fixed 1 MB threshold) did too, but faulted in the pages of every ranking's score
arrays anew: 45% more CPU for a 20,000-profile scoring step.
"""

from __future__ import annotations

import ctypes
import sys

LARGE_FILE_BYTES = 1 << 20  # a file this large is trimmed after


def hand_back_freed_memory() -> bool:
    """Return the allocator's free pages, in every arena, to the system (glibc's malloc_trim);
    False where there is no glibc, or nothing was returned."""
    if not sys.platform.startswith("linux"):
        return False
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is None:
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return bool(trim(0))
