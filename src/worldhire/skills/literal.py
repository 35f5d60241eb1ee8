"""Exact label and alias matching on word boundaries, in one pass over the text's tokens.

Every name of every concept becomes a token tuple in one dictionary; a scan tries, at each token,
the longest names starting there, stopping as soon as the tokens read so far are no name's prefix.
That keeps a whole résumé to a few thousand dictionary probes.

Names that are also everyday words or acronyms of other things are trusted only in context, and
context is the sentence (or line) the name is in, never the whole document:
- an everyday word that names a product ("Hive", "Eclipse", "LESS") counts only written with the
  product's capitals and beside an unambiguous technical name in the same sentence, so "(Less
  than 1 year)" is not the LESS stylesheet language while "HTML and CSS (LESS, SCSS)" is;
- an acronym with other common senses ("CV", "DL", "DPO") counts only written exactly so and
  beside a concept of its own neighbourhood in the taxonomy ("CV" needs "PyTorch" or "object
  detection" nearby, not any tool);
- a product name written in capitals is not taken at the start of a sentence, where every word
  is capitalised ("Source control with Git" is not the Source game engine), unless the sentence
  is a list of short names ("Eclipse, STS, Maven, Putty": the first item).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from worldhire.core.texts import fold
from worldhire.skills.duties import duty_grammar
from worldhire.skills.literal_rules import (
    _CAMEL_NAME,
    _CAMEL_PARTS,
    _CYRILLIC,
    _GLUED_VERSION,
    _LIST_SEPARATOR,
    _MOST_CAMEL_PARTS,
    _NOT_VERSION_AFTER,
    _SHORTEST_PART,
    _VERSION,
    AI_ROOT,
    ANALYSIS_STACK,
    APPLICATION_KINDS,
    BUILDING_KINDS,
    CASE_ENDINGS,
    COMPOUND_HEAD_MIN,
    COMPOUND_MODIFIER_MIN,
    ELIDED_HEAD_MIN,
    GERMAN_AND,
    GERMAN_NOUN_ENDINGS,
    INFLECTED_MIN,
    MIN_STEM,
    MIN_TYPO_NAME,
    MIN_TYPO_WORD,
    PLACE_NAMES,
    PRODUCT_KINDS,
    PROGRAMMING_ROOT,
    REPORT_WRITING,
    SLAVIC_NOUN_ENDINGS,
    SLAVIC_STEM_MIN,
    _acronym,
    _consent_spans,
    _is_product_spelling,
    _list_of_names,
    _listed_product,
    _outside_tech_sentences,
    _Pattern,
    _same_stem,
    _split_by_list,
    _used_product,
    article_forms,
    article_kin,
    common_words,
    french_verb,
    joined_products,
    letters_not_dotted,
    not_english,
    other_tone_marks,
    owned_acronym,
    person_initial,
    report_of_a_kind,
    same_article,
    tone_marked,
)
from worldhire.skills.taxonomy import Concept, Taxonomy, ambiguous_company, unmatched_names
from worldhire.skills.text import Token, name_key, sentence_starts, tokenize, words

# How much a literal hit says, by where the name comes from. Extension names are curated, so they
# beat ESCO's; ESCO alternative labels are looser synonyms than preferred labels.
SCORE_WH_LABEL = 0.95
SCORE_WH_ALIAS = 0.92
SCORE_ESCO_LABEL = 0.9
SCORE_ESCO_ALIAS = 0.8
SCORE_SHARED_ALIAS = 0.7  # an ESCO alternative label that several concepts share
SCORE_WEAK = 0.75  # a one-word name that is also an everyday word ("Spark", "communication")
CONTAINED_FACTOR = 0.8  # "SQL" inside "SQL Server" still counts, for less
REPEAT_BONUS = 0.02
FAMILY_HOPS = 3  # how far an ambiguous acronym's supporting neighbourhood reaches
# Endings an everyday English word takes without becoming another word ("resets", "parsed").
_EVERYDAY_ENDINGS = ("s", "es", "d", "ed", "ing")
RECENT_TEXTS = 2  # a text and the same text with a job title blanked
WORD_CACHE = 1 << 14  # words whose readings are remembered, per matcher
COMPOSED_FACTOR = 0.95  # a concept shown by others named beside it, rather than by its name
# A duty's object is looked up by the first letters of its first word, which its plural and
# declined forms keep ("paie", "paies"; "bugetul", "bugetului").
DUTY_OBJECT_PREFIX = 2
# A name's words (or a duty's object) and the patterns they match.
_Named = tuple[tuple[str, ...], tuple[_Pattern, ...]]
_PLACE_FIRST_WORDS = frozenset(key[0] for key in PLACE_NAMES)  # where a place's name may start


@dataclass(frozen=True, slots=True)
class LiteralHit:
    concept_id: str
    start: int  # char offsets into the text
    end: int
    score: float


class LiteralMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._common = common_words()
        self._unmatched = unmatched_names(taxonomy)
        self._company = ambiguous_company(taxonomy)
        # ESCO skills the extension maps its own concepts to ("customer segmentation" from
        # marketing analytics): their written names are a data or software skill, not a trade.
        self._technical_esco = frozenset(
            e for c in taxonomy.extension() for e in taxonomy.esco_targets(c.id))
        table: dict[tuple[str, ...], dict[str, _Pattern]] = defaultdict(dict)
        alias_owners: dict[tuple[str, ...], int] = defaultdict(int)
        for concept in taxonomy.concepts.values():
            if concept.source == "esco":
                for alias in concept.aliases:
                    alias_owners[tuple(fold(w) for w in words(alias))] += 1
        for concept in taxonomy.concepts.values():
            for key, pattern in self._patterns(concept, alias_owners):
                current = table[key].get(concept.id)
                if current is None or pattern.score > current.score:
                    table[key][concept.id] = pattern
        named = frozenset(table)
        for key, patterns in list(table.items()):
            local = [p for p in patterns.values() if p.local]
            for variant in article_forms(key) if local else ():
                for p in local:
                    current = table[variant].get(p.concept_id)
                    if current is None or p.score > current.score:
                        table[variant][p.concept_id] = p
        # The article's forms are matched exactly; declined, a name's "de" and "des" are one
        # word (`_declines`), and its variants stay out of the inflection table, which every
        # word of a text is looked up in.
        self._article_variants = frozenset(table) - named
        self._table = {key: tuple(patterns.values()) for key, patterns in table.items()}
        self._spaced = self._spaced_table(taxonomy)
        self._spaced_first = frozenset(key[0] for key in self._spaced)
        # Names written with a list's separator inside ("PF, ESIC"): the only ones that match
        # across one.
        self._separated = frozenset(
            tuple(fold(w) for w in words(name))
            for concept in taxonomy.concepts.values() for name in concept.names
            if _LIST_SEPARATOR.search(name)
        )  # fmt: skip
        self._prefixes = {key[:n] for key in self._table for n in range(1, len(key))}
        # The words a name starts with: at any other word no name starts.
        self._first_words = frozenset(key[0] for key in self._table)
        self._products = frozenset(c.id for c in taxonomy.extension() if c.kind in PRODUCT_KINDS)
        self._max_len = max(len(key) for key in self._table)
        self._shown_by = {c.id: c.shown_by for c in taxonomy.concepts.values() if c.shown_by}
        self._typo_names, self._typo_deletions = self._typo_tables()
        # What a name split in two ("tensor flow") starts with.
        self._typo_heads = frozenset(name[:k] for name in self._typo_names
                                     for k in range(1, len(name) + 1))
        # A word's reading as a typo or a declined name depends on the word alone.
        self._slip = lru_cache(maxsize=WORD_CACHE)(self._slip_of)
        self._declined_word = lru_cache(maxsize=WORD_CACHE)(self._declined_patterns)
        self._inflections = self._inflection_table()
        self._heads = {
            key[0]: heads for key, patterns in self._table.items()
            if len(key) == 1 and len(key[0]) >= COMPOUND_HEAD_MIN
            and (heads := tuple(p for p in patterns
                                if p.local and p.proper and self._declinable(p)))
        }  # fmt: skip
        # Each other case's ending, folded, with the nominative endings it replaces.
        self._slavic_cases: dict[str, set[str]] = defaultdict(set)
        for nominative, *cases in SLAVIC_NOUN_ENDINGS:
            for case in cases:
                if fold(case) != fold(nominative):  # "cją" folds to "cja"
                    self._slavic_cases[fold(case)].add(fold(nominative))
        self._slavic_endings = tuple(sorted(self._slavic_cases, key=len, reverse=True))
        self._duty_grammar = duty_grammar()
        self._duty_forms, self._duty_objects = self._duty_tables()
        # The last texts' hits, latest first.
        self._recent: tuple[tuple[str, tuple[LiteralHit, ...]], ...] = ()
        self._ai = frozenset(
            c.id for c in taxonomy.extension()
            if AI_ROOT in ({c.id} | taxonomy.ancestors(c.id))
        )  # fmt: skip
        # The AI concepts whose sentence makes a trade the domain of the software. An
        # application of ML to a trade ("credit scoring", "fraud detection") names the trade
        # itself: the analyst who builds scoring models and follows credit risk has both skills.
        self._ai_methods = frozenset(
            c for c in self._ai if taxonomy.concepts[c].kind not in APPLICATION_KINDS)
        # Besides AI, the frameworks and tools software is built with name a sentence where a
        # trade is the domain of the work ("the e-Faktur module in Laravel"). A language alone
        # is also an analyst's or an engineer's script ("sales forecasts in Python"), and the
        # Python data stack an analyst's notebook.
        self._builds = frozenset(
            c.id for c in taxonomy.extension()
            if c.kind in BUILDING_KINDS
            and PROGRAMMING_ROOT in (lineage := {c.id} | taxonomy.ancestors(c.id))
            and ANALYSIS_STACK not in lineage
        )  # fmt: skip
        wanted = {ref for groups in self._shown_by.values() for group in groups for ref in group}
        # For each concept, the shown_by references it stands for (itself or an ancestor).
        self._stands_for = {
            c.id: frozenset(({c.id} | taxonomy.ancestors(c.id)) & wanted)
            for c in taxonomy.extension() if ({c.id} | taxonomy.ancestors(c.id)) & wanted
        }

    def _patterns(
        self, concept: Concept, alias_owners: dict[tuple[str, ...], int]
    ) -> list[tuple[tuple[str, ...], _Pattern]]:
        # A name listed as cased ("Go", "Prophet") counts only in that case, label or not.
        special = {*concept.cased_aliases, *concept.ambiguous_aliases}
        # An ESCO concept's translations are the names people write for it (esco_names.yaml),
        # curated one by one, so they count without the context ESCO's own synonyms need.
        written = "curated" if concept.source == "esco" else "alias"
        named = [(concept.label, "label"), *((a, "alias") for a in concept.aliases),
                 *((a, written) for a in concept.translations)]
        named = [(n, role) for n, role in named if n not in special]
        local = frozenset(concept.translations)
        named += [(a, "cased") for a in concept.cased_aliases]
        named += [(a, "ambiguous") for a in concept.ambiguous_aliases]
        family = self._family(concept.id) if concept.ambiguous_aliases else None
        skipped = self._unmatched.get(concept.id, frozenset())
        out = []
        for name, role in named:
            if skipped and name_key(name) in skipped:
                continue
            raw = tuple(words(name))
            if not raw:
                continue
            key = tuple(fold(w) for w in raw)
            # Very short names ("R", "Go", "C") are only trusted exactly as written.
            cased = role in ("cased", "ambiguous") or len("".join(key)) <= 2
            everyday = len(key) == 1 and key[0] in self._common
            product = everyday and raw[0] != key[0]  # an everyday word written with capitals
            # A tool's written name that is an everyday word ("Word", "Slack", "Notion", "Tally",
            # "SIT") counts only with its capitals: "kept my word", "tally the cash" or "sit with
            # the team" is no product.
            cased = cased or (product and name in local)
            not_initial = False
            if role == "ambiguous":
                score, needs_context = SCORE_WH_ALIAS, False
            elif role == "curated":
                score, needs_context = SCORE_ESCO_ALIAS, False
            elif concept.source == "wh":
                # A curated preferred label ("Python", "Docker") stands on its own; a one-word
                # everyday alias ("Hive", "agents") needs a technical context to count.
                score = SCORE_WH_LABEL if role == "label" else SCORE_WH_ALIAS
                needs_context = cased or (everyday and role != "label")
            elif role == "label":
                score = SCORE_WEAK if everyday else SCORE_ESCO_LABEL
                # An all-capitals product name that is also a word ("LESS", "SPARK").
                if product and raw[0].isupper() and len(raw[0]) > 1:
                    cased = True
                needs_context = cased
            else:
                # ESCO's one-word everyday synonyms ("light", "guide") are noise, except a
                # product's bare name ("Eclipse" for "Eclipse (integrated development
                # environment software)"), written with its capitals, in a technical sentence.
                bare = concept.label.split(" (")[0]
                if cased or (everyday and not (product and bare == name and bare != concept.label)):
                    continue
                score = SCORE_SHARED_ALIAS if alias_owners[key] > 1 else SCORE_ESCO_ALIAS
                if everyday:
                    score, cased, needs_context, not_initial = SCORE_WEAK, True, True, True
                else:
                    needs_context = False
            out.append((key, _Pattern(concept.id, score, raw if cased else None, needs_context,
                                      family if role == "ambiguous" else None, not_initial,
                                      role == "curated" and concept.id not in self._technical_esco,
                                      all(w.isascii() for w in raw),
                                      name in local,
                                      len(raw) == 1 and raw[0][:1].isupper() and not everyday,
                                      tone_marked(raw))))
        return out

    def _family(self, concept_id: str) -> frozenset[str]:
        """The concepts whose mention makes an ambiguous acronym of this one plausible: itself,
        everything within FAMILY_HOPS taxonomy edges (broader, narrower, related, mapped) and,
        for an ESCO skill, the skills of its trade that esco_names.yaml puts beside it."""
        found = {concept_id}
        frontier = {concept_id}
        for _ in range(FAMILY_HOPS):
            frontier = {s.id for c in frontier for s, _ in self.taxonomy.related(c)} - found
            found |= frontier
        return frozenset(found | self._company.get(concept_id, frozenset()))

    def hits(self, text: str, tokens: list[Token] | None = None) -> list[LiteralHit]:
        """Every occurrence of every name, with names inside longer names kept at a discount
        and a generic ESCO concept dropped where an extension concept names the same words.
        The last RECENT_TEXTS texts' hits are kept: ingest asks for them again to read the same
        evidence item's lists, certificates and tool names, after linking it once more with a
        job title's words blanked."""
        if tokens is None:
            for said, kept in self._recent:
                if said == text:
                    return list(kept)
        found_hits = self._hits(text, tokenize(text) if tokens is None else tokens)
        if tokens is None:
            self._recent = ((text, tuple(found_hits)), *self._recent[: RECENT_TEXTS - 1])
        return found_hits

    def _hits(self, text: str, tokens: list[Token]) -> list[LiteralHit]:
        lowered = [t.lower for t in tokens]
        found: list[tuple[int, int, _Pattern]] = []
        for i, first in enumerate(lowered):
            if first not in self._first_words:
                continue
            for j in range(i + 1, min(i + self._max_len, len(tokens)) + 1):
                key = tuple(lowered[i:j])
                patterns = self._table.get(key)
                if patterns and j - i > 1 and key not in self._separated and _split_by_list(
                    text, tokens[i].end, tokens[j - 1].start, tokens[j - 1].end
                ):
                    patterns = ()
                if patterns and j - i > 1 and letters_not_dotted(text, tokens[i:j]):
                    patterns = ()
                if patterns:
                    raw = tuple(t.raw for t in tokens[i:j])
                    if j - i == 1 and text[tokens[i].end : tokens[i].end + 1] == "$":
                        break  # "R$ 22.000", "S$ 6,000", "C$": a currency, not R or C
                    if j - i == 1 and person_initial(text, tokens[i]):
                        break  # "R. Patel,": a co-author's or referee's initial, not R
                    accented = not all(r.isascii() for r in raw)
                    found += [(i, j, p) for p in patterns
                              if (p.cased is None or p.cased == raw)
                              and not (accented and p.plain)
                              and not (accented and p.marked and other_tone_marks(raw, p.marked))]
                if key not in self._prefixes:
                    break
        found += self._declined(tokens, found)
        found += self._glued(tokens, found)
        found += self._spaced_names(tokens)
        found += self._misspelt(text, tokens, lowered, found)
        found += self._inflected(text, tokens, lowered, found)
        found += self._compounded(text, tokens, lowered, found)
        found += self._slavic_cased(text, tokens, lowered, found)
        found += self._duties(text, tokens, lowered, found)
        found = [(i, j, p) for i, j, p in found if j - i > 1 or not french_verb(text, tokens, i)]
        if any(p.concept_id == REPORT_WRITING for _, _, p in found):
            found = [(i, j, p) for i, j, p in found if not (
                p.concept_id == REPORT_WRITING and report_of_a_kind(text, tokens, j))]
        places = {k for i in range(len(tokens) - 1)
                  if lowered[i] in _PLACE_FIRST_WORDS and tuple(lowered[i : i + 2]) in PLACE_NAMES
                  for k in (i, i + 1)}
        if places:
            found = [(i, j, p) for i, j, p in found if not places & set(range(i, j))]
        if any(p.needs_context or p.family is not None or p.not_initial for _, _, p in found):
            found = self._in_context(text, tokens, found)
        if any(p.outside_tech for _, _, p in found):
            found = _outside_tech_sentences(
                text, tokens, found, self._ai_methods, self._builds)
        wh_spans = {(i, j) for i, j, p in found if p.concept_id.startswith("wh:")}
        found = [
            (i, j, p)
            for i, j, p in found
            if p.concept_id.startswith("wh:") or (i, j) not in wh_spans
        ]
        # Only a name of two words or more holds another.
        longer = {(i, j) for i, j, _ in found if j - i > 1}
        hits = []
        for i, j, p in found:
            inside = any(a <= i and j <= b and (a, b) != (i, j) for a, b in longer)
            score = p.score * CONTAINED_FACTOR if inside else p.score
            end = tokens[j - 1].end
            # A tool's name: an extension product, or a capitalised trade name people write
            # for an ESCO skill ("MISA", "Sage" for using accounting systems).
            named = tokens[j - 1].raw[:1].isupper()
            if self._is_product(p.concept_id) or (p.outside_tech and named):
                end = self._edition_end(text, end)
            hits.append(LiteralHit(p.concept_id, tokens[i].start, end, score))
        if self._shown_by and any(h.concept_id in self._stands_for for h in hits):
            hits += self._composed(text, hits)
        return hits

    def _is_product(self, concept_id: str) -> bool:
        return concept_id in self._products

    def _edition_end(self, text: str, end: int) -> int:
        """Where a product's name ends with the versions or editions written right after it
        (an edition word that is itself a name or an everyday word is not one)."""
        while m := _VERSION.match(text, end):
            word = m.group().strip()
            if word[0].isupper() and (fold(word) in self._common or (fold(word),) in self._table):
                break
            if _NOT_VERSION_AFTER.match(text, m.end()):
                break
            end = m.end()
        return end

    def _declined(
        self, tokens: list[Token], found: list[tuple[int, int, _Pattern]]
    ) -> list[tuple[int, int, _Pattern]]:
        """Tool names with a Polish case ending ("Excelu", "Pythonie", "Kafkę"): a capitalised
        word no name covers whose stem is the one-word name of a product that needs no context
        (an everyday word such as "Spark" stays out: "Sparky" is a name)."""
        covered = {k for i, j, _ in found for k in range(i, j)}
        out = []
        for i, token in enumerate(tokens):
            raw = token.raw
            if i in covered or len(raw) < 5 or not raw.isalpha() or not (
                    raw[0].isupper() or _CYRILLIC.match(raw)):
                continue
            out += [(i, i + 1, p) for p in self._declined_word(raw)]
        return out

    def _declined_patterns(self, raw: str) -> tuple[_Pattern, ...]:
        """The patterns of the product a word is the declined name of (`_declined`)."""
        lowered = raw.lower()
        for ending, base in CASE_ENDINGS:
            if not lowered.endswith(ending) or len(lowered) - len(ending) < MIN_STEM:
                continue
            key = (fold(lowered[: -len(ending)] + base),)
            patterns = tuple(p for p in self._table.get(key, ())
                             if self._declinable(p) or _cased_stem(raw, ending, base, p))
            if patterns:
                return patterns
        return ()

    def _glued(
        self, tokens: list[Token], found: list[tuple[int, int, _Pattern]]
    ) -> list[tuple[int, int, _Pattern]]:
        """Product names with their version glued on ("Java8", "Laravel8"), where no name covers
        the word: the whole word is the mention, as a spaced version would be."""
        covered = {k for i, j, _ in found for k in range(i, j)}
        out = []
        for i, token in enumerate(tokens):
            raw = token.raw
            # the last letter a digit, or a letter after one ("Vue3", "Java8u"): else no match
            m = None if i in covered or not (raw[-1].isdigit() or raw[-2:-1].isdigit()) else (
                _GLUED_VERSION.fullmatch(raw))
            if m is not None:
                out += [(i, i + 1, p) for p in self._table.get((fold(m.group(1)),), ())
                        if self._declinable(p)]
        return out

    def _spaced_table(self, taxonomy: Taxonomy) -> dict[tuple[str, ...], tuple[_Pattern, ...]]:
        """Product names written in one word with capitals inside ("PowerPoint", "MySQL",
        "ServiceNow", "AutoCAD"), by the words people split them into ("Power Point", "My SQL",
        "Service Now", "Auto CAD"): the patterns of the one-word name, for any case of it."""
        out: dict[tuple[str, ...], dict[str, _Pattern]] = defaultdict(dict)
        for concept in taxonomy.concepts.values():
            for name in (concept.label, *concept.aliases, *concept.translations):
                parts = _CAMEL_PARTS.findall(name) if _CAMEL_NAME.fullmatch(name) else []
                if len(parts) < 2 or "".join(parts) != name or any(
                    len(part) < _SHORTEST_PART and not part.isupper() for part in parts
                ):
                    continue  # "LoRA", "PyTorch": no one writes "Lo RA" or "Py Torch"
                for p in self._table.get((fold(name),), ()):
                    if p.concept_id == concept.id and p.cased is None and not p.needs_context:
                        out[tuple(fold(w) for w in parts)][concept.id] = p
        return {key: tuple(patterns.values()) for key, patterns in out.items()}

    def _spaced_names(self, tokens: list[Token]) -> list[tuple[int, int, _Pattern]]:
        """A product's one-word name split at its inner capitals, the first word capitalised as
        a name is ("Power Point", "Java script"); not "my SQL queries"."""
        out = []
        for i, token in enumerate(tokens):
            if token.lower not in self._spaced_first or not token.raw[:1].isupper():
                continue
            for j in range(i + 2, min(i + _MOST_CAMEL_PARTS, len(tokens)) + 1):
                adjacent = all(tokens[k].start == tokens[k - 1].end + 1 for k in range(i + 1, j))
                patterns = self._spaced.get(tuple(t.lower for t in tokens[i:j]), ())
                out += [(i, j, p) for p in patterns if adjacent]
        return out

    def _inflection_table(
        self,
    ) -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], tuple[_Pattern, ...]], ...]]:
        """The local names of two words or more whose words may be declined, by the first
        INFLECTED_MIN letters of their first word and of a second word that may be theirs
        (`_word_gates`), longest names first. A one-word name has no other word to confirm a
        declined form, and one language's word is often another's with another ending ("banque"
        is no "banquet", "menyusun" no "menyusui", "systemu" no "systemd")."""
        by_first: dict[str, list[tuple[tuple[str, ...], tuple[_Pattern, ...]]]] = defaultdict(list)
        for key, patterns in self._table.items():
            if key in self._article_variants:
                continue
            local = tuple(p for p in patterns if p.local and p.unconditional)
            if local and len(key) > 1 and any(len(w) >= INFLECTED_MIN for w in key):
                by_first[key[0][:INFLECTED_MIN]].append((key, local))
        table: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[_Pattern, ...]]]] = (
            defaultdict(list))
        for first, entries in by_first.items():
            entries.sort(key=lambda entry: -len(entry[0]))
            for entry in entries:
                for gate in _word_gates(entry[0][1]):
                    table[first, gate].append(entry)
        return {gates: tuple(entries) for gates, entries in table.items()}

    def _inflected(
        self, text: str, tokens: list[Token], lowered: list[str],
        found: list[tuple[int, int, _Pattern]],
    ) -> list[tuple[int, int, _Pattern]]:
        """Local names written with their words declined ("rozrachunkami z kontrahentami",
        "conciliaciones bancarias"), in sentences that are not English, where every name the
        words hold lies strictly inside them ("Migracje baz danych" holds "baz danych"): the
        longer name is the mention, as an exact longer name is. A text word that is an everyday
        English word is what it says. Words held only by a name that needs a context to count
        ("test") are still free."""
        spans = {(i, j) for i, j, p in found if not p.needs_context and p.family is None}
        out: list[tuple[int, int, _Pattern]] = []
        i = 0
        while i + 1 < len(tokens):
            entries = self._inflections.get(
                (lowered[i][:INFLECTED_MIN], lowered[i + 1][:INFLECTED_MIN]), ())
            match = next((entry for entry in entries if self._declines(
                entry[0], lowered, i, spans)), None)
            if match is None:
                i += 1
                continue
            key, patterns = match
            out += [(i, i + len(key), p) for p in patterns]
            i += len(key)
        return self._in_foreign_prose(text, tokens, out)

    def _in_foreign_prose(
        self, text: str, tokens: list[Token], found: list[tuple[int, int, _Pattern]]
    ) -> list[tuple[int, int, _Pattern]]:
        """The hits of sentences that are not English, outside a consent to data processing:
        where the declined, compounded and other forms of a local name are read."""
        if not found:
            return found
        foreign = self._foreign_sentences(text, tokens)
        consent = _consent_spans(text)
        return [(i, j, p) for i, j, p in found if foreign(i)
                and not any(a <= tokens[i].start < b for a, b in consent)]

    def _german_name(self, word: str) -> tuple[_Pattern, ...]:
        """The patterns of the German one-word name (`_heads`) a folded word is written with:
        the name itself, declined by a noun ending, or the last part of a compound with a
        modifier of COMPOUND_MODIFIER_MIN letters or more before it; the longest name."""
        for start in range(len(word) - COMPOUND_HEAD_MIN + 1):
            if 0 < start < COMPOUND_MODIFIER_MIN:
                continue
            for ending in ("", *GERMAN_NOUN_ENDINGS):
                if word.endswith(ending) and (
                        patterns := self._heads.get(word[start : len(word) - len(ending)])):
                    return patterns
        return ()

    def _compounded(
        self, text: str, tokens: list[Token], lowered: list[str],
        found: list[tuple[int, int, _Pattern]],
    ) -> list[tuple[int, int, _Pattern]]:
        """German names written as the last part of a compound or declined
        (COMPOUND_HEAD_MIN), in capitalised words no name covers, and two compounds sharing
        one head ("Kreditoren- und Debitorenbuchhaltung"): the first read with the second's
        head, both linked from all three words. Only in sentences that are not English."""
        covered = {k for i, j, _ in found for k in range(i, j)}
        out = [
            (i, i + 1, p) for i, token in enumerate(tokens)
            if i not in covered and len(token.raw) > COMPOUND_HEAD_MIN
            and token.raw[0].isupper() and token.raw.isalpha()
            for p in self._german_name(lowered[i])
        ]  # fmt: skip
        for i in range(2, len(tokens)):
            if not (tokens[i - 1].lower in GERMAN_AND and tokens[i - 2].raw[:1].isupper()
                    and text[tokens[i - 2].end : tokens[i - 1].start] == "- "
                    and text[tokens[i - 1].end : tokens[i].start] == " "):
                continue
            second = lowered[i]
            first = next((patterns for k in range(len(second) - ELIDED_HEAD_MIN, 0, -1)
                          if (patterns := self._german_name(lowered[i - 2] + second[k:]))), ())
            if first:
                own = [p for a, b, p in (*found, *out) if (a, b) == (i, i + 1)]
                out += [(i - 2, i + 1, p) for p in (*first, *own)]
        return self._in_foreign_prose(text, tokens, out)

    def _slavic_cased(
        self, text: str, tokens: list[Token], lowered: list[str],
        found: list[tuple[int, int, _Pattern]],
    ) -> list[tuple[int, int, _Pattern]]:
        """One-word local names a Slavic language declines by their ending
        (SLAVIC_NOUN_ENDINGS), in words no name covers, in sentences that are not English and
        outside a consent to data processing ("... procesu rekrutacji")."""
        covered = {k for i, j, _ in found for k in range(i, j)}
        out = []
        endings = self._slavic_endings
        for i, word in enumerate(lowered):
            if i in covered or not (word.endswith(endings) and tokens[i].raw.isalpha()):
                continue
            out += [
                (i, i + 1, p) for case in endings
                if word.endswith(case) and len(word) - len(case) >= SLAVIC_STEM_MIN
                for nominative in self._slavic_cases[case]
                for p in self._table.get((word[: -len(case)] + nominative,), ())
                if p.local and p.unconditional
            ]  # fmt: skip
        return self._in_foreign_prose(text, tokens, out)

    def _duty_tables(
        self,
    ) -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], list[_Named]]]:
        """The local names that start with a duty's verbal noun or verb (`skills.duties`): for
        each form of such a word, its families; by family and the first DUTY_OBJECT_PREFIX
        letters of an object's first word (every form of a word shares them), the names'
        objects (the words after the words between), longest first."""
        forms: dict[str, set[str]] = defaultdict(set)
        objects: dict[tuple[str, str], dict[tuple[str, ...], dict[str, _Pattern]]] = (
            defaultdict(dict))
        for key, patterns in self._table.items():
            local = [p for p in patterns if p.local and p.unconditional]
            if not local or len(key) < 2 or key in self._article_variants:
                continue
            for family, family_forms in self._duty_grammar.families(key[0]).items():
                said = key[self._duty_grammar.object_start(family, key, 1):]
                for p in local:
                    objects[family, said[0][:DUTY_OBJECT_PREFIX]].setdefault(
                        said, {})[p.concept_id] = p
                for form in family_forms:
                    forms[form].add(family)
        return (
            {form: frozenset(families) for form, families in forms.items()},
            {family: sorted(((said, tuple(by_concept.values()))
                             for said, by_concept in named.items()), key=lambda e: -len(e[0]))
             for family, named in objects.items()},
        )

    def _duties(
        self, text: str, tokens: list[Token], lowered: list[str],
        found: list[tuple[int, int, _Pattern]],
    ) -> list[tuple[int, int, _Pattern]]:
        """Local duty names written with another form of their verb, other words between or
        their object declined ("gérer la paie", "j'ai géré les paies", "gestion paie" for
        "gestion de la paie"; "am elaborat bugetul" for "elaborarea bugetelor"), in sentences
        that are not English, where no name found runs past the words nor spans them all."""
        spans = {(i, j) for i, j, p in found if not p.needs_context and p.family is None}
        out: list[tuple[int, int, _Pattern]] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, tuple[_Pattern, ...]] | None = None
            for family in self._duty_forms.get(lowered[i], ()):
                at = self._duty_grammar.object_start(family, lowered, i + 1)
                if at >= len(lowered):
                    continue
                named = self._duty_objects.get((family, lowered[at][:DUTY_OBJECT_PREFIX]), ())
                for said, patterns in named:
                    end = at + len(said)
                    if best is not None and end <= best[0]:
                        break
                    if end <= len(lowered) and all(
                        self._same_word(w, n) or _plural(w, n)
                        for w, n in zip(lowered[at:end], said, strict=True)
                    ) and self._free(i, end, spans):
                        best = (end, patterns)
                        break
            if best is None:
                i += 1
                continue
            out += [(i, best[0], p) for p in best[1]]
            i = best[0]
        return self._in_foreign_prose(text, tokens, out)

    @staticmethod
    def _free(at: int, end: int, spans: set[tuple[int, int]]) -> bool:
        """No name found runs past the words from `at` to `end`, nor spans all of them."""
        return not any(a < end and at < b and not (at <= a and b <= end and b - a < end - at)
                       for a, b in spans)

    def _same_word(self, word: str, name: str) -> bool:
        """A text's word is a name's word: the same, another form of its "of", or a declined
        form of it that is no everyday English word."""
        return word == name or same_article(word, name) or (
            word not in self._common and _same_stem(word, name))

    def _declines(
        self, key: tuple[str, ...], lowered: list[str], at: int, spans: set[tuple[int, int]]
    ) -> bool:
        """The text's words from `at` are the name's, some declined: each word the same, or a
        form of it that is no everyday English word; not the name exactly (that is a hit), and
        no name found runs past them or spans all of them."""
        end = at + len(key)
        if end > len(lowered):
            return False
        said = lowered[at:end]
        return tuple(said) != key and all(
            self._same_word(w, n) for w, n in zip(said, key, strict=True)
        ) and self._free(at, end, spans)

    def _foreign_sentences(self, text: str, tokens: list[Token]) -> Callable[[int], bool]:
        """Whether the sentence of the token at an index is in another language than English."""
        starts = sentence_starts(text)
        sentence = [bisect_right(starts, t.start) for t in tokens]
        verdict: dict[int, bool] = {}

        def foreign(at: int) -> bool:
            where = sentence[at]
            if where not in verdict:
                said = [t for k, t in enumerate(tokens) if sentence[k] == where and t.raw.isalpha()]
                verdict[where] = self._not_english(said)
            return verdict[where]

        return foreign

    def _not_english(self, said: list[Token]) -> bool:
        """Whether the sentence is in another language than English (`not_english`), the
        taxonomy's names aside."""
        return not_english(said, self._common, lambda t: (t.lower,) in self._table)

    def _typo_tables(self) -> tuple[dict[str, tuple[_Pattern, ...]], dict[str, set[str]]]:
        """The one-word names of curated products (MIN_TYPO_NAME letters or more) and, for each
        string one letter shorter than such a name, the names it comes from."""
        names = {
            key[0]: tuple(p for p in patterns if self._typo_target(p))
            for key, patterns in self._table.items()
            if len(key) == 1 and len(key[0]) >= MIN_TYPO_NAME and key[0].isalpha()
        }
        names = {name: patterns for name, patterns in names.items() if patterns}
        deletions: dict[str, set[str]] = defaultdict(set)
        for name in names:
            for k in range(len(name)):
                deletions[name[:k] + name[k + 1 :]].add(name)
        return names, dict(deletions)

    def _typo_target(self, p: _Pattern) -> bool:
        concept = self.taxonomy.concepts[p.concept_id]
        return (p.cased is None and p.family is None and concept.source == "wh"
                and concept.kind in PRODUCT_KINDS)

    def _misspelt(
        self, text: str, tokens: list[Token], lowered: list[str],
        found: list[tuple[int, int, _Pattern]],
    ) -> list[tuple[int, int, _Pattern]]:
        """Tool names typed as people type them: split in two ("tensor flow", "Postgre SQL": the
        two words joined are the name) or one slip off ("excell", "postgre", "Pyhton"). A word
        that is an everyday English word or any name is what it says, and so is a name less its
        last letter in a sentence that is not English: there it is the language's own word
        (Romanian "sistemul informatic" is no Informatica)."""
        foreign: Callable[[int], bool] | None = None
        covered = {k for i, j, _ in found for k in range(i, j)}
        spans = {(i, j) for i, j, _ in found}
        out: list[tuple[int, int, _Pattern]] = []
        joins: list[tuple[int, int]] = []
        after_join = False
        for i, token in enumerate(tokens):
            if after_join:  # the second word of a joined name
                after_join = False
                continue
            if not token.raw.isalpha():
                continue
            # the second word is a word, not a one-letter conjunction or preposition ("Excel a
            # Power BI" is Spanish "to", not "Excela")
            if i + 1 < len(tokens) and tokens[i + 1].raw.isalpha() and (
                tokens[i + 1].start - token.end == 1 and len(tokens[i + 1].raw) > 1
            ):
                joined = self._typo_names.get(lowered[i] + lowered[i + 1]) if (
                    lowered[i] in self._typo_heads) else None
                if joined and (i, i + 2) not in spans:
                    out += [(i, i + 2, p) for p in joined]
                    joins.append((i, i + 2))
                    after_join = True
                    continue
            if i in covered:
                continue
            slips, last_dropped = self._slip(lowered[i])
            if last_dropped:
                foreign = foreign or self._foreign_sentences(text, tokens)
                if foreign(i):
                    continue
            out += [(i, i + 1, p) for p in slips]
        if joins:  # "java" of "java script" is no Java
            found[:] = [(i, j, p) for i, j, p in found
                        if not any(a <= i and j <= b and (i, j) != (a, b) for a, b in joins)]
        return out

    def _slip_of(self, word: str) -> tuple[tuple[_Pattern, ...], bool]:
        """The patterns of the product a word of no everyday English nor a name's is one slip
        off (`_one_letter_off`), and whether that slip is the product's last letter dropped."""
        if len(word) < MIN_TYPO_WORD or self._everyday(word) or (word,) in self._table:
            return (), False
        slips = self._one_letter_off(word)
        return slips, bool(slips) and any(
            name[:-1] == word for name in self._typo_deletions.get(word, ()))

    def _everyday(self, word: str) -> bool:
        """An everyday English word, or one with a plural or verb ending: "resets" is "reset"
        said of several, not "ResNets" with a letter dropped."""
        return word in self._common or any(
            word.endswith(ending) and word[: -len(ending)] in self._common
            for ending in _EVERYDAY_ENDINGS)

    def _one_letter_off(self, word: str) -> tuple[_Pattern, ...]:
        """The patterns of the product one slip away from the word, when exactly one product
        is: a letter dropped ("postgre", "Jenkin"), a letter typed twice ("excell", "Dockerr")
        or two letters swapped ("Pyhton"). Any other added or changed letter makes another
        language's word more likely than a slip ("centros" is no CentOS), and so does a first
        letter that differs."""
        names = set(self._typo_deletions.get(word, ()))
        for k in range(1, len(word)):
            if word[k] == word[k - 1] and word[:k] + word[k + 1 :] in self._typo_names:
                names.add(word[:k] + word[k + 1 :])
            swapped = word[: k - 1] + word[k] + word[k - 1] + word[k + 1 :]
            if swapped != word and swapped in self._typo_names:
                names.add(swapped)
        # A slip keeps the first letter: "lookup" is a word of its own, not "VLOOKUP".
        patterns = tuple(p for name in names if name[0] == word[0] for p in self._typo_names[name])
        if len({p.concept_id for p in patterns}) != 1:
            return ()
        return patterns[:1]

    def _declinable(self, p: _Pattern) -> bool:
        """A product's name, or the one-word trade name written for an ESCO skill
        (esco_names.yaml: "WinMentor", "Protheus"), that needs no context to count."""
        concept = self.taxonomy.concepts[p.concept_id]
        return p.unconditional and (
            (concept.source == "wh" and (concept.kind in PRODUCT_KINDS or p.proper))
            or (p.local and p.proper))

    def _composed(self, text: str, hits: list[LiteralHit]) -> list[LiteralHit]:
        """Concepts shown by others named together in one sentence ("Fine-tuned Llama 3 with
        QLoRA" shows LLM fine-tuning), spanning the words that show them."""
        starts = sentence_starts(text)
        by_sentence: dict[int, list[LiteralHit]] = defaultdict(list)
        for hit in hits:
            if hit.concept_id in self._stands_for:
                by_sentence[bisect_right(starts, hit.start)].append(hit)
        out = []
        for sentence_hits in by_sentence.values():
            for target, groups in self._shown_by.items():
                for group in groups:
                    support = [h for h in sentence_hits
                               if self._stands_for[h.concept_id] & set(group)]
                    covered = set().union(*(self._stands_for[h.concept_id] for h in support))
                    if support and covered >= set(group):
                        out.append(LiteralHit(
                            target, min(h.start for h in support), max(h.end for h in support),
                            min(h.score for h in support) * COMPOSED_FACTOR))
                        break
        return out

    def _in_context(
        self, text: str, tokens: list[Token], found: list[tuple[int, int, _Pattern]]
    ) -> list[tuple[int, int, _Pattern]]:
        """Drops the conditional hits whose sentence does not support them."""
        starts = sentence_starts(text)
        sentence = [bisect_right(starts, t.start) for t in tokens]
        first_token = {s: i for i, s in reversed(list(enumerate(sentence)))}
        plain = [p for _, _, p in found
                 if not p.needs_context and p.family is None and not p.not_initial]
        technical = any(p.concept_id.startswith("wh:") for p in plain)
        # The AI extension's everyday words ("agents", "transformers", "torch") are a call
        # centre's staff, a substation's kit or a welder's tool in any other technical text; an
        # acronym ("ELK", "RAG") is no everyday word.
        ai = any(p.concept_id in self._ai for p in plain)
        named = {p.concept_id for p in plain}
        joined = joined_products(text, tokens, found)
        kept = []
        for i, j, p in found:
            where = sentence[i]
            context = ai if p.concept_id in self._ai and not _acronym(tokens[i : j]) else technical
            if p.needs_context and not context and not _listed_product(
                text, starts, where, tokens[i], p
            ) and not self._foreign_product(tokens, sentence, where, i, p) and not _used_product(
                tokens, i, j, p
            ) and i not in joined:
                continue
            if p.family is not None and (not p.family & named or owned_acronym(tokens, i)):
                continue
            if (p.not_initial and first_token[where] == i
                    and not _list_of_names(text, starts, where)):
                continue
            kept.append((i, j, p))
        return kept

    def _foreign_product(
        self, tokens: list[Token], sentence: list[int], where: int, at: int, p: _Pattern
    ) -> bool:
        """A tool's everyday-word name written with its capitals in a sentence that is not
        English ("cuentas por pagar en SAP", "laporan stok mingguan di Excel", "писав сервіси на
        Django"): there the English word has no everyday sense to take, so it is the product."""
        if not _is_product_spelling(tokens[at], p):
            return False
        words = [t for k, t in enumerate(tokens)
                 if sentence[k] == where and k != at and t.raw.isalpha()]
        # Other names of tools ("SAP e Excel") say nothing of the sentence's language.
        others = [t for t in words if len(t.raw) >= 3 and (t.lower,) not in self._table]
        if len(others) < 2:  # a name beside one word ("Kyivstar Analytics") says no language
            return False
        return self._not_english(words)


