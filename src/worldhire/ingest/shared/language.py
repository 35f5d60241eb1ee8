"""The language a document or sentence is written in, for the hiring regions' languages.

`detect_language(text)` returns an ISO 639-1 code (en, es, pt, pl, uk, ro, fr, de, vi, id, tr, and
ru so Russian is not mistaken for Ukrainian) or None when the text gives too little evidence.
It counts function words of each language (lexicon/stopwords.py; a word several languages share
counts a fraction for each) and letters that only one or two of them use ("ł", "ș", "ư", "ї").
No model and no data download: a few microseconds per sentence, well under a millisecond for a
résumé. bench/language_id.py measures accuracy and speed on written sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from worldhire.core.texts import fold
from worldhire.ingest.lexicon.stopwords import LETTERS, PREFIXES, STOPWORDS, SUFFIXES

_WORD = re.compile(r"[^\W\d_]+")  # "l'équipe" is "l" and "équipe"
_SAMPLE_CHARS = 2_000  # enough words to decide; a whole résumé is not needed
_MIN_SCORE = 1.5  # about two unshared function words
_MIN_MARGIN = 1.25  # the winner's score over the runner-up's
_LETTER_WEIGHT = 0.5
_LETTER_CAP = 6.0
_AFFIX_WEIGHT = 0.4
_AFFIX_MIN_LENGTH = 5


def _word_weights() -> dict[str, dict[str, float]]:
    """word -> {language: weight}; a word in k languages weighs 1/k in each."""
    owners: dict[str, set[str]] = {}
    for language, words in STOPWORDS.items():
        for word in words:
            for form in {word, fold(word)}:
                owners.setdefault(form, set()).add(language)
    return {word: {lang: 1 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS = _word_weights()


def _affix_weights(table: dict[str, tuple[str, ...]]) -> dict[str, dict[str, float]]:
    owners: dict[str, set[str]] = {}
    for language, affixes in table.items():
        for affix in affixes:
            owners.setdefault(affix, set()).add(language)
    return {a: {lang: _AFFIX_WEIGHT / len(langs) for lang in langs} for a, langs in owners.items()}


_SUFFIX_WEIGHTS = _affix_weights(SUFFIXES)
_PREFIX_WEIGHTS = _affix_weights(PREFIXES)
_SUFFIX_LENGTHS = sorted({len(s) for s in _SUFFIX_WEIGHTS}, reverse=True)
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIX_WEIGHTS}, reverse=True)
_LETTER_OWNERS: dict[str, list[str]] = {}
for _language, _letters in LETTERS.items():
    for _letter in _letters:
        _LETTER_OWNERS.setdefault(_letter, []).append(_language)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_DISTINCT_LETTER = re.compile(f"[{''.join(sorted(_LETTER_OWNERS))}]")


@lru_cache(maxsize=8192)
def _affix(word: str) -> tuple[tuple[str, float], ...]:
    """Evidence from the longest typical ending and beginning of a content word."""
    found: list[tuple[str, float]] = []
    for size in _SUFFIX_LENGTHS:
        weights = _SUFFIX_WEIGHTS.get(word[-size:])
        if weights and len(word) > size + 2:
            found += weights.items()
            break
    for size in _PREFIX_LENGTHS:
        weights = _PREFIX_WEIGHTS.get(word[:size])
        if weights and len(word) > size + 3:
            found += weights.items()
            break
    return tuple(found)


def language_scores(text: str) -> dict[str, float]:
    """Evidence for each language in the text (see detect_language)."""
    sample = text[:_SAMPLE_CHARS].lower()
    scores: dict[str, float] = {}
    words = _WORD.findall(sample)
    for word in words:
        weights = _WEIGHTS.get(word)
        if weights:
            pairs: Iterable[tuple[str, float]] = weights.items()
        else:
            pairs = _affix(word) if len(word) >= _AFFIX_MIN_LENGTH else ()
        for language, weight in pairs:
            scores[language] = scores.get(language, 0.0) + weight
    letters: dict[str, float] = {}
    for char in _DISTINCT_LETTER.findall(sample):
        owners = _LETTER_OWNERS[char]
        for language in owners:
            letters[language] = letters.get(language, 0.0) + _LETTER_WEIGHT / len(owners)
    for language, weight in letters.items():
        scores[language] = scores.get(language, 0.0) + min(weight, _LETTER_CAP)
    if "uk" in letters or "ru" in letters or _CYRILLIC.search(sample):
        cyrillic = len(_CYRILLIC.findall(sample))
        latin = len(_LATIN.findall(sample))
        cyrillic_words = sum(1 for word in words if _CYRILLIC.match(word))
        latin_function_words = sum(
            sum(_WEIGHTS.get(word, {}).values()) for word in words if _LATIN.match(word)
        )
        # Cyrillic prose: only the Cyrillic languages compete. Russian and Ukrainian résumés
        # name their tools and titles in Latin letters ("Senior Data Scientist, Tinkoff —
        # построение моделей на CatBoost"): those are names, and prose in a Latin-script
        # language shows its function words ("the", "de", "dan"), which names do not.
        if cyrillic > latin or cyrillic_words > latin_function_words:
            scores = {k: v for k, v in scores.items() if k in {"uk", "ru"}}
    return scores


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is too thin or split."""
    scores = sorted(language_scores(text).items(), key=lambda kv: -kv[1])
    if not scores or scores[0][1] < _MIN_SCORE:
        return None
    if len(scores) > 1 and scores[0][1] < scores[1][1] * _MIN_MARGIN:
        return None
    return scores[0][0]
