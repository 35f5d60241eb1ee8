"""PostgreSQL's keyword stage from a table of postings instead of the profiles' tsvectors.

The stage ranks the profiles holding any of a role's telling words by pg/full_text.py's
weighted_rank: the weights of the words a profile holds plus ts_rank over all of them. Asked of
the stored tsvector, that was a parallel scan of every profile's text at 100,000 profiles (an
OR of up to 17 words matches about 35% of them), each row's tsvector checked 17 times, then
ranked: 483 ms of the server's CPU of a shortlist's 790.

Both parts of the score add up word by word, each from what the profile's tsvector holds of
that word alone. ts_rank of a query whose top operator is an OR (tsrank.c, calc_rank_or) sums
over the query's distinct lexemes, for each one the profile holds, its positions' weights
(every position to_tsvector writes has weight D, 0.1), the j-th divided by j squared, over the
limit of that series (RANK_NORMALISER), then divides the sum by the count of the query's
lexemes. So a lexeme's part depends only on how many positions the profile holds of it.
`candidate_search_postings` (migrations 0042, 0044) keeps, for each lexeme of each profile's
tsvector, that count: a row per lexeme per write (term, batch, candidate ids, occurrences, the
arrays side by side). A query reads its lexemes' rows, unnests them and sums each profile's
parts in one aggregate; no tsvector is read. The profiles returned are then scored again by
weighted_rank itself (`exact`), from their tsvectors: the aggregate sums in double precision
where ts_rank sums in single, so only its order is used, and every profile within a rounding
of the last one kept is scored again (without that, keyword recall@200 against every match
was .9993 instead of 1.0 over 15 bench roles: ties in single precision ordered otherwise).

An impact-ordered list (SQLite's store/sql/impacts.py, read only as far as each word's best
few thousand) would buy nothing here: a word adds its weight to every profile holding it,
and ts_rank's part, under 0.1 over the count of the query's lexemes, is all that differs
between them; the best profiles are those holding the most telling words, found only by
reading every list of the query.

A word the parser splits into several lexemes ("a+b") is held where all of them are: its
weight is spread over them here, so a profile holding some of them is ranked a little wrongly
by the aggregate, and `exact` (which checks the match as well) sets it right.

The simpler levers, measured on a store of 100,000 profiles just bulk-loaded (server CPU a
role, 8 roles, LIMIT 6,400, load 31): every match of the tsvectors as the planner scans them
546 ms, through the GIN index (sequential scans off) 359, ts_rank alone without the words'
weights 332, the five rarest words alone 13 (but another ranking: most matches lose the words
they hold), the postings' aggregate 104 and the rescoring 8.

The aggregate's cost is in grouping: hashing each posting's id and summing per profile (at
500,000 profiles 114,000-137,000 profiles hold a bench role's words, 190,000-430,000 postings;
unnesting them costs a tenth to a fifth of the query). A profile can score no more than the
weights of the words it holds plus ts_rank's largest parts, so `best` groups only the profiles
holding one of the role's rarer words (MaxScore): the commonest words are left out of that
choice as long as their bounds summed stay under the k-th score found, which every profile
holding none of the rarer words would need to reach. Their postings are still read, for the
profiles chosen. A first guess of that score (GUESS of the bounds summed) is checked against
the k-th score it finds; where it was too high the query runs again with the score found, which
always holds, and where it found fewer than k profiles, over every profile. At 500,000
bench/e2e.py profiles (8 roles' keyword stages, LIMIT 6,400, server CPU, load 13-14) the
aggregates cost 406/376/312/430/215/334/409/259 -> 432/265/276/321/154/229/270/227 ms (2,741 ->
2,174 in all), the same profiles in the same order; one role's grouped 29,000 profiles where it
grouped 132,000.

The depth asked matters through the guess: the keyword stage asked for the whole store's best
6,400 (every part it may read) even for a pool holding most of the store, whose 200 are among
the first few hundred, and GUESS was too high for that depth for 4 of 11 bench roles (their
6,400th scored .40-.42 of the most, their 1,600th .455-.50), costing a second aggregate. It now
asks for the best 1,600 first and deeper only as far as the share of the pool met says
(store/sql/pool_search.py, FIRST and DEEPER). At 500,000 profiles (11 roles, server CPU, twice
each way, load 10-14) the keyword stage cost 4,244 and 4,397 ms in all before, 3,141 and 3,550
after, the same hits and top 50s. The depth itself hardly moves the cost: 800, 1,600, 2,400 and
3,200 first cost 2,859-3,719 ms in all, within the noise, against 4,013 for 6,400. What is
left is reading the commoner words' postings: the rarer words' postings alone sum in 16-113 ms
a role where the whole aggregate costs 163-589. Their holders cannot be cut further by bounds:
the left-out words' bounds sum to about GUESS of the most, more than the spread of the rarer
words' sums, so every holder (10,000-43,000) could still reach the 1,600th; and scoring them
from their tsvectors instead of the commoner words' postings cost 228-1,225 ms.

A holder's own sum bounds it better than the rarer words' bounds do: it scores at most its sum
of the rarer terms plus the commonest terms' bounds. So over the whole store (`contenders`) the
terms whose bounds sum to under LEFT_OUT of all of them are left out, the others summed for
their holders, and the commonest summed only for the holders whose sum is among the best
CONTENDERS x k; where the k-th then scores less than the last of those sums plus the left-out
bounds, its score less those bounds is the sum every profile that could reach it holds, and the
statement runs again over them (one of 11 bench roles). Every posting is still unnested once;
what shrinks is the set each commoner posting is probed against and summed into (a role's
23,000-98,000 holders to the 8,000 or so in contention). At 500,000 bench/e2e.py profiles (11
roles' whole-store best 1,600, server CPU, each role old then new twice, load 10-18) the
aggregates cost 5,984 and 5,454 ms in all before, 4,971 and 4,330 after (LEFT_OUT .25 and 5 x
k: 5,708 -> 4,577; .2 and 3 x k: 6,136 -> 5,306; .25 and 8 x k: 5,854 -> 4,777;
.3 and 5 x k: 5,297 -> 4,295; .3 and 8 x k: 5,950 -> 5,277), the same keyword hits from every
role's stage. A statement run again sums the rarer terms again: keeping the first one's sums (a
temporary table) is a lever not tried.

What it costs, at 100,000 bench/e2e.py profiles (load 20-25): the keyword query's server CPU
415 -> 62 ms a role (8 roles; rescoring 7 ms more), 74,000 postings read for a role of 16
words; a shortlist's server CPU p50/p95 511-523/705-716 -> 135-152/272-313 ms, with the same
shortlists (bench/shortlists.py, 25 roles). The table holds 5.9 million postings (59 a
profile), 694 MB beside candidate_text's 213. Writing it is the price: a bulk load's server
CPU for 50,000 profiles 13.6 -> 28.9 s (about 5 us a posting), and the aggregate grows with
the postings its words hold, as the store does.

Integer ids in the postings (each profile named by its candidate_text.row, only the rows kept
named by their ids, from an index of (row, candidate_id)) were tried at 500,000 bench
profiles and bought nothing: the table shrank from 1,034 to 288 MB and the bare aggregate
over copies of 4 roles' postings cost 22-28% less, but the shortlists' own aggregates (8
roles, server CPU, load 13-15) summed 1,920 ms before and 1,920 after (the same profiles),
and a bulk load of 20,000 profiles cost the server 5.5-5.8 s of CPU either way. The time is in
unnesting the 240,000-260,000 postings of a role's words and probing each against the hash of
the rarer words' holders, which the ids' width hardly changes; rewriting the table took
112-137 s (28-32 s of the server's CPU).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    Connection,
    Float,
    Row,
    String,
    any_,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.sql.elements import Grouping

from worldhire.store.pg.full_text import weighted_rank
from worldhire.store.sql import schema as t
from worldhire.store.sql.pool import among

POSTINGS = f"{t.SEARCH_TABLE}_postings"
# candidate_text's generated tsvector (migration 0014; not in the SQLAlchemy schema: the
# database computes it).
SEARCH_VECTOR = f"{t.SEARCH_TABLE}_vector"
# tsrank.c: a position's weight by its class (D, what to_tsvector writes, first), the limit of
# the sum of 1/j^2 its ranks divide by, and the positions a tsvector keeps of a lexeme at most.
POSITION_WEIGHT = 0.1
RANK_NORMALISER = 1.64493406685
MOST_POSITIONS = 256
# More than ts_rank's rounding to single precision moves a score (its sum is under 1).
TIE = 1e-6
# `best`'s first guess of the k-th score, as a share of the most a profile could score (every
# word held at its most positions): bench roles' 6,400th of 500,000 profiles was 0.49-0.63, and
# a guess too high costs a second query.
GUESS = 0.45
# `contenders`: the commonest terms whose bounds sum to under this share of all the terms' are
# summed only for the profiles whose sum of the others is among the best CONTENDERS x k.
LEFT_OUT = 0.2
CONTENDERS = 5

_postings = table(POSTINGS, column("term"), column("candidate_ids"), column("occurrences"))
_LEXEMES = text(
    "SELECT u.word, tsvector_to_array(to_tsvector('simple', u.word)) "
    "FROM unnest(CAST(:words AS text[])) AS u(word)")


def rank_parts(lexemes: int) -> list[float]:
    """ts_rank's part for a lexeme a profile holds at 1, 2, ... MOST_POSITIONS positions, in a
    query of `lexemes` distinct lexemes."""
    parts, held = [], 0.0
    for j in range(1, MOST_POSITIONS + 1):
        held += POSITION_WEIGHT / (j * j)
        parts.append(held / RANK_NORMALISER / lexemes)
    return parts


@dataclass(frozen=True)
class Query:
    """A keyword query's words (each with its weight, pg/full_text.py's telling_words) as the
    postings hold them: each lexeme with the weight of the words it stands for."""

    weights: Mapping[str, float]
    terms: Mapping[str, float]

    @classmethod
    def of(cls, conn: Connection, weights: Mapping[str, float]) -> Query:
        terms: dict[str, float] = {}
        for word, lexemes in conn.execute(_LEXEMES, {"words": list(weights)}):
            for lexeme in lexemes:  # a word of several is held where all of them are
                terms[lexeme] = terms.get(lexeme, 0.0) + weights[word] / len(lexemes)
        return cls(weights, terms)

    def best(self, conn: Connection, limit: int, where: Any = None) -> Sequence[Row[Any]]:
        """`ranked(where)`'s first `limit` rows, grouping only the profiles holding one of the
        rarer terms where the commoner ones alone cannot reach the last row's score (MaxScore,
        the module's docstring); over the whole store, the commoner terms are summed only for
        the profiles whose rarer terms' sum leaves them in contention (`contenders`)."""
        if where is None and (found := self.contenders(conn, limit)) is not None:
            return found
        most = rank_parts(len(self.terms))[-1]
        bounds = sorted((weight + most, term) for term, weight in self.terms.items())
        floor = GUESS * sum(bound for bound, _ in bounds)
        for _ in range(2):
            reach, common = 0.0, 0
            while common < len(bounds) and reach + bounds[common][0] + TIE < floor:
                reach += bounds[common][0]
                common += 1
            if not common:
                break
            rarer = [term for _, term in bounds[common:]]
            rows = conn.execute(self.ranked(where, rarer).limit(limit)).all()
            if len(rows) < limit:
                break
            if reach + TIE < rows[-1].score:
                return rows
            floor = rows[-1].score  # a profile outside needs more: fewer words are left out
        return conn.execute(self.ranked(where).limit(limit)).all()

    def contenders(self, conn: Connection, limit: int) -> Sequence[Row[Any]] | None:
        """The whole store's best `limit` (as `ranked()` orders them), the commonest terms
        (their bounds summed under LEFT_OUT of all the terms') summed only for the profiles
        whose sum of the other terms is among the best CONTENDERS x `limit`: a profile outside
        scores less than that sum plus the commonest terms' bounds, so where the last row
        scores more the rows are the best; otherwise the last row's score less those bounds is
        a sum every profile that could reach it holds, and the profiles holding it are summed
        (the module's docstring). None where no term is left out or fewer than `limit`
        profiles hold the others."""
        most = rank_parts(len(self.terms))[-1]
        bounds = sorted((weight + most, term) for term, weight in self.terms.items())
        share = LEFT_OUT * sum(bound for bound, _ in bounds)
        reach, common = 0.0, 0
        while common < len(bounds) and reach + bounds[common][0] < share:
            reach += bounds[common][0]
            common += 1
        if not common:
            return None
        rarer = [term for _, term in bounds[common:]]
        commoner = [term for _, term in bounds[:common]]
        sums = self._summed(rarer).cte("rarer_sums")
        held = select(sums.c.score).order_by(sums.c.score.desc()).offset(
            bindparam("contending", CONTENDERS * limit)).limit(1).scalar_subquery()
        rows = conn.execute(self._contending(sums, commoner, func.coalesce(held, 0.0), limit)
                            ).all()
        if len(rows) < limit:
            return None
        if rows[-1].score >= rows[-1].least + reach + TIE:
            return rows
        least = rows[-1].score - reach - TIE
        if least <= 0:  # a profile holding none of the rarer terms could reach the last row
            return conn.execute(self.ranked().limit(limit)).all()
        return conn.execute(self._contending(
            sums, commoner, bindparam("least", least, type_=Float), limit)).all()

    def _contending(self, sums: Any, commoner: Sequence[str], least: Any, limit: int) -> Any:
        """(candidate_id, score, least) of the best `limit` of the profiles whose sum of the
        rarer terms (`sums`) is at least `least`, their commoner terms' parts added."""
        chosen = (select(sums.c.candidate_id, sums.c.score, least.label("least"))
                  .where(sums.c.score >= least).cte("contending"))
        added = self._summed(commoner, select(chosen.c.candidate_id)).subquery()
        score = (chosen.c.score + func.coalesce(added.c.score, 0.0)).label("score")
        return (select(chosen.c.candidate_id, score, chosen.c.least)
                .outerjoin(added, added.c.candidate_id == chosen.c.candidate_id)
                .order_by(score.desc(), chosen.c.candidate_id).limit(limit))

    def _summed(self, terms: Sequence[str], among: Any = None) -> Any:
        """(candidate_id, score) of the profiles holding any of `terms` (of those `among`
        selects, where given), each summing its parts of them."""
        wanted = func.unnest(
            bindparam("terms", list(terms), type_=ARRAY(String), unique=True),
            bindparam("weights", [self.terms[term] for term in terms], type_=ARRAY(Float),
                      unique=True),
        ).table_valued("term", "weight").render_derived()
        # Parenthesised: PostgreSQL subscripts a parameter's array only so.
        parts = Grouping(cast(bindparam("parts", rank_parts(len(self.terms)),
                                        type_=ARRAY(Float), unique=True), ARRAY(Float)))
        # Unnested in the select list, side by side, not materialised as a function's rows.
        held = (select(wanted.c.weight,
                       func.unnest(_postings.c.candidate_ids).label("candidate_id"),
                       func.unnest(_postings.c.occurrences).label("occurrences"))
                .select_from(wanted.join(_postings, _postings.c.term == wanted.c.term))
                .subquery())
        summed = (select(held.c.candidate_id,
                         func.sum(held.c.weight + parts[held.c.occurrences]).label("score"))
                  .group_by(held.c.candidate_id))
        return summed if among is None else summed.where(held.c.candidate_id.in_(among))

    def ranked(self, where: Any = None, holding: Sequence[str] | None = None) -> Any:
        """(candidate_id, score) of the profiles holding any of the terms, best first (ties by
        id, as full_text orders them); `where` joins predicates over `candidates` in, and only
        the profiles holding one of the terms `holding` are summed, where given."""
        holders = None
        if holding is not None:
            holders = select(func.unnest(_postings.c.candidate_ids)).where(
                _postings.c.term == any_(bindparam("holding", list(holding), type_=ARRAY(String))))
        summed = self._summed(list(self.terms), holders)
        if where is None:
            columns = summed.selected_columns
            return summed.order_by(columns.score.desc(), columns.candidate_id)
        # The pool's predicates over each profile found once, not each posting.
        found = summed.subquery()
        return (select(found.c.candidate_id, found.c.score)
                .join(t.candidates, t.candidates.c.id == found.c.candidate_id).where(where)
                .order_by(found.c.score.desc(), found.c.candidate_id))

    def exact(self, conn: Connection, hits: Sequence[tuple[str, float]], k: int
              ) -> list[tuple[str, float]]:
        """The best `k` of `hits` (the aggregate's, best first) by weighted_rank from their
        tsvectors, those that match the query, best first (ties by id). The aggregate sums in
        double precision what ts_rank sums in single: the profiles within TIE of the k-th may
        be in either order, so each of them is scored again."""
        if len(hits) > k:
            floor = hits[k - 1][1] - TIE
            hits = [hit for hit in hits if hit[1] >= floor]
        return self.among(conn, [cid for cid, _ in hits], k)

    def among(self, conn: Connection, candidate_ids: Sequence[str], k: int
              ) -> list[tuple[str, float]]:
        """The best `k` of these profiles that match the query, by weighted_rank from their
        tsvectors, best first (ties by id)."""
        if not candidate_ids:
            return []
        query, score = tsvector_matches(self.weights)
        ct = t.candidate_text
        rows = conn.execute(query.where(among(ct.c.candidate_id, candidate_ids, "postgresql"))
                            .order_by(score.desc(), ct.c.candidate_id).limit(k)).all()
        return [(r.candidate_id, float(r.score)) for r in rows]


def tsvector_matches(weights: Mapping[str, float]) -> tuple[Any, Any]:
    """The profiles whose stored tsvector matches any of the words, as (candidate_id, score)
    rows of candidate_text, and the score: weighted_rank (the stored tsvector the GIN index
    covers, migration 0014: ranking reads it rather than parsing each match's text again)."""
    ct = t.candidate_text
    document: Any = literal_column(f"{ct.name}.{SEARCH_VECTOR}")
    simple: Any = literal_column("'simple'::regconfig")
    wanted = func.websearch_to_tsquery(simple, " or ".join(weights))
    score = weighted_rank(document, weights)
    return (select(ct.c.candidate_id, score.label("score")).where(document.op("@@")(wanted)),
            score)