def _word_gates(name: str) -> set[str]:
    """The first INFLECTED_MIN letters a text word has when it is the name's word by
    `LiteralMatcher._same_word`: the name's own (the same word, or a form of it sharing that
    stem), or another form of its "of" ("de" for "des")."""
    return {name[:INFLECTED_MIN], *(form[:INFLECTED_MIN] for form in article_kin(name))}


def _plural(word: str, name: str) -> bool:
    """One word the other's plural, as the Romance languages write it ("paie", "paies"): a
    duty's object is as often one as several, and short words have no declined stem to share."""
    return word in (name + "s", name + "es") or name in (word + "s", word + "es")


def _cased_stem(raw: str, ending: str, base: str, p: _Pattern) -> bool:
    """An everyday-word name of a tool ("Excel"), written with its capital in Latin letters and
    a Cyrillic case ending glued on ("з Excelем", "у Excelі"): no English word ends so, so the
    mixed word is the tool's name declined (its sentence still has to show a tool, as for the
    name itself)."""
    stem = raw[: -len(ending)]
    return (not base and p.family is None and p.cased in (None, (stem,)) and stem.isascii()
            and stem[:1].isupper() and bool(_CYRILLIC.match(ending)))


def best_per_concept(hits: list[LiteralHit]) -> list[LiteralHit]:
    """One hit per concept: its strongest (earliest on ties), nudged up when repeated."""
    by_concept: dict[str, list[LiteralHit]] = defaultdict(list)
    for hit in hits:
        by_concept[hit.concept_id].append(hit)
    best = []
    for concept_hits in by_concept.values():
        top = max(concept_hits, key=lambda h: (h.score, -h.start))
        bonus = REPEAT_BONUS * (len(concept_hits) - 1)
        best.append(LiteralHit(top.concept_id, top.start, top.end, min(1.0, top.score + bonus)))
    return sorted(best, key=lambda h: (-h.score, h.start))
