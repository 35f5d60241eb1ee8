"""A post's requirements, each tied to the words that support it and linked to the taxonomy with a
confidence.

A requirement exists only where the text names it. The items that can ask (the requirement and
nice-to-have sections; without them, a post's bullets and the sentences that ask) are read one
by one: the names each holds (posts.requirement_names), a bulleted phrase the taxonomy does not
know kept in its own words (posts.requirement_free_text), less what the item's words welcome,
refuse, set as a condition or give as a reason (posts.requirement_spans); the items that ask for
nothing are skipped (posts.requirement_items). A sentence in running text gives only the names it
holds. A link below `REVIEW_BELOW` is kept as a nice-to-have flagged "needs review", never a
must-have. One requirement per concept comes out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.allowed import allowed_countries_in
from worldhire.ingest.posts.fields import pay_in, window_in, years_in
from worldhire.ingest.posts.items import Item
from worldhire.ingest.posts.requirement_free_text import (
    acronym_experience,
    heads_not_named,
    name_like,
    shared_heads,
    unnamed,
    with_jurisdiction,
)
from worldhire.ingest.posts.requirement_items import ASKS, asks_nothing, hiring_items, team_stack
from worldhire.ingest.posts.requirement_names import (
    REVIEW_BELOW,
    Found,
    named,
    post_hits,
    spoken_language_starts,
    without_named_category,
)
from worldhire.ingest.posts.requirement_spans import (
    EXPERIENCE_WORDS,
    condition_spans,
    degree_span,
    denied_spans,
    language_use_spans,
    optional_spans,
    outside,
    reason_spans,
    refused_spans,
    tag_spans,
    team_use_spans,
    working_language_spans,
)
from worldhire.ingest.posts.text import SIGN_OFF, PostText
from worldhire.ingest.posts.words import OR_QUALIFIED, OR_WORDS, pattern
from worldhire.ingest.shared.folded_text import fold
from worldhire.skills.linker import SkillLinker
from worldhire.skills.literal import LiteralHit
from worldhire.skills.text import free_text_id, name_key


@dataclass(frozen=True)
class ReadRequirement:
    """One requirement as read: the concept (None: free text), its words and where they are."""

    skill_id: str | None
    label: str
    quote: str
    start: int  # offsets of `quote` in the post
    end: int
    must: bool
    min_years: float | None
    confidence: float
    needs_review: bool = False
    # The post welcomes it (a nice-to-have item, or "ideally ..." words), rather than a
    # must-have item's name read down (an example, an unsure link).
    welcome: bool = False
    # Kept in its own words as one of several names of this concept offered as a choice
    # ("Power BI ou Tableau": both name the practice business intelligence).
    choice_of: str | None = None


def read_requirements(
    post: PostText, linker: SkillLinker, title: str = ""
) -> tuple[list[ReadRequirement], float | None]:
    """The requirements of the post's requirement and nice-to-have items, and the years of
    experience the post asks for overall (the largest a requirement item states). A sentence
    outside the requirement sections that names the title is the hiring sentence ("buscamos un
    MLOps Engineer para ... modelos de detección de fraude"): it says what the job is about,
    not what the hire must know."""
    out: list[ReadRequirement] = []
    years_overall: float | None = None
    # Names are found in the whole post at once, so a word that needs a technical context to
    # count ("Spark", "Hive") has the post's.
    hits = post_hits(post.text, linker)
    hiring = hiring_items(post, title)
    items = post.items(SectionKind.MUST, SectionKind.NICE)
    if SectionKind.MUST not in post.kinds():
        # Bullet soup with no requirements heading ("- Xero and QuickBooks Online", "- 2+ yrs
        # bookkeeping"): its bullets are what the post asks for, read by the names they hold.
        items += [replace(i, kind=SectionKind.MUST, bullet=False)
                  for i in post.items(None, SectionKind.ABOUT)
                  if i.bullet and not team_stack(i.text(post.text))]  # fmt: skip
        # Requirements written only as sentences ("you've owned streaming pipelines, you're
        # strong in Python and SQL"): the sentences that speak of what the reader has, beside
        # any that say outright they ask ("We need someone who ..." / "They must be very
        # strong in SQL").
        items += [replace(i, kind=SectionKind.MUST) for i in post.items(None)
                  if not i.bullet and ASKS.search(i.text(post.text))]  # fmt: skip
    # An item of a requirements list (or one that says it asks) whose words welcome something
    # ("Experience with A/B testing, ideally in a consumer business"): only the words the
    # welcome governs are optional.
    # (A table cell under "Desirable" is welcomed whole, whatever else it says; a bullet of a
    # list with no requirements heading is read as asking, as its neighbours are: "✅ Good
    # spoken English, Yoruba or Pidgin is an advantage".)
    soup = SectionKind.MUST not in post.kinds()
    asking = {
        i.start for s in post.sections for i in s.items
        if not i.column and (
            s.kind is SectionKind.MUST or (s.kind in (None, SectionKind.OTHER) and (
                pattern("must").search(fold(i.text(post.text))) or (soup and i.bullet))))
    }  # fmt: skip
    # Below the sign-off, the sender's name, job and firm ("Senior Talent Acquisition Partner")
    sign_offs = [m.start() for m in SIGN_OFF.finditer(post.text)]
    signed = sign_offs[-1] if sign_offs else len(post.text)
    # Under a welcome heading ("Deseable", "Nice, but we'll teach you") the heading welcomes
    # what an item names, though the team would teach it ("dbt: ... te enseñaremos").
    welcomed = {i.start for s in post.sections if s.kind is SectionKind.NICE for i in s.items}
    for item in sorted(items, key=lambda i: i.start):
        if item.start >= signed:
            continue
        text = item.text(post.text)
        quiet = _lines_asking_nothing(text, bullet=item.bullet)
        if item.start in hiring or quiet is None:
            continue
        optional = (
            optional_spans(text, [*(h.start - item.start for h in hits
                                    if item.start <= h.start and h.end <= item.end),
                                  *spoken_language_starts(text)])
            if item.kind is SectionKind.NICE else []
        )  # fmt: skip
        if optional and item.start in asking:
            item = replace(item, kind=SectionKind.MUST)
        required = outside(text, optional) if optional else text
        years = years_in(_without_years_for_degree(required))
        if years is not None and item.kind is SectionKind.MUST:
            years_overall = max(years_overall or 0.0, years)
        inside = [
            replace(h, start=h.start - item.start, end=h.end - item.start)
            for h in hits if item.start <= h.start and h.end <= item.end
        ]  # fmt: skip
        refused = refused_spans(text, taught=item.start not in welcomed)
        refused += condition_spans(text) + tag_spans(text) + team_use_spans(text) + quiet
        out += _item_requirements(item, text, inside, linker, optional, refused)
    if years_overall is None:
        years_overall = _stated_years(post)
    return _merge(_choices_in_own_words(out, post.text)), years_overall


def _lines_asking_nothing(text: str, *, bullet: bool) -> list[tuple[int, int]] | None:
    """The lines of an item that ask for nothing (see `asks_nothing`), or None when none asks.
    A chat post's unbulleted lines run into one paragraph ("Suma si conoces Kotlin / Sueldo:
    ... / No hay patrocinio de visa."): its visa line silences only itself. How to apply
    silences the whole paragraph, whose next line goes on with it ('Subject: "CSR-Night"')."""
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if bullet or len(lines) < 2 or asks_nothing(text, bullet=True):
        return None if asks_nothing(text, bullet=bullet) else []
    quiet = [(a, b) for a, b in lines if asks_nothing(text[a:b], bullet=False)]
    return None if len(quiet) == len(lines) else quiet


# Years offered in place of a degree, after the degree and an "or" with no comma between ("BSc
# in Computer Science, OR a National Diploma plus 5+ years' data work instead of the degree",
# "Bac+2 en logistique (ou 5 ans d'expérience sur un poste similaire)"), folded: another way in,
# not the least experience ("licenciatura ... ou similar, experiência mínima de 3 anos" is).
_OR_YEARS = re.compile(
    # (not the degree's own "or a related field with 3 years of ...")
    rf"\b(?:{OR_WORDS})\b(?!\s+(?:a\s+|any\s+)?related\b)[^.;(),\n]{{0,60}}?\b\d{{1,2}}\s*\+?\s*"
    r"(?:years?|yrs?|ans|anos|anios|ani|lat|jahren?|tahun|yil)\b[^.;()\n]*",
)


def _without_years_for_degree(text: str) -> str:
    """The text with the years it offers in place of a degree blanked out."""
    folded = fold(text)
    degree = pattern("degree").search(folded)
    if degree is None or len(folded) != len(text):
        return text
    instead = _OR_YEARS.search(folded, degree.end(), degree.end() + 200)
    if instead is None:
        return text
    return text[: instead.start()] + " " * (instead.end() - instead.start()) + text[instead.end() :]


def _stated_years(post: PostText) -> float | None:
    """Years of experience a post states outside a requirements section: in its opening lines
    ("Full-time · 5-8 Years"), a field of a pasted paragraph ("Exp: 3-5 yrs") or a bullet of a
    list without a heading ("3+ years in customer success")."""
    lines = [line for _, line in post.head]
    # (a pasted paragraph's fields: "Location: Pune   Exp: 4-7 yrs   Notice: ...")
    lines += [i.text(post.text) for i in post.items(
        None, SectionKind.OTHER, SectionKind.ABOUT, SectionKind.LOGISTICS)]
    for line in lines:
        years = years_in(line)
        if years is not None and (EXPERIENCE_WORDS.search(line) or re.search(
            r"\d\s*(?:\+|-|–)?\s*\d*\s*(?:years?|yrs?)\b", line, re.IGNORECASE
        )):
            return years
    return None


def _item_requirements(
    item: Item, text: str, hits: list[LiteralHit], linker: SkillLinker,
    optional: list[tuple[int, int]] | None = None,
    refused: list[tuple[int, int]] | None = None,
) -> list[ReadRequirement]:
    must = item.kind is SectionKind.MUST
    found = named(text, hits, linker)
    segments = _segments(text)
    if item.bullet and not _states_a_field(text):
        found += unnamed(text, found, linker)
        found = heads_not_named(text, found, linker)
        found = shared_heads(text, found)
    found += _named_after_or(text, found)
    found += acronym_experience(text, found)
    found = with_jurisdiction(text, found)
    # After the free text, which a category word's span keeps from its words ("cloud warehouse")
    found = without_named_category(text, found, linker)
    degree = degree_span(text, bullet=item.bullet)
    if degree is not None:  # "Minimal D3 Teknik Informatika" read whole is a degree too
        found = [f for f in found if not (f.start < degree[1] and degree[0] < f.end)]
    for use in language_use_spans(text):  # names stay: "bahasa Indonesia (IndoBERT)"
        found = [
            f for f in found
            if not use[0] <= f.start < use[1] or name_like(text[f.start : f.end])
        ]  # fmt: skip
    # "You don't need Kubernetes experience", "no Java needed", "Kubernetes is not required",
    # "Fluent English; German is not required": what the reader is told they do not need is not
    # asked for at all, neither a must-have nor a nice-to-have.
    # (and the organisation's working languages: "English and French are the working languages")
    denied = [
        *(refused or []), *denied_spans(text, optional or []), *working_language_spans(text)
    ]
    found = [f for f in found if not any(a <= f.start < b for a, b in denied)]
    # "SQL, porque todo pasa por nuestra base de datos", "..., because we are async": a reason
    # tells the team's situation; its everyday words ask for nothing (a tool's name still does).
    reasons = reason_spans(text)
    found = [
        f for f in found
        if not any(a <= f.start < b for a, b in reasons)
        or (f.concept_id is not None and not text[f.start : f.end].islower())
    ]  # fmt: skip
    out = []
    for f in found:
        segment = next((s for s in segments if s[0] <= f.start < s[1]), (0, len(text)))
        years = years_in(text[segment[0] : segment[1]])
        if years is None and item.bullet:
            years = years_in(text)
        confident = f.confidence >= REVIEW_BELOW
        label = f.label or (linker.taxonomy.get(f.concept_id).label if f.concept_id else "")
        welcomed = any(a <= f.start < b for a, b in optional or [])
        out.append(
            ReadRequirement(
                skill_id=f.concept_id, label=label, quote=text[f.start : f.end],
                start=item.start + f.start, end=item.start + f.end,
                must=must and confident and not welcomed, min_years=years,
                confidence=round(f.confidence, 3), needs_review=not confident,
                welcome=not must or welcomed,
            )
        )
    return out


# A name that ends a list after "or": capitalised words up to the list's end.
_NAME_AFTER_OR = re.compile(
    rf"\s*,?\s+(?:{OR_WORDS})\s+([A-ZÀ-ÞĐ][\w.+#-]*(?:\s+[A-ZÀ-ÞĐ][\w.+#-]*){{0,2}})"
    r"(?=\s*(?:[,;.)]|$))"
)


def _named_after_or(text: str, found: list[Found]) -> list[Found]:
    """A name the taxonomy does not know offered instead of a product it knows ("phần mềm
    MISA hoặc FAST", "Xero or Pastel"): the other product, kept in its own words, so the
    choice reads as written."""
    out: list[Found] = []
    for f in found:
        if f.concept_id is None or text[f.start : f.end].islower():
            continue
        after = _NAME_AFTER_OR.match(text, f.end)
        if after is None:
            continue
        start, end = after.span(1)
        if not any(g.start < end and start < g.end for g in (*found, *out)):
            out.append(Found(None, start, end, 1.0, label=text[start:end]))
    return out


def _states_a_field(text: str) -> bool:
    """A bullet that gives the pay, the hours or where one may live ("⏰ Horario: 8:00 a 17:00",
    "💵 USD 2.800 - 3.500"): its words are logistics, never a skill in free text."""
    return bool(window_in(text) or pay_in(text) or allowed_countries_in(text))


def _segments(text: str) -> list[tuple[int, int]]:
    """Comma-separated parts outside parentheses: years stated in one part belong to it."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;" and depth <= 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


# What joins names offered as a choice ("Power BI ou Tableau", "Power BI/Tableau"), and the
# commas of a list that ends in one ("Power BI, Tableau or Looker").
_CHOICE_GAP = re.compile(rf"\s*,?\s*(?:(?:{OR_WORDS})\s|/)\s*", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*,\s*")
# The "or" that ends such a list.
_LIST_END = re.compile(rf"\s*,?\s*{OR_QUALIFIED}", re.IGNORECASE)


def _choices_in_own_words(found: list[ReadRequirement], text: str) -> list[ReadRequirement]:
    """Names of one concept offered as a choice ("Power BI ou Tableau", "Power BI/Tableau",
    "Power BI, Tableau or Looker": the taxonomy files each tool under the practice business
    intelligence) each kept in their own words, so the choice reads as the post wrote it and is
    met by a tool it names: merged, they were one requirement for the practice, met by any of
    its tools, and the choice was lost."""
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    own: set[int] = set()
    run: list[int] = []  # a comma list of the concept's names that an "or" may end
    for a, b in pairwise(order):
        x, y = found[a], found[b]
        gap = text[x.end : y.start] if _another_name(x, y) else "\n"
        if _CHOICE_GAP.fullmatch(gap):
            own.update(run or [a], [b])
            run = []
        else:
            run = (run or [a]) + [b] if _LIST_GAP.fullmatch(gap) else []
    own.update(_variants_offered(found, order, text))
    own.update(_offered_beside_unknown(found, order, text))
    return [replace(r, skill_id=free_text_id(r.quote), label=r.quote, choice_of=r.skill_id)
            if i in own else r for i, r in enumerate(found)]  # fmt: skip


def _variants_offered(found: list[ReadRequirement], order: list[int], text: str) -> set[int]:
    """Names of one concept in a comma list that an "or" ends, each a product's name, however
    related ("LoRA, QLoRA or full fine-tuning": QLoRA is a kind of LoRA) and whatever stands
    between them ("Symfonia, Enova lub Comarch ERP Optima": Enova, a name the taxonomy does not
    know): each is a way the post offers, so each stays in its own words. Written with a slash
    ("LoRA/QLoRA") they name one method."""
    own: set[int] = set()
    for choice in _lists_closed_by(found, order, text, (_LIST_END,)):
        named = [i for i in choice if found[i].skill_id and _product_name(found[i].quote)]
        concepts = [found[i].skill_id for i in named]
        own.update(i for i in named if concepts.count(found[i].skill_id) > 1)
    return own


def _offered_beside_unknown(found: list[ReadRequirement], order: list[int], text: str) -> set[int]:
    """A product the taxonomy files under a concept of another name, offered as a choice beside
    products it does not know ("Tesseract, Kraken or Calamari": Tesseract is filed under OCR;
    "Celery or Huey": Celery under Python): kept in its own words, so the choice keeps it
    rather than merging it into the concept the post may name elsewhere ("OCR experience")."""
    own: set[int] = set()
    for choice in _lists_closed_by(found, order, text, (_CHOICE_GAP, _LIST_END)):
        if any(found[i].skill_id is None and found[i].quote[:1].isupper() for i in choice):
            own.update(i for i in choice if found[i].skill_id and _product_name(
                found[i].quote) and name_key(found[i].quote) != name_key(found[i].label))
    return own


def _lists_closed_by(
    found: list[ReadRequirement], order: list[int], text: str, ends: tuple[re.Pattern[str], ...]
) -> Iterator[list[int]]:
    """The requirements of each comma list (in `order`) that a gap matching one of `ends`
    closes, the one after that gap included ("Tesseract, Kraken or Calamari")."""
    run = order[:1]
    for a, b in pairwise(order):
        gap = text[found[a].end : found[b].start]
        if _LIST_GAP.fullmatch(gap):
            run.append(b)
            continue
        if any(end.fullmatch(gap) for end in ends):
            yield [*run, b]
        run = [b]


def _product_name(quote: str) -> bool:
    """A product's name as written: capitalised, not a short acronym of a concept ("BI")."""
    return quote[:1].isupper() and not (quote.isupper() and len(quote) <= 4)


def _another_name(one: ReadRequirement, other: ReadRequirement) -> bool:
    """`other`, after `one`, names its concept in other words, each a product's name (not an
    acronym of the concept: "BI or Tableau" asks for the practice, one example given), neither
    a variant of the other ("LoRA/QLoRA" is one method)."""
    words, others = name_key(one.quote), name_key(other.quote)
    return (
        one.skill_id is not None and one.skill_id == other.skill_id and one.end <= other.start
        and words not in others and others not in words
        and _product_name(one.quote) and _product_name(other.quote)
    )  # fmt: skip


def _merge(found: list[ReadRequirement]) -> list[ReadRequirement]:
    """One requirement per concept (or per free-text phrase): the first mention, a must-have if
    any mention is one, the largest years stated. A nice-to-have that names a must-have's
    concept in other words ("Python" required, "Celery" welcome; "React" required, "Next.js" a
    plus: the taxonomy files the tool under the language or framework) stays a nice-to-have of
    its own, in the post's words: merged into the must-have, the welcomed tool would read as
    required and vanish from the list."""
    required = {(r.skill_id, name_key(r.quote)) for r in found if r.must and r.skill_id}
    out: dict[str, ReadRequirement] = {}
    for r in found:
        if (r.welcome and not r.must and r.skill_id and r.quote
                and any(c == r.skill_id for c, _ in required)
                and (r.skill_id, name_key(r.quote)) not in required
                and name_key(r.quote) != name_key(r.label)):  # fmt: skip
            r = replace(r, skill_id=free_text_id(r.quote), label=r.quote)
        key = r.skill_id or f"text:{name_key(r.label)}"
        if key not in out:
            out[key] = r
            continue
        kept = out[key]
        years = max((y for y in (kept.min_years, r.min_years) if y is not None), default=None)
        out[key] = replace(
            kept, must=kept.must or r.must, min_years=years,
            confidence=max(kept.confidence, r.confidence),
            needs_review=kept.needs_review and r.needs_review,
        )
    return list(out.values())
