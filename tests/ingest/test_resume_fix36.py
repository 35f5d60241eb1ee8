"""Résumé fields left by earlier rounds (issue 15, helper resumefix36)."""

from __future__ import annotations

from worldhire.ingest.shared.fields import find_phones


def test_an_identity_number_in_a_label_colon_value_row_is_no_phone() -> None:
    """Job-board exports set personal details as "Label | : | value" rows: the bar, the colon
    and the bar between "National Id No." and its number still label it an identity number."""
    text = (
        "Mobile No : 01822-190455\n"
        "National Id No. | : | 7301946285\n"
        "NIN | : | 52718394061\n"
    )
    assert find_phones(text) == ["01822-190455"]
