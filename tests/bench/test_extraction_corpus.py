"""The labelled extraction corpus is well formed (bench/data/extraction, read by
bench/extraction.py): every document has a valid label, the split is written and balanced, and
what a label says the text shows is really in the text. Not product quality: that is the bench."""

from __future__ import annotations

import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from tools.extraction_corpus import render

from bench import extraction as bench
from worldhire.ingest.formats import format_named
from worldhire.ingest.sniff import sniff
from worldhire.skills.text import name_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "bench" / "data" / "extraction"
# Saved by LibreOffice from the DOCX a source renders, or a saved web page (build.py).
OFFICE_AND_WEB = (".doc", ".odt", ".rtf", ".html")


@pytest.fixture(scope="module")
def labels() -> list[bench.Label]:
    return bench.load_labels(CORPUS)


def _document_text(path: Path) -> str:
    """The words of an uploaded file, as any reader gets them."""
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            parts = [
                n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)
            ]
            xml = " ".join(z.read(n).decode("utf-8") for n in parts)
        xml = re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)
    if path.suffix in OFFICE_AND_WEB:
        # No second reader of .doc, .odt, RTF and web pages is at hand: the product's own.
        named = format_named(path.suffix)
        assert named is not None
        return named.text(path.read_bytes())
    return path.read_text(encoding="utf-8-sig")


def _source_text(doc_id: str) -> str:
    path = CORPUS / "sources" / f"{doc_id}.yaml"
    if not path.is_file():
        return ""
    source = yaml.safe_load(path.read_text(encoding="utf-8"))
    sidebar = (source.get("render") or {}).get("sidebar") or ""
    return render.plain_text(source["text"]) + "\n" + render.plain_text(sidebar)


Texts = dict[str, tuple[str, str]]  # a document's id: its text as read, and its source's text


@pytest.fixture(scope="module")
def texts(labels: list[bench.Label]) -> Texts:
    return {x.id: (_document_text(CORPUS / x.file), _source_text(x.id)) for x in labels}


def _shows(texts: tuple[str, str], phrase: str) -> bool:
    """The phrase's words occur in a row in the document (or, for PDFs that wrap a long word,
    in its source), whatever the case and punctuation."""
    key = f" {name_key(phrase)} "
    return any(key in f" {name_key(text)} " for text in texts)


def _shows_words(texts: tuple[str, str], name: str) -> bool:
    """Every word of a name occurs in the document: a form may write the surname and the given
    names on two lines ("Nom : HOUNKPATIN" / "Prénoms : Codjo Fabrice")."""
    return any(set(name_key(name).split()) <= set(name_key(text).split()) for text in texts)


def test_every_document_has_a_label_and_every_label_a_document(labels: list[bench.Label]) -> None:
    files = {
        f"{folder}/{p.name}" for folder in ("resumes", "posts") for p in (CORPUS / folder).iterdir()
    }
    labelled = {x.file for x in labels}
    assert files - labelled == set(), "documents without a label"
    assert labelled - files == set(), "labels without a document"


def test_each_file_is_the_format_its_suffix_names(labels: list[bench.Label]) -> None:
    # What the product's sniffer makes of it: a LibreOffice conversion that wrote another
    # format, or a page that is no page, would measure the wrong reader.
    wrong = []
    for x in labels:
        path = CORPUS / x.file
        if path.suffix in OFFICE_AND_WEB and sniff(path.read_bytes(), "upload") != x.format:
            wrong.append(x.id)
    assert wrong == []


def test_ids_are_unique_and_name_their_language_and_layout(labels: list[bench.Label]) -> None:
    ids = [x.id for x in labels]
    assert len(ids) == len(set(ids))
    for x in labels:
        if x.kind == "post":
            assert x.id.startswith(f"post-{x.lang}-"), x.id
        else:
            assert x.id.startswith(f"{x.lang}-{x.layout}-"), x.id


def test_splits_are_balanced_within_each_kind_and_language(labels: list[bench.Label]) -> None:
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for x in labels:
        if x.batch is None:  # a batch written for one split is outside the alternation
            groups[(x.kind, x.lang)][x.split] += 1
    for group, counts in groups.items():
        # Files of one person share a split, which can tip a group by a few documents.
        assert abs(counts["dev"] - counts["test"]) <= 3, (group, counts)


def test_a_batch_lies_in_one_split(labels: list[bench.Label]) -> None:
    splits: dict[str, set[str]] = defaultdict(set)
    for x in labels:
        if x.batch is not None:
            splits[x.batch].add(x.split)
    assert {b: s for b, s in splits.items() if len(s) > 1} == {}


def test_files_of_one_person_share_a_split(labels: list[bench.Label]) -> None:
    splits: dict[str, set[str]] = defaultdict(set)
    for x in labels:
        if x.kind == "resume":
            splits[x.person].add(x.split)
    assert {p: s for p, s in splits.items() if len(s) > 1} == {}


def test_corpus_size_and_variety(labels: list[bench.Label]) -> None:
    english = [x for x in labels if x.lang == "en"]
    resumes = [x for x in english if x.kind == "resume"]
    posts = [x for x in english if x.kind == "post"]
    assert len(resumes) >= 65 and len(posts) >= 22
    assert len({x.layout for x in resumes}) >= 10
    assert {"pdf", "docx", "txt", "md"} <= {x.format for x in resumes}
    assert sum(x.name is None for x in resumes) >= 8, "anonymised CVs"
    assert sum(x.layout == "jobboard" for x in resumes) >= 10, "job-board exports"
    people = Counter(x.person for x in resumes)
    assert sum(n > 1 for n in people.values()) >= 3, "people with more than one file"


def test_every_labelled_skill_is_in_the_text(labels: list[bench.Label], texts: Texts) -> None:
    missing = []
    for x in labels:
        surfaces = (
            x.skills if x.kind == "resume" else [*x.requirements, *x.nice_to_have, *x.other_skills]
        )
        missing += [(x.id, s) for s in surfaces if not _shows(texts[x.id], s)]
    assert missing == []


def test_names_contacts_and_jobs_are_in_the_text(labels: list[bench.Label], texts: Texts) -> None:
    missing = []
    for x in labels:
        if x.kind == "post":
            # A title may drop words of the heading ("(m/f/d)", "remote, CEE"): its words suffice.
            words = set(name_key(texts[x.id][0] + " " + texts[x.id][1]).split())
            if not set(name_key(x.title).split()) <= words:
                missing.append((x.id, x.title))
            if x.company and not _shows(texts[x.id], x.company):
                missing.append((x.id, x.company))
            continue
        digits = re.sub(r"\D", "", texts[x.id][0] + texts[x.id][1])
        missing += [(x.id, p) for p in x.phones if re.sub(r"\D", "", p) not in digits]
        if x.name and not _shows_words(texts[x.id], x.name):
            missing.append((x.id, x.name))
        for phrase in x.emails:
            if not _shows(texts[x.id], phrase):
                missing.append((x.id, phrase))
        for job in x.jobs:
            for phrase in (job.title, job.organization or ""):
                if phrase and not _shows(texts[x.id], phrase):
                    missing.append((x.id, phrase))
    assert missing == []


def test_anonymised_documents_name_nobody(labels: list[bench.Label]) -> None:
    for x in labels:
        if x.kind == "resume" and x.name is None:
            assert x.emails == [] and x.phones == [], x.id


def test_money_converts_with_the_products_rates(labels: list[bench.Label]) -> None:
    for x in labels:
        money = x.pay if x.kind == "resume" else x.budget
        if money is not None:
            assert bench.usd_per_year(money) > 0, x.id
