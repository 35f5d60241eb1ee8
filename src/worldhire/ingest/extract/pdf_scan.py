"""What each page of a PDF would cost to read, measured before any text is extracted.

A PDF can make a reader do far more work than its size suggests: one 4 KB compressed content
stream inflates to megabytes of text operators and can be shared by every page, and a form
XObject can be drawn thousands of times. So each page's content streams (and the forms they
draw, a few levels deep) are inflated with a cap, and their text operators counted; the pages
are then read only while they stay within the limits in `worldhire.ingest.limits`. A page that
shows no text (a scanned image, a blank page) and a page whose content is the same as an
earlier page's are skipped: neither can add text.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.filters import ASCII85Decode, ASCIIHexDecode, LZWDecode, RunLengthDecode
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from worldhire.ingest import limits

_FORM_DEPTH = 3
_INFLATE_CHUNK = 16 * 1024
_SMALL_FILTERED_BYTES = 256 * 1024  # streams under other filters are decoded only up to this
_EXPANDING = {"/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/RunLengthDecode", "/RL"}
_OTHER_FILTERS: dict[str, Callable[..., bytes]] = {
    "/ASCII85Decode": ASCII85Decode.decode,
    "/A85": ASCII85Decode.decode,
    "/ASCIIHexDecode": ASCIIHexDecode.decode,
    "/AHx": ASCIIHexDecode.decode,
    "/LZWDecode": LZWDecode.decode,
    "/LZW": LZWDecode.decode,
    "/RunLengthDecode": RunLengthDecode.decode,
    "/RL": RunLengthDecode.decode,
}


@dataclass(frozen=True)
class _Cost:
    text_ops: int
    content_bytes: int


@dataclass
class PagePlan:
    """The pages to read, in order, and why the others are not read."""

    pages: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    image_only: int = 0


def plan_pages(reader: PdfReader) -> PagePlan:
    plan = PagePlan()
    seen: dict[tuple[int, ...], int] = {}
    memo: dict[int, _Cost] = {}
    total_ops = total_bytes = 0
    for index, page in enumerate(reader.pages):
        if index >= limits.MAX_PDF_PAGES:
            plan.skipped.append(f"pages after {limits.MAX_PDF_PAGES} (page limit)")
            break
        key = _content_key(page)
        if key is not None and key in seen:
            plan.skipped.append(f"page {index + 1} (same content as page {seen[key] + 1})")
            continue
        if key is not None:
            seen[key] = index
        cost = _page_cost(page, memo)
        if cost.text_ops == 0:
            plan.image_only += 1
            continue
        if cost.text_ops > limits.MAX_PDF_PAGE_TEXT_OPS:
            plan.skipped.append(
                f"page {index + 1} (draws {cost.text_ops:,} pieces of text; "
                f"limit {limits.MAX_PDF_PAGE_TEXT_OPS:,})"
            )
            continue
        if cost.content_bytes > limits.MAX_PDF_PAGE_CONTENT_BYTES:
            plan.skipped.append(
                f"page {index + 1} (content over {limits.MAX_PDF_PAGE_CONTENT_BYTES:,} bytes)"
            )
            continue
        total_ops += cost.text_ops
        total_bytes += cost.content_bytes
        if total_ops > limits.MAX_PDF_TEXT_OPS or total_bytes > limits.MAX_PDF_CONTENT_BYTES:
            plan.skipped.append(f"pages from {index + 1} on (the document's work limit)")
            break
        plan.pages.append(index)
    return plan


def _content_key(page: DictionaryObject) -> tuple[int, ...] | None:
    """Identity of what a page draws: its content stream objects (None for inline content)."""
    contents = page.get("/Contents")
    refs: list[int] = []
    items = contents if isinstance(contents, ArrayObject) else [contents]
    for item in items:
        if not isinstance(item, IndirectObject):
            return None
        refs.append(item.idnum)
    return tuple(refs)


def _page_cost(page: DictionaryObject, memo: dict[int, _Cost]) -> _Cost:
    contents = page.get("/Contents")
    items = contents if isinstance(contents, ArrayObject) else [contents]
    data = b"".join(_decoded(item) for item in items if item is not None)
    return _content_cost(data, _resolve(page.get("/Resources")), memo, 0)


def _content_cost(
    data: bytes, resources: Any, memo: dict[int, _Cost], depth: int
) -> _Cost:
    """Text operators and bytes, counting each form drawn by `Do` as the costliest form (an upper
    bound that needs no parsing of the operators)."""
    ops = data.count(b"Tj") + data.count(b"TJ") + data.count(b"'") + data.count(b'"')
    draws = data.count(b"Do")
    form = _Cost(0, 0)
    if draws and depth < _FORM_DEPTH:
        form = _costliest_form(resources, memo, depth)
    return _Cost(ops + draws * form.text_ops, len(data) + draws * form.content_bytes)


def _costliest_form(resources: Any, memo: dict[int, _Cost], depth: int) -> _Cost:
    xobjects = _resolve(resources.get("/XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        return _Cost(0, 0)
    worst = _Cost(0, 0)
    for ref in list(xobjects.values())[: limits.MAX_PDF_XOBJECTS]:
        key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        cost = memo.get(key)
        if cost is None:
            memo[key] = _Cost(0, 0)  # a form that draws itself costs nothing more
            form = _resolve(ref)
            if isinstance(form, StreamObject) and form.get("/Subtype") == "/Form":
                inner = _resolve(form.get("/Resources")) or resources
                cost = _content_cost(_decoded(form), inner, memo, depth + 1)
            else:
                cost = _Cost(0, 0)
            memo[key] = cost
        worst = _Cost(max(worst.text_ops, cost.text_ops),
                      max(worst.content_bytes, cost.content_bytes))
    return worst


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _decoded(obj: Any) -> bytes:
    """The stream's bytes, inflated up to one byte past the page limit (enough to refuse it)."""
    stream = _resolve(obj)
    if not isinstance(stream, StreamObject):
        return b""
    cap = limits.MAX_PDF_PAGE_CONTENT_BYTES + 1
    data: bytes = stream._data
    if "/Filter" not in stream:
        return data[:cap]
    filters = _resolve(stream["/Filter"])
    names = [str(_resolve(f)) for f in filters] if isinstance(filters, list) else [str(filters)]
    if sum(1 for name in names if name in _EXPANDING) > 1:
        return b"\0" * cap  # two inflating filters in a row: no writer does that but a bomb
    for name in names:
        if name in ("/FlateDecode", "/Fl"):
            data = _inflate(data, cap)
        elif name in _OTHER_FILTERS and len(data) <= _SMALL_FILTERED_BYTES:
            try:
                data = _OTHER_FILTERS[name](data)[:cap]
            except Exception:  # damaged stream: the reader will see the same damage
                return data[:cap]
        else:
            return data[:cap]
    return data


def _inflate(data: bytes, cap: int) -> bytes:
    """Inflated bytes up to `cap`; of a damaged stream, what inflates before the damage (PDFium
    reads the same), with or without the zlib header some writers leave out."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        out = bytearray()
        try:
            for start in range(0, len(data), _INFLATE_CHUNK):
                out += inflater.decompress(data[start : start + _INFLATE_CHUNK], cap - len(out))
                if len(out) >= cap or inflater.unconsumed_tail:
                    return bytes(out[:cap])
            return bytes(out)
        except zlib.error:
            if out:
                return bytes(out)
    return b""
