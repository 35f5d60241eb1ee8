"""Duties as French, Spanish, Portuguese, Italian and Romanian write them: a verbal noun or a
form of its verb, the words between it and its object, then the object ("gestion de la paie",
"gérer la paie", "j'ai géré les paies"; "elaborarea bugetelor", "am elaborat bugetul"). A local
name that starts with such a word stands for the whole family (data/duty_verbs.yaml): each name
becomes a duty key, its first word's family and its object's words, and a text's words make the
same key wherever a form of the family is followed by the language's words between and the
object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

from worldhire.core.texts import fold
from worldhire.skills.text import words

DUTY_VERBS_FILE = "duty_verbs.yaml"
# A regular family's stem is at least this long: "relation" is no "reler", "station" no "ster".
DUTY_MIN_STEM = 4


class _Derivation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    nouns: tuple[str, ...]
    verb: tuple[str, ...]


class _Language(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    between: tuple[str, ...]
    derivations: tuple[_Derivation, ...] = ()
    families: tuple[tuple[str, ...], ...] = ()


class _DutyVerbsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    languages: dict[str, _Language]


@dataclass(frozen=True, slots=True)
class _Rule:
    """A regular family's endings, folded: its verbal nouns', its infinitive's and every form's."""

    language: str
    nouns: tuple[str, ...]
    infinitive: str
    endings: tuple[str, ...]


class DutyGrammar:
    """The families of the duty verbs and each language's words between a verb and its object."""

    def __init__(self, spec: _DutyVerbsFile) -> None:
        self._between: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._irregular: dict[str, list[tuple[str, frozenset[str]]]] = {}
        rules: list[_Rule] = []
        for language, grammar in spec.languages.items():
            # longest first: "de la" before "de"
            self._between[language] = tuple(
                sorted(
                    {tuple(fold(w) for w in words(b)) for b in grammar.between},
                    key=len,
                    reverse=True,
                )
            )
            for derivation in grammar.derivations:
                nouns = tuple(fold(n) for n in derivation.nouns)
                verb = tuple(fold(v) for v in derivation.verb)
                rules.append(_Rule(language, nouns, verb[0], (*nouns, *verb)))
            for family in grammar.families:
                forms = frozenset(fold(f) for f in family)
                for form in forms:
                    self._irregular.setdefault(form, []).append(
                        (f"{language}:{fold(family[0])}", forms)
                    )
        # longest ending first: "ations" before "ation"
        self._rules = sorted(rules, key=lambda r: -max(len(n) for n in r.nouns))

    def families(self, word: str) -> dict[str, frozenset[str]]:
        """The families a folded word is a form of, by id, each with all its forms."""
        found = dict(self._irregular.get(word, ()))
        for rule in self._rules:
            stem = next(
                (word[: -len(e)] for e in (*rule.nouns, rule.infinitive) if word.endswith(e)), None
            )
            if stem is not None and len(stem) >= DUTY_MIN_STEM:
                found[f"{rule.language}:{stem}{rule.nouns[0]}"] = frozenset(
                    stem + e for e in rule.endings
                )
        return found

    def object_start(self, family: str, said: Sequence[str], at: int) -> int:
        """Where the object starts in folded words after a form of the family at `at - 1`: past
        the longest of its language's words between, if any is there."""
        for between in self._between[family.split(":", 1)[0]]:
            if tuple(said[at : at + len(between)]) == between and at + len(between) < len(said):
                return at + len(between)
        return at


def _data_text() -> str:
    return (
        resources.files("worldhire")
        .joinpath("skills", "data", DUTY_VERBS_FILE)
        .read_text(encoding="utf-8")
    )


@lru_cache(maxsize=1)
def duty_grammar() -> DutyGrammar:
    return DutyGrammar(_DutyVerbsFile.model_validate(yaml.safe_load(_data_text())))
