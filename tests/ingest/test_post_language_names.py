"""A post is read with the résumé reader's table of language names (lexicon/languages.py): a
language a résumé reader knows, in any of the forms it knows, is one a post can ask for."""

from __future__ import annotations

from worldhire.ingest.posts.requirement_names import spoken_language_starts


def test_a_post_names_the_languages_a_resume_names() -> None:
    item = "Mile widziany koreański lub szwedzki"
    assert sorted(spoken_language_starts(item)) == [item.index("koreański"), item.index("szwedzki")]
