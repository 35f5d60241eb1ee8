"""Every résumé format in the registry is told apart by the sniffer, read by the parser and kept
under its media type, by each of its suffixes: a new entry needs a sample here, and nothing else
outside its reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.ingest.conftest import make_docx, make_pdf

from worldhire.ingest.document import document_text
from worldhire.ingest.formats import (
    FORMATS,
    FileKind,
    ResumeFormat,
    format_names,
    post_accept,
    suffixes,
)
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.received import received_document
from worldhire.ingest.service import SUPPORTED_SUFFIXES, discover, unsupported
from worldhire.ingest.sniff import sniff

LINES = ["Jane Doe", "jane.doe@example.com", "Experience",
         "2019 - 2023 Data Engineer, Acme GmbH, Berlin"]

SAMPLES: dict[FileKind, Callable[[], bytes]] = {
    "pdf": lambda: make_pdf("\n".join(LINES)),
    "docx": lambda: make_docx([(line, None) for line in LINES]),
    "text": lambda: "\n".join(LINES).encode(),
    "json": lambda: json.dumps(
        {"basics": {"name": "Jane Doe", "email": "jane.doe@example.com"}}).encode(),
    "csv": lambda: b"name,email\nJane Doe,jane.doe@example.com\n",
    # LibreOffice saved LINES as Word 97-2003 and OpenDocument (tests/ingest/office/README.md)
    "doc": lambda: (Path(__file__).parent / "office" / "jane.doc").read_bytes(),
    "odt": lambda: (Path(__file__).parent / "office" / "jane.odt").read_bytes(),
    "rtf": lambda: (Path(__file__).parent / "office" / "jane.rtf").read_bytes(),
    "html": lambda: ("<html><body>" + "".join(f"<p>{line}</p>" for line in LINES)
                     + "</body></html>").encode(),
}
EACH_SUFFIX = [pytest.param(f, s, id=s) for f in FORMATS for s in f.suffixes]


def test_every_format_has_a_sample() -> None:
    assert {f.kind for f in FORMATS} == set(SAMPLES)


@pytest.mark.parametrize(("known", "suffix"), EACH_SUFFIX)
def test_every_format_is_sniffed_read_and_kept_by_each_suffix(known: ResumeFormat,
                                                             suffix: str) -> None:
    sep = b"\t" if suffix == ".tsv" else b","
    data = SAMPLES[known.kind]().replace(b",", sep)
    name = f"jane{suffix}"
    assert sniff(data, name) == known.kind
    people = parse_resume_bytes(data, name)
    assert [(p.name, p.email) for p in people] == [("Jane Doe", "jane.doe@example.com")]
    kept = received_document(data, name, len(people))
    if known.several_people:
        assert kept is None
    else:
        assert kept is not None and kept.media_type == known.media_types[suffix]
        assert "Jane Doe" in kept.text
    assert (document_text(data, known.kind) is not None) is known.holds_posts


def test_a_binary_format_named_otherwise_keeps_its_own_media_type() -> None:
    kept = received_document(SAMPLES["pdf"](), "jane.txt", 1)
    assert kept is not None and kept.media_type == "application/pdf"


def test_the_folder_walk_and_the_upload_lists_read_the_registry(tmp_path: Path) -> None:
    every = {s for f in FORMATS for s in f.suffixes}
    assert SUPPORTED_SUFFIXES == every == set(suffixes())
    assert set(suffixes(several_people=False)) == every - {".csv", ".tsv"}
    for suffix in [*sorted(every), ".xlsx"]:
        (tmp_path / f"a{suffix}").write_bytes(b"x")
    assert {p.suffix for p in discover([tmp_path])} == every
    assert [p.suffix for p in unsupported([tmp_path])] == [".xlsx"]


def test_a_job_posts_accept_list_is_the_formats_a_post_comes_in() -> None:
    accepted = post_accept()
    assert {".pdf", ".docx", ".txt", ".md", "application/pdf", "text/markdown"} <= set(accepted)
    assert not {".json", ".csv", "application/json"} & set(accepted)


def test_the_prose_lists_of_formats_read_the_registry() -> None:
    every = format_names()
    assert all(f.title in every for f in FORMATS) and every.count(" or ") == 1
    one_person = format_names(several_people=False)
    assert [f.title in one_person for f in FORMATS] == [not f.several_people for f in FORMATS]
    posts = format_names(posts=True)
    assert [f.title in posts for f in FORMATS] == [f.holds_posts for f in FORMATS]
