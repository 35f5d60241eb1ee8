"""Tool names, certificates and word forms of the hiring regions that résumés write (issue 15):
a shop's or a clinic's tools, a bookkeeper's software, and names with another language's
endings, each linked to the skill it shows, and the common word it also is left alone."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize("text", [
    "Operated the POS system and the cash register on the night shift.",
    "Daily POS reports and cash counts for the branch manager.",
])
def test_a_point_of_sale_is_no_blockchain_consensus(linker: SkillLinker, text: str) -> None:
    assert "blockchain consensus mechanisms" not in snippets(linker, text)


def test_proof_of_stake_written_out_is_still_blockchain_consensus(linker: SkillLinker) -> None:
    found = snippets(linker, "Validator node design for a proof of stake chain in Rust.")
    assert found.get("blockchain consensus mechanisms") == "proof of stake"
