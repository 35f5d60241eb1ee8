"""What a server's parser workers hold: imported once by the forkserver they are forked from
(a `WorkerPool` with this module as `preload`), so every worker shares the parsers and the
literal skill linker instead of building its own, and holds nothing else. The server's own
process has the embedding model (torch, ~600 MB); a process that reads untrusted bytes must
not."""

from __future__ import annotations

from worldhire.ingest.service import read_resume, read_role
from worldhire.skills.linker import default_linker

__all__ = ["read_resume", "read_role"]

# Built at import, in the forkserver: a worker replacing one killed over budget is a fork away
# from reading, not ~8 s of CPU.
default_linker()
