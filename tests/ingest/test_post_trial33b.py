"""Regressions from helper trial33b's trial of issue 15 with job posts as people write them on
the boards of Bangladesh, Nigeria, Egypt, the Philippines, Romania and Thailand and on remote
boards (invented sentences, not the corpus documents)."""

from __future__ import annotations

from tests.ingest.post_reading import quotes, read_post


def test_training_the_employer_offers_for_a_tool_it_does_not_require_is_no_requirement() -> None:
    role = read_post(
        "Cerințe\n- Minim 3 ani experiență în contabilitate\n- Cunoștințe de Excel\n"
        "- Nu e necesară experiența cu Saga, oferim instruire\n\n"
        "Requirements\n- Good command of MS Excel\n"
        "- Oracle NetSuite knowledge not required, training will be provided\n"
    )
    must = quotes(role, must=True)
    assert {"oferim instruire", "training will be provided"}.isdisjoint(must)
    assert "netsuite" not in " ".join(must)
    assert "excel" in must


def test_a_thai_no_need_denies_what_it_names() -> None:
    role = read_post(
        "Sales Coordinator\n\nคุณสมบัติ\n- ใช้ Excel และ PowerPoint ได้ดี\n"
        "- ไม่จำเป็นต้องมีประสบการณ์ SAP\n- ไม่ต้องมีประสบการณ์ Salesforce มีสอนงานให้\n"
    )
    must = quotes(role, must=True)
    assert {"sap", "salesforce"}.isdisjoint(must)
    assert {"excel", "powerpoint"} <= must
