"""Does a new file belong to a candidate the pool already has?

The keys, strongest first: the e-mail address, a profile link, the phone number. A name never
joins two files; it only keeps apart files whose keys agree but whose names have nothing in
common (an agency's address on many CVs). A phone alone joins only where the e-mail addresses do
not disagree and the names agree: families and offices share phones. When keys point at different
candidates (the e-mail at one, the phone at another), the strongest key decides and the importer
is told about the other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from worldhire.identity.keys import EMAIL, LINK, PHONE, Identity, phones_match

_STRENGTH = {EMAIL: 3, LINK: 2, PHONE: 1}
_WORDS = {EMAIL: "e-mail address", LINK: "profile link", PHONE: "phone number"}


@dataclass(frozen=True)
class Known:
    """A candidate of the pool, by everything its files said about who they are."""

    candidate_id: str
    identity: Identity


@dataclass
class Decision:
    candidate_id: str | None  # the candidate the file joins; None: a new candidate
    reason: str = ""  # "same e-mail address"
    warnings: list[str] = field(default_factory=list)


def _shared(new: Identity, known: Identity) -> list[str]:
    kinds = []
    if new.emails & known.emails:
        kinds.append(EMAIL)
    if new.links & known.links:
        kinds.append(LINK)
    if phones_match(new.phones, known.phones):
        kinds.append(PHONE)
    return kinds


def _say(kinds: Sequence[str]) -> str:
    return " and ".join(_WORDS[k] for k in kinds)


def decide(new: Identity, known: Sequence[Known]) -> Decision:
    """The candidate among `known` (oldest first) that the person of a new file is."""
    eligible: list[tuple[int, int, int, Known, list[str]]] = []
    warnings: list[str] = []
    for order, other in enumerate(known):
        kinds = _shared(new, other.identity)
        if not kinds:
            continue
        if new.contradicts_name(other.identity):
            warnings.append(f"same {_say(kinds)} as candidate {other.candidate_id} but another "
                            "name: kept apart")
            continue
        if kinds == [PHONE] and new.emails and other.identity.emails:
            warnings.append(f"same phone number as candidate {other.candidate_id} but another "
                            "e-mail address (a shared phone?): kept apart")
            continue
        if kinds == [PHONE] and not new.agrees_on_name(other.identity):
            warnings.append(f"same phone number as candidate {other.candidate_id} but another "
                            "name (a shared phone?): kept apart")
            continue
        eligible.append((-max(_STRENGTH[k] for k in kinds), -len(kinds), order, other, kinds))
    if not eligible:
        return Decision(None, warnings=warnings)
    eligible.sort(key=lambda item: item[:3])
    *_, best, kinds = eligible[0]
    for *_, other, other_kinds in eligible[1:]:
        warnings.append(
            f"its {_say(other_kinds)} also belongs to candidate {other.candidate_id}; joined "
            f"{best.candidate_id} by its {_say(kinds)} instead: check whether they are one person"
        )
    return Decision(best.candidate_id, f"same {_say(kinds)}", warnings)
