"""Build corpus documents and labels from their sources (bench/data/extraction/sources/*.yaml).

One YAML source per document holds the text as written, how to render it, and the hand-written
label. The file name is the document id (`en-prose-03.yaml`, `post-en-04.yaml`); the language
and, for résumés, the layout come from the id.

    kind: resume                  # or post
    format: pdf                   # pdf | docx | txt | md | doc | odt | rtf | html
    layout: headed                # posts only (a résumé's layout is in its id)
    render:                       # optional, see render.py
      sidebar: |                  # a second column (PDF) / table cell or text box (DOCX)
      docx_layout: table          # flow | table | textbox
      header: "Jane Doe - CV"
      footer: "Page {page} of {pages}"
      pdf: {font: serif, heading: caps}     # PdfStyle fields
      docx: {font: Arial, heading_styles: false}
      crlf: true                  # txt/md: Windows line ends; bom: true for a byte-order mark
      quirks: [ligatures, ...]    # real-world quirks, and `boxes` (a Canva-style PDF): quirks.py
      html_chrome: true           # pdf: the text is an HTML page printed by Chromium: chrome.py
    text: |                       # markup for PDF/DOCX/doc/odt/rtf, the file itself for txt/md/html
      ...
    label:                        # the fields of CORPUS_SCHEMA / bench/data/extraction/README.md
      name: ...

A .doc, .odt or .rtf is the DOCX of its markup (the same `render:` options) converted by
LibreOffice (office.py); an .html is a saved web page, written as it is, like a .txt.

The split of a new document is decided once, when its label is first written, and never changed:
an existing label keeps its split. New documents of one (kind, language) are sorted by id and
alternate dev, test, ... starting with whichever split has fewer documents so far; a document of
a person who already has a document takes that document's split (two versions of one CV never
straddle dev and test). A batch written to fill a gap of one split (the dev posts were mostly
headed, the test posts mostly bullets and paragraphs) names its split and batch in every source,
decided before any tuning on it:

    split: dev                    # optional, with batch: the split is the batch's, not alternated
    batch: dev-post-layouts

    python tools/extraction_corpus/build.py --lang en         # build every English source
    python tools/extraction_corpus/build.py --only en-prose-03
    python tools/extraction_corpus/build.py --table           # counts for the README
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from chrome import to_pdf_chrome
from office import OFFICE_FORMATS, convert_docx
from quirks import apply_text_quirks, icon_font_paths, split_boxes, to_pdf_boxes
from render import PdfStyle, to_docx, to_pdf, to_text

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "bench" / "data" / "extraction"
FORMATS = ("pdf", "docx", "txt", "md", *OFFICE_FORMATS, "html")
# Icon font copies (quirks.py), made on demand.
FONT_CACHE = Path(tempfile.gettempdir()) / "worldhire-corpus-fonts"


class SourceError(ValueError):
    """A source file is malformed; the message names it."""


def parse_id(doc_id: str) -> tuple[str, str, str | None]:
    """(kind, lang, layout) of an id: "en-prose-03" or "post-en-04" (layout None)."""
    parts = doc_id.split("-")
    if parts[0] == "post" and len(parts) == 3:
        return "post", parts[1], None
    if len(parts) == 3:
        return "resume", parts[0], parts[1]
    raise SourceError(f"{doc_id}: ids are <lang>-<layout>-<nn> or post-<lang>-<nn>")


def load_source(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not {"kind", "format", "text", "label"} <= set(data):
        raise SourceError(f"{path.name}: needs kind, format, text and label")
    kind, _, _ = parse_id(path.stem)
    if data["kind"] != kind:
        raise SourceError(f"{path.name}: kind {data['kind']!r} does not match the id")
    if data["format"] not in FORMATS:
        raise SourceError(f"{path.name}: format must be one of {FORMATS}")
    if kind == "post" and not data.get("layout"):
        raise SourceError(f"{path.name}: a post needs a layout")
    declared = data.get("split")
    if bool(declared) != bool(data.get("batch")) or declared not in (None, "dev", "test"):
        raise SourceError(f"{path.name}: a declared split (dev or test) needs its batch")
    return data


def render(doc_id: str, source: dict[str, Any], corpus: Path) -> Path:
    kind, _, _ = parse_id(doc_id)
    folder = corpus / ("posts" if kind == "post" else "resumes")
    fmt = source["format"]
    target = folder / f"{doc_id}.{fmt}"
    opts = source.get("render") or {}
    quirks = list(opts.get("quirks") or [])
    bullet = opts.get("bullet", "•")

    def quirked(markup: str | None) -> str | None:
        return None if markup is None else apply_text_quirks(markup, quirks, bullet=bullet)

    text = source["text"]
    author = (source["label"].get("name") or "") if kind == "resume" else ""
    if fmt in ("txt", "md", "html"):
        return to_text(target, quirked(text) or "", crlf=bool(opts.get("crlf")),
                       bom=bool(opts.get("bom")))  # fmt: skip
    if fmt == "pdf" and opts.get("html_chrome"):
        return to_pdf_chrome(target, text)  # the text is a whole HTML page: chrome.py
    fonts = FONT_CACHE
    if fmt == "pdf" and opts.get("boxes"):
        boxes = opts["boxes"]
        items = [{**item, "text": quirked(item["text"])} for item in split_boxes(text)]
        return to_pdf_boxes(
            target, items, order=boxes.get("order", "reading"),
            hyphenate=bool(boxes.get("hyphenate")), style=PdfStyle(**(opts.get("pdf") or {})),
            font_folder=fonts, title=opts.get("title", ""), author=author,
        )  # fmt: skip
    if fmt == "pdf":
        style = PdfStyle(**(opts.get("pdf") or {}))
        return to_pdf(
            target, quirked(text) or "", sidebar=quirked(opts.get("sidebar")),
            header=quirked(opts.get("header")), footer=opts.get("footer"), style=style,
            title=opts.get("title", ""), author=author,
            # Only a source with quirks gets the icon font: the other files keep their bytes.
            fonts=icon_font_paths(style.font, fonts) if quirks or "{i:" in text else None,
        )  # fmt: skip
    docx_args: dict[str, Any] = {
        "sidebar": quirked(opts.get("sidebar")), "layout": opts.get("docx_layout", "flow"),
        "header": quirked(opts.get("header")), "footer": opts.get("footer"), "author": author,
        "title": opts.get("title", ""), **(opts.get("docx") or {}),
    }  # fmt: skip
    if fmt in OFFICE_FORMATS:  # the DOCX, saved by LibreOffice as a person's .doc/.odt/.rtf
        with tempfile.TemporaryDirectory() as folder:
            docx = to_docx(Path(folder) / f"{doc_id}.docx", quirked(text) or "", **docx_args)
            return convert_docx(target, docx)
    return to_docx(target, quirked(text) or "", **docx_args)


def assign_splits(
    new: list[tuple[str, dict[str, Any]]], existing: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """Splits for new documents (see the module docstring)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    person_split: dict[str, str] = {}
    for label in existing.values():
        counts[(label["kind"], label["lang"], label["split"])] += 1
        if label.get("person"):
            person_split[label["person"]] = label["split"]
    splits: dict[str, str] = {}
    for doc_id, source in sorted(new):
        kind, lang, _ = parse_id(doc_id)
        person = source["label"].get("person") or f"p-{doc_id}"
        if source.get("split"):
            split = source["split"]
        elif person in person_split:
            split = person_split[person]
        else:
            dev, test = counts[(kind, lang, "dev")], counts[(kind, lang, "test")]
            split = "dev" if dev <= test else "test"
        splits[doc_id] = split
        counts[(kind, lang, split)] += 1
        person_split.setdefault(person, split)
    return splits


