"""Search indexes over the pool: dense vectors (`vectors`, the backends kept in files in
`backends`) and lexical BM25 (`lexical`).

Indexes hold only pseudonymous candidate ids and what was computed from their profiles, never
names or contact details, and every delete reaches them through the erasure hook.
"""
