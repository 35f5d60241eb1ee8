"""SQLite's keyword stage at a bounded cost, whatever the store holds: an impact-ordered index.

FTS5 ranks an OR query by reading every posting of every word of it (and counts each word's
profiles again for its idf), so its cost grows with the store: a bench/e2e.py role's words hold
0.5-1 million postings at 1,000,000 profiles, 0.4-0.85 s of CPU per role. BM25 is a sum over the
query's words of idf(word) x impact(word, profile), where the impact (the word's saturated
count in the profile, normalised by the profile's length) depends on neither the query nor the
other words. So each word's postings are also kept with their impact, in a table ordered by
(word, impact) (IMPACTS, migration 0033), and a query reads each of its words' READ best
postings there: at most READ rows a word however large the store. Each profile found gets the
sum of its weighted impacts read (the words whose best it is not among count nothing yet); a
profile holding the rarest words (FTS5's intersection of their lists) also counts each of them
whose best it is not among as held once at its length. The pool's best RESCORED x k by that sum
are scored again by BM25 over every word (computed from
FTS5's own statistics: its row count and average length, each profile's length, each word's
count of profiles, as FTS5's bm25() computes it), and the best k returned.

The index is written once the store holds more than ACTIVE profiles (below, the keyword stage
is FTS5's, and writes skip it). Only the postings a query can read are kept: once a word holds
more than 2 x CAP of them, it is cut back to its CAP best, and a later profile's posting of it
is written only if its impact reaches the cut's (the word's floor, FLOORS). A deleted
profile's postings go with its text (a trigger on candidate_text, as FTS5's own), so an erased
person leaves nothing here; FLOORS holds only words more than 2 x CAP profiles held, none that
could point at one person.

What it keeps and costs, at 1,000,000 bench/e2e.py profiles (12 roles, machine at load 15-19):
bench/shortlists.py --against the shortlists of FTS5's exact stage, .823 of the top 10 in
common, CPU p50/p95 per explained shortlist 746/917 ms where FTS5's took 979/1,223 ms;
bench/e2e.py, against FTS5 ranking every match of the same pool: keyword recall@200 .847, top
10 .733 (3 roles). Counting a holder's words held once on top of the impacts read of it,
instead of the larger of the two sums, raised recall@200 against FTS5 over 25 fresh roles from
.782 to .857 and the top 10 in common from .920 to .980, at the same CPU. The migration indexed
the million profiles in 209 s of CPU (4.6 million postings kept, 901 words). At 100,000
profiles nothing is indexed and every shortlist is FTS5's.

An impact is written with the store's average length at the time (FTS5's), so one written
later may be normalised a little differently: the order it gives only picks which profiles are
scored again, which is exact.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, text

from worldhire.core.texts import terms
from worldhire.store.sql import schema as t

IMPACTS = f"{t.SEARCH_TABLE}_impacts"
# Profiles written before the index is: a smaller store's keyword stage is ranked by FTS5
# (repository.RANKED_POSTINGS: its queries hold fewer postings), so its writes skip the index
# (a bulk load of 20,000 took 2.4 times the CPU writing every posting). The write that takes
# the store past it indexes every profile stored.
ACTIVE = 150_000
# Profiles indexed at a time when the whole store is.
BATCH = 20_000
FLOORS = f"{t.SEARCH_TABLE}_floors"
# Postings a word keeps at least (its best); it is cut back to them past twice as many.
CAP = 4000
# Postings read per query word, best first.
READ = CAP
# Profiles of the pool scored on every word, per profile asked for. At 1,000,000 profiles (12
# bench roles, shortlists against FTS5's): 4 kept .631 of the top 10 for 613 ms of CPU per
# shortlist, 8 .823 for 746 (FTS5 979).
RESCORED = 8
# Profiles holding all (or all but the commonest...) of a query's words read at most.
HOLDERS = 8000
HELD_FOR = 8
# Profiles found whose membership of the pool is checked first, best first (then as many as
# the share of the pool among them says are needed).
CHECKED = 1000
# An impact is stored as an integer: millionths.
SCALE = 1_000_000
K1, B = 1.2, 0.75
# Bits that hold any impact (below SCALE x (K1 + 1) = 2,200,000 < 2**22): a posting read is
# (row << IMPACT_BITS) | impact, exact for rows below 2**41.
IMPACT_BITS = 22


@dataclass(frozen=True)
class IndexStats:
    """FTS5's count of rows and their average length in tokens (its averages record)."""

    rows: int
    average_length: float


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at` (FTS5 stores its records in it), and where the
    next one begins."""
    value = 0
    for _ in range(8):
        byte = blob[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    return (value << 8) | blob[at], at + 1


def _length(size: bytes) -> int:
    """A profile's length in tokens from FTS5's docsize record (one varint, the text's one
    column): most take one byte, read without the loop (8,000 holders: 6.5 -> 2.7 ms)."""
    return size[0] if size[0] < 0x80 else _varint(bytes(size), 0)[0]


def index_stats(conn: Connection) -> IndexStats:
    # FTS5_AVERAGES_ROWID: the row count, then the tokens of each column (one here).
    blob = conn.execute(text(f"SELECT block FROM {t.SEARCH_TABLE}_data WHERE id = 1")).scalar()
    if not blob:
        return IndexStats(0, 0.0)
    rows, at = _varint(bytes(blob), 0)
    tokens, _ = _varint(bytes(blob), at)
    return IndexStats(rows, tokens / rows if rows else 0.0)


def idf(stats: IndexStats, holders: int) -> float:
    value = math.log((stats.rows - holders + 0.5) / (holders + 0.5))
    return value if value > 0 else 1e-6


class Scorer:
    """FTS5's bm25() of a profile's text for `words` (each with its count of profiles), in
    FTS5's order of summing (the query's order): to the last bit for a profile in plain
    ASCII; a word is counted as FTS5's tokenizer (unicode61, "+" and "#" kept) reads it,
    accents folded as core.texts.terms folds them."""

    def __init__(self, stats: IndexStats, held: Mapping[str, int]) -> None:
        self.stats = stats
        self.words = list(held)
        self.idf = {w: idf(stats, n) for w, n in held.items()}
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        # A word as a whole token of lower-cased ASCII (the tokenizer's token characters).
        self._ascii = re.compile(rf"(?<![a-z0-9+#])(?:{alternatives})(?![a-z0-9+#])")

    def score(self, body: str, length: int) -> float:
        found = (self._ascii.findall(body.lower()) if body.isascii()
                 else [w for w in terms(body) if w in self.idf])
        counts = Counter(found)
        norm = K1 * (1 - B + B * length / self.stats.average_length)
        total = 0.0
        for word in self.words:  # FTS5 sums in the query's order
            if word in counts:
                tf = counts[word]
                total += self.idf[word] * ((tf * (K1 + 1.0)) / (tf + norm))
        return total


def impacts(body: str, average_length: float) -> dict[str, int]:
    """Each word of a profile's text and its BM25 impact there (in millionths), its length
    normalised by `average_length`."""
    words = terms(body)
    if not words:
        return {}
    norm = K1 * (1 - B + B * len(words) / (average_length or len(words)))
    return {w: round(SCALE * tf * (K1 + 1) / (tf + norm)) for w, tf in Counter(words).items()}


def in_use(conn: Connection) -> bool:
    """Whether the store's profiles are indexed (it held more than ACTIVE once)."""
    return conn.exec_driver_sql(f"SELECT 1 FROM {IMPACTS} LIMIT 1").first() is not None


def written(conn: Connection, after: int) -> None:
    """Keep the index in step with candidate_text's rows past `after`, just written: their
    postings, once the index is in use; every profile's, when the store has just grown past
    ACTIVE."""
    if in_use(conn):
        index_new(conn, after)
        return
    last = int(conn.exec_driver_sql(
        "SELECT coalesce(max(row), 0) FROM candidate_text").scalar_one())
    if last > ACTIVE:
        for start in range(0, last, BATCH):
            index_new(conn, start, start + BATCH)


def index_new(conn: Connection, after: int, upto: int | None = None) -> None:
    """The postings of candidate_text's rows past `after` (up to `upto`), new to the index,
    each word kept to its best (CAP to 2 x CAP)."""
    written = conn.exec_driver_sql(
        "SELECT row, body FROM candidate_text WHERE row > ? AND row <= ?",
        (after, upto if upto is not None else 2**62)).all()
    if not written:
        return
    average = index_stats(conn).average_length
    by_word: dict[str, list[tuple[int, int]]] = {}
    for row, body in written:
        for word, impact in impacts(body, average).items():
            by_word.setdefault(word, []).append((impact, row))
    floors = _floors(conn, list(by_word))
    # In the table's order: each insert lands beside the last one instead of anywhere.
    postings = sorted((word, impact, row) for word, held in by_word.items()
                      for impact, row in held if impact >= floors.get(word, (0, 0))[0])
    if postings:
        conn.exec_driver_sql(
            f"INSERT INTO {IMPACTS} (term, impact, row) VALUES (?, ?, ?)", postings)
    added = Counter(word for word, _, _ in postings)
    if grown := [(added[w], w) for w in floors if added[w]]:
        conn.exec_driver_sql(f"UPDATE {FLOORS} SET kept = kept + ? WHERE term = ?", grown)
    for word in by_word:
        kept = floors[word][1] + added[word] if word in floors else _kept(conn, word)
        if kept > 2 * CAP:
            _cut(conn, word)


def _holders(conn: Connection, rarest: Sequence[str], wanted: int
             ) -> list[tuple[int, int, int]]:
    """(row, length in tokens, how many of `rarest` it holds) of the profiles holding every word
    of `rarest`, then every one but the commonest, ... until `wanted` are found or HOLDERS
    read (FTS5 intersects its lists: a few milliseconds at 1,000,000 profiles). The lengths
    are read once, of the rows found: each intersection holds the previous one's rows again."""
    found: list[tuple[int, int]] = []
    seen: set[int] = set()
    for count in range(_most_held(conn, rarest), 0, -1):
        rows = _holding(conn, rarest[:count], HOLDERS - len(found))
        found += [(row, count) for row in rows if row not in seen]
        seen.update(rows)
        if len(found) >= min(wanted, HOLDERS):
            break
    sizes: dict[int, bytes] = dict(conn.exec_driver_sql(
        f"SELECT id, sz FROM {t.SEARCH_TABLE}_docsize WHERE id IN "
        "(SELECT value FROM json_each(?))", (json.dumps([row for row, _ in found]),)).all())
    return [(row, _length(sizes[row]), count) for row, count in found]


def _holding(conn: Connection, words: Sequence[str], most: int) -> list[int]:
    """The first `most` rows (by row) of the profiles holding every one of `words`."""
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
    return [row for row, in conn.exec_driver_sql(
        f"SELECT rowid FROM {t.SEARCH_TABLE} WHERE {t.SEARCH_TABLE} MATCH ? LIMIT ?",
        (match, most)).all()]


def _most_held(conn: Connection, rarest: Sequence[str]) -> int:
    """The most of `rarest` (the rarest first) some profile holds: the holders of more hold
    fewer, so it is found by asking for 1, 2, 4, ... of them, then halving between the most
    held and the fewest not. An intersection somebody holds is read only to its first row; one
    nobody holds is read to its end, at a cost that grows with its words (at 1,000,000
    profiles 17-24 ms of CPU for twelve words, 3 for three). Asking for all of them first, the
    most often held, paid that whole price wherever they were not: over 25 bench roles the
    probes took 100 ms of CPU, 36 from the fewest up (a few tenths of a millisecond more
    where all are held, 17-21 less on each of the four where they were not)."""
    low, high = 0, len(rarest)  # somebody holds the first `low`; nobody more than `high`
    size = 1
    while low < high:
        size = min(size, high)
        if not _holding(conn, rarest[:size], 1):
            high = size - 1
            break
        low, size = size, 2 * size
    while low < high:
        middle = (low + high + 1) // 2
        if _holding(conn, rarest[:middle], 1):
            low = middle
        else:
            high = middle - 1
    return low


def _floors(conn: Connection, words: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The words already cut: (the impact a new posting must reach, postings kept)."""
    found: dict[str, tuple[int, int]] = {}
    for start in range(0, len(words), 500):
        found.update({term: (floor, kept) for term, floor, kept in conn.exec_driver_sql(
            f"SELECT term, floor, kept FROM {FLOORS} WHERE term IN (SELECT value FROM "
            "json_each(?))", (json.dumps(list(words[start:start + 500])),))})
    return found


def _kept(conn: Connection, word: str) -> int:
    """The postings of a word never cut, counted up to one past 2 x CAP."""
    return int(conn.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {IMPACTS} WHERE term = ? LIMIT ?)",
        (word, 2 * CAP + 1)).scalar_one())


def _cut(conn: Connection, word: str) -> None:
    """A word's postings back to its CAP best; later ones are written from its floor up (a later
    profile's row is larger: of equal impact, it is after the cut)."""
    impact, row = conn.exec_driver_sql(
        f"SELECT impact, row FROM {IMPACTS} WHERE term = ? ORDER BY impact DESC, row DESC "
        "LIMIT 1 OFFSET ?", (word, CAP - 1)).one()
    conn.exec_driver_sql(
        f"DELETE FROM {IMPACTS} WHERE term = ? AND (impact < ? OR (impact = ? AND row < ?))",
        (word, impact, impact, row))
    conn.exec_driver_sql(
        f"INSERT INTO {FLOORS} (term, floor, kept) VALUES (?, ?, ?) ON CONFLICT (term) "
        "DO UPDATE SET floor = excluded.floor, kept = excluded.kept", (word, impact, CAP))


def _with_holders(
    rows: np.ndarray, found: np.ndarray, stats: IndexStats, scorer: Scorer,
    lists: Mapping[str, np.ndarray], rarest: Sequence[str],
    holders: list[tuple[int, int, int]],
) -> tuple[np.ndarray, np.ndarray]:
    """`found` (each of `rows`' sum of the weighted impacts read of it) with the holders (row,
    length, how many of `rarest` it holds): each of the rarest words a holder holds whose best
    postings (`lists`) it is not among is counted as held once at the holder's length; holders
    not found yet are added."""
    if not holders:
        return rows, found
    held = np.fromiter((row for row, _, _ in holders), dtype=np.int64, count=len(holders))
    sizes = np.fromiter((size for _, size, _ in holders), dtype=np.float64, count=len(holders))
    counts = np.fromiter((count for _, _, count in holders), dtype=np.int64,
                         count=len(holders))
    average = stats.average_length or 1.0
    once = SCALE * (K1 + 1) / (1 + K1 * (1 - B + B * np.maximum(sizes, 1.0) / average))
    at = np.searchsorted(rows, held)
    known = at < len(rows)
    known[known] = rows[at[known]] == held[known]
    estimate = np.zeros(len(holders))
    estimate[known] = found[at[known]]
    for i, word in enumerate(rarest):
        unread = (counts > i) & ~np.isin(held, lists.get(word, _NONE))
        estimate += unread * (scorer.idf[word] * once)
    found = found.copy()
    found[at[known]] = estimate[known]
    return (np.concatenate([rows, held[~known]]),
            np.concatenate([found, estimate[~known]]))


_NONE = np.zeros(0, dtype=np.int64)


def _ranked(conn: Connection, held: Mapping[str, int], stats: IndexStats, scorer: Scorer,
            k: int) -> list[int]:
    """The rows of the searched text found by the words' READ best postings and by the holders
    of the rarest words, best first by the impacts read (and estimated), ties by row."""
    # Read by the driver's own cursor, each word's postings as one text of numbers that numpy
    # parses: a query reads about READ postings a word, and a Python row for each cost more CPU
    # than SQLite's reading it (SQLAlchemy's rows: 49 -> 28 ms for 32,000; the driver's
    # tuples: 40 -> 25 ms for 40,000 at 1,000,000 profiles). Each posting is one number, its
    # row and impact side by side in its bits: half the numbers to write and parse as
    # "row impact" pairs (48,000 postings of a bench role: 29 -> 15 ms).
    driver = conn.connection.driver_connection
    assert driver is not None
    lists: dict[str, np.ndarray] = {}
    weighted = []
    for word, weight in scorer.idf.items():
        # Backwards along the primary key (term, impact, row): no sort.
        postings = driver.execute(
            f"SELECT group_concat((row << {IMPACT_BITS}) | impact, ' ') FROM (SELECT row, "
            f"impact FROM {IMPACTS} WHERE term = ? ORDER BY impact DESC, row DESC LIMIT ?)",
            (word, READ)).fetchone()[0]
        if postings:
            read = np.fromstring(postings, dtype=np.int64, sep=" ")
            lists[word] = read >> IMPACT_BITS
            weighted.append(weight * (read & ((1 << IMPACT_BITS) - 1)))
    # Each profile's weighted impacts summed in the words' order (bincount adds a bin's
    # weights in the order they come).
    rows, at = np.unique(np.concatenate(list(lists.values()) or [_NONE]), return_inverse=True)
    found = np.bincount(at, weights=np.concatenate(weighted or [np.zeros(0)]),
                        minlength=len(rows))
    # A profile holding every word at a middling impact is beyond each word's best, and
    # outranks most of them: the holders of all the words (then all but the commonest, ...),
    # FTS5's intersection of its lists.
    rarest = sorted(held, key=lambda w: (held[w], w))
    rows, found = _with_holders(rows, found, stats, scorer, lists, rarest,
                                _holders(conn, rarest, HELD_FOR * k))
    ranked: list[int] = rows[np.lexsort((rows, -found))].tolist()
    return ranked


def search(conn: Connection, held: Mapping[str, int], k: int,
           pool_rows: Callable[[list[int]], Collection[int]]) -> list[tuple[str, float]]:
    """The `k` best of the pool by BM25 over `held`'s words (the query's, in its order, each
    with its count of profiles) among the pool's RESCORED x k best by the words' READ best
    postings, best first, ties by id. `pool_rows`: which of some rows of the searched text are
    the pool's."""
    stats = index_stats(conn)
    scorer = Scorer(stats, held)
    ranked = _ranked(conn, held, stats, scorer, k)
    wanted = RESCORED * k
    members: set[int] = set()
    checked, part = 0, CHECKED
    while checked < len(ranked) and len(members) < wanted:
        members.update(pool_rows(ranked[checked:checked + part]))
        checked += part
        # The share of the pool among the rows checked says how many more rows hold the
        # members still wanted (and a quarter more): a pool of a seventh of the store is
        # checked in two statements, not twelve.
        share = len(members) / min(checked, len(ranked))
        part = math.ceil(1.25 * (wanted - len(members)) / share) if share else len(ranked)
    picked = [row for row in ranked[:checked] if row in members][:wanted]
    rescored = conn.exec_driver_sql(
        f"SELECT c.candidate_id, c.body, d.sz FROM candidate_text AS c "
        f"JOIN {t.SEARCH_TABLE}_docsize AS d ON d.id = c.row "
        "WHERE c.row IN (SELECT value FROM json_each(?))", (json.dumps(picked),)).all()
    scored = [(scorer.score(body, _length(size)), cid)
              for cid, body, size in rescored]
    best = sorted(((score, cid) for score, cid in scored if score > 0),
                  key=lambda hit: (-hit[0], hit[1]))
    return [(cid, score) for score, cid in best[:k]]
