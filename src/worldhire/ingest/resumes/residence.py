"""Where a person lives, as a résumé writes it: a segment of a contact line ("Lagos, Nigeria |
+234 …"), an address ("12 rue Solférino, 59000 Lille", "м. Київ, тел. 050 318 27 64") or a
sentence ("I am a data scientist based in Lagos, Nigeria")."""

from __future__ import annotations

import re
from functools import lru_cache

from worldhire.ingest.shared import fields
from worldhire.ingest.shared.geo import Place, known_city, resolve_place

_PROSE_PLACE = re.compile(
    r"\b(?:based in|living in|i live in|located in|residing in|resident of|currently in|"
    r"vivo en|resido en|moro em|resido em|mieszkam w|proživaju v|живу в|locuiesc în|locuiesc in|"
    r"j'habite à|j'habite a|basé à|basée à|wohne in|wohnhaft in|tôi sống tại|tôi sống ở|"
    r"tinggal di|(?:ber)?domisili(?: di)?|domiciliad[oa] en|domicili[ée]e? à|zamieszkał[ay]? w|"
    r"soy de|sou de|je viens de|saya dari|berasal dari|jestem z|я з|"
    # "I'm a machine learning engineer from the Philippines", "originally from Kenya"
    r"\bi(?:'m|’m| am)\b[^.;\n]{0,60}?\bfrom|originally from|hailing from)"
    r"\s+([^.;\n()]{2,60})",
    re.IGNORECASE,
)


_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:and|where|with|since|for|but|y|e|i|et|und|và|dan|pero|mas|mais|ale|aber|nhưng|"
    r"tapi|але|но|dar)\s+",
    re.IGNORECASE,
)


def place_in_prose(text: str) -> tuple[str, Place] | None:
    """"I am a data scientist based in Lagos, Nigeria" -> ("Lagos, Nigeria", place)."""
    for match in _PROSE_PLACE.finditer(text[:20_000]):
        # the place ends where the clause goes on ("based in Kisumu but happy to relocate")
        segment = re.split(_CLAUSE_GOES_ON, match.group(1), maxsplit=1)[0].strip(" ,")
        place = resolve_place(segment, bare_town=True)
        if place is not None:
            return segment, place
    return None


def _town_of_address(segment: str) -> tuple[str, Place] | None:
    """"12 rue Solférino, 59000 Lille" -> ("Lille", place), "80331 München" -> ("München",
    place): the town after the postal code."""
    last = segment.rsplit(",", 1)[-1].strip()
    town = re.sub(r"^(?:[A-Z]{1,2}-?)?\d{2}[\d -]{1,6}\s+", "", last)
    if town == last:
        return None
    place = resolve_place(town, bare_town=True) or known_city(town)
    return (town, place) if place is not None else None


# A word closing a sentence, not a street word's abbreviation ("Alsancak Mah. 1453 Sok. No:7",
# "вул. Сагайдачного 14, кв. 9", "ул. Комитаса 34"). A sentence has words before its last:
# a segment's first word with a stop is an abbreviation ("Col. Roma Norte, Cuauhtémoc, CDMX").
_SENTENCE_END = re.compile(
    r"(?<=\s)(?!(?:mah|sok|cad|bul|apt|vul|вул|ул|кв|буд|пров|просп|пер|str|ul|nr|ave|blvd)\.)"
    r"[^\W\d_]{3,}[.!?]\s",
    re.IGNORECASE,
)


# The header, the contact lines and the job headers of one résumé ask about the same lines.
@lru_cache(maxsize=2048)
def place_in_line(line: str) -> tuple[str, Place] | None:
    """A place among the segments of a contact line ("Lagos, Nigeria | +234 …")."""
    if fields.EMAIL_RE.fullmatch(line.strip()) or len(line) > 200:
        return None
    for segment in re.split(r"\s*[|•·]\s*|\s+[—–]\s+|\s+-\s+|\s{3,}", line):
        # "📍 Yogyakarta": a pictograph or bullet before the place
        segment = re.sub(r"^[^\w+(]+", "", segment.strip())
        segment = re.sub(r"^(?:location|based in|address)\s*[:\-]?\s*", "", segment, flags=re.I)
        if not segment:
            continue
        if fields.EMAIL_RE.search(segment) or "http" in segment or "www." in segment:
            # "м. Київ, тел. 050 318 27 64, e-mail: ...": the town among the parts, if any
            town = _town_among_parts(segment) if fields.EMAIL_RE.search(segment) else None
            if town is not None:
                return town
            continue
        if re.search(r"\bindeed\b|email me", segment, re.I):
            continue
        if fields.find_phone(segment) and not re.search(r"[^\W\d_]{3}", segment):
            continue
        # A sentence that names a place is not an address line; an address of comma-separated
        # parts may hold more words ("Quận Bình Thạnh, TP. Hồ Chí Minh": a word a syllable).
        if len(segment.split()) > (10 if "," in segment else 6) or _SENTENCE_END.search(segment):
            town = _town_among_parts(segment)
            if town is not None:
                return town
            continue
        place = resolve_place(segment, bare_town=True)
        if place is not None:
            return segment, place
        town = _town_of_address(segment) or _town_among_parts(segment)
        if town is not None:
            return town
    return None


# What stands before a town or region's name in an address: "D.I. Yogyakarta", "Kota Bandung",
# "Prov. Jawa Barat", "м. Київ", "TP. Hồ Chí Minh".
_PLACE_PREFIX = re.compile(
    r"^(?:D\.\s?I\.|DKI|Prov(?:insi)?\.?|Kab(?:upaten)?\.?|Kota|м\.|г\.|TP\.|woj\.)\s*",
    re.IGNORECASE,
)


def _town_among_parts(segment: str) -> tuple[str, Place] | None:
    """An address written as comma-separated parts with a street, a number or a phone among
    them ("Jl. Kaliurang Km 5, Sleman, D.I. Yogyakarta", "м. Київ, тел. 050 318 27 64"): the
    last part that is a place, read without its prefix."""
    # "Laguna 4025", "Cebu City 6000": a postal code after the last part's name
    parts = [_POSTAL_CODE_AFTER.sub("", p.strip()) for p in segment.split(",")]
    if len(parts) < 2 or not re.search(r"\d", segment):
        return None
    for k in range(len(parts) - 1, -1, -1):
        bare = _bare_place(parts[k])
        if bare is None:
            continue
        place = resolve_place(bare, bare_town=True)
        if place is None:
            continue
        # "Cabuyao City, Laguna": the town before its province, where both are places
        town = _bare_place(parts[k - 1]) if k > 0 else None
        if town is not None and resolve_place(f"{town}, {bare}", bare_town=True) == place:
            return f"{parts[k - 1]}, {parts[k]}", place
        return parts[k], place
    return None


_POSTAL_CODE_AFTER = re.compile(r"(?<=[^\W\d_])\s+\d{4,6}$")


def _bare_place(part: str) -> str | None:
    """A part of an address as a place's name, without its prefix; None for a street, a
    number or a phone."""
    bare = _PLACE_PREFIX.sub("", part)
    if not bare[:1].isupper() or len(bare.split()) > 3 or re.search(r"\d", bare):
        return None
    return bare
