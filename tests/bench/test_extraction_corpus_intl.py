"""The non-English half of the extraction corpus keeps its size and variety per language
(documents as people in each country write them; the labels themselves are checked against their
text by test_extraction_corpus.py)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from bench import extraction as bench

LANGS = ("es", "pt", "pl", "uk", "ro", "fr", "de", "vi", "id")
LABELS = bench.load_labels()


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_varied_resumes_and_posts(lang: str) -> None:
    resumes = [x for x in LABELS if x.lang == lang and x.kind == "resume"]
    posts = [x for x in LABELS if x.lang == lang and x.kind == "post"]
    assert len(resumes) >= 10 and len(posts) >= 2
    assert len({x.layout for x in resumes}) >= 5
    assert len({x.format for x in resumes}) >= 3
    assert any(x.name is None for x in resumes), "no anonymised CV"
    assert {x.split for x in resumes} == {x.split for x in posts} == {"dev", "test"}


def test_the_half_covers_every_format_and_has_people_in_two_files() -> None:
    resumes = [x for x in LABELS if x.lang in LANGS and x.kind == "resume"]
    assert {"pdf", "docx", "txt", "md"} <= {x.format for x in resumes}
    files: dict[str, list[str]] = defaultdict(list)
    for x in resumes:
        files[x.person].append(x.lang)
    assert sum(len(v) > 1 for v in files.values()) >= 5
    assert any(len(set(v)) > 1 for v in files.values()), "no person written in two languages"
    # Paragraphs without headings and nameless agency CVs, the layouts the issue found hardest.
    layouts = Counter(x.layout for x in resumes)
    assert layouts["prose"] >= 9 and layouts["anon"] >= 9


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_russian_and_turkish_resumes_are_varied_and_split(lang: str) -> None:
    resumes = [x for x in LABELS if x.lang == lang and x.kind == "resume"]
    assert len(resumes) >= 12
    assert len({x.layout for x in resumes}) >= 7
    assert {"pdf", "docx", "txt", "md"} <= {x.format for x in resumes}
    assert any(x.name is None for x in resumes), "no anonymised CV"
    # Each batch was split when it was written: half dev, half test, or all dev (a batch
    # written later to find what dev lacked).
    for batch in {x.batch for x in resumes}:
        splits = Counter(x.split for x in resumes if x.batch == batch)
        assert splits["test"] in (0, splits["dev"]), f"{batch}: {dict(splits)}"
