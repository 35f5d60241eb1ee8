"""Regressions from a user's trial of issue 15 with résumés in the hiring regions' languages (the
`trial25a-a` corpus batch): a Polish CV pasted into an e-mail without Polish letters, a
TopCV export, language levels in words and CEFR."""

from __future__ import annotations

from tests.ingest.conftest import read_cv


def test_polish_language_word_before_the_name_belongs_to_it_typed_without_polish_letters() -> None:
    # "jezyk niemiecki - komunikatywny (B1)": Polish names a language as "język" and its
    # adjective, and an e-mail typed on a phone drops the "ę"
    person = read_cv(
        "Kamil Wisniewski\ntel. 603 447 129\n\nUMIEJETNOSCI\n- programy: Excel, Word\n"
        "- jezyk niemiecki - komunikatywny (B1), jezyk angielski - podstawowy (A2)\n"
    )
    assert set(person.languages) == {"German (B1)", "English (A2)"}