def label_json(doc_id: str, source: dict[str, Any], split: str) -> dict[str, Any]:
    kind, lang, layout = parse_id(doc_id)
    fmt = source["format"]
    head: dict[str, Any] = {
        "id": doc_id, "kind": kind,
        "file": f"{'posts' if kind == 'post' else 'resumes'}/{doc_id}.{fmt}",
        "lang": lang, "layout": layout or source["layout"], "format": fmt, "split": split,
    }  # fmt: skip
    body = dict(source["label"])
    if source.get("batch"):
        head["batch"] = source["batch"]
    if kind == "resume":
        head["person"] = body.pop("person", f"p-{doc_id}")
    return {**head, **body}


def build(ids: list[str] | None, lang: str | None, corpus: Path = CORPUS) -> int:
    sources = sorted((corpus / "sources").glob("*.yaml"))
    chosen = []
    for path in sources:
        _, doc_lang, _ = parse_id(path.stem)
        if (ids and path.stem not in ids) or (lang and doc_lang != lang):
            continue
        chosen.append((path.stem, load_source(path)))
    if not chosen:
        raise SourceError("no sources selected")
    labels_dir = corpus / "labels"
    labels_dir.mkdir(parents=True, exist_ok=True)
    existing = {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in labels_dir.glob("*.json")
    }
    new_splits = assign_splits([(i, s) for i, s in chosen if i not in existing], existing)
    for doc_id, source in chosen:
        split = existing[doc_id]["split"] if doc_id in existing else new_splits[doc_id]
        render(doc_id, source, corpus)
        label = label_json(doc_id, source, split)
        (labels_dir / f"{doc_id}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"built {len(chosen)} documents ({len(new_splits)} new)")
    return 0


def count_table(corpus: Path = CORPUS) -> str:
    """Markdown tables of the corpus: documents per layout and format, and per language and
    split (for the corpus README)."""
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in (corpus / "labels").glob("*.json")]
    formats = sorted({x["format"] for x in labels})
    rows = ["| kind | layout | " + " | ".join(formats) + " | dev | test | total |"]
    rows.append("|" + "---|" * (len(formats) + 5))
    for kind, layout in sorted({(x["kind"], x["layout"]) for x in labels}):
        group = [x for x in labels if x["kind"] == kind and x["layout"] == layout]
        cells = [str(sum(1 for x in group if x["format"] == f)) for f in formats]
        splits = [str(sum(1 for x in group if x["split"] == s)) for s in ("dev", "test")]
        rows.append(
            f"| {kind} | {layout} | " + " | ".join([*cells, *splits, str(len(group))]) + " |"
        )
    rows += ["", "| kind | lang | dev | test | total |", "|---|---|---|---|---|"]
    for kind, lang in sorted({(x["kind"], x["lang"]) for x in labels}):
        group = [x for x in labels if x["kind"] == kind and x["lang"] == lang]
        dev = sum(1 for x in group if x["split"] == "dev")
        rows.append(f"| {kind} | {lang} | {dev} | {len(group) - dev} | {len(group)} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", help="ids to build")
    parser.add_argument("--lang", help="only sources in this language")
    parser.add_argument("--table", action="store_true", help="print the corpus count tables")
    args = parser.parse_args(argv)
    if args.table:
        print(count_table())
        return 0
    try:
        return build(args.only, args.lang)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
