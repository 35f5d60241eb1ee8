"""Moving a card by dragging it onto another stage in Chromium: the drop sends the card's own
"Move to" form (the path without JavaScript, which the journeys test), only the stages the card
may move to take it, and a rejection asks for its reason before anything is sent."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import World
from tests.factories import PYTORCH, make_candidate
from tests.web.conftest import Accessibility, Shots
from tests.web.test_browser import sign_in
from tests.web.test_recruiter_cards import role_id  # noqa: F401 (a fixture used below)
from worldhire.core.models import EvidenceKind
from worldhire.governance.principal import Principal


def test_a_card_dragged_to_a_stage_moves_there(
    page: Any, live: tuple[str, World], shots: Shots, a11y: Accessibility,
    role_id: str,  # noqa: F811
) -> None:
    base, world = live
    ctx = world.ctx
    person = make_candidate({PYTORCH: EvidenceKind.JOB}, tenant_id=world.tenant_a,
                            name="Dorota Kamińska-Drag", email="dorota.drag@mail.example")
    ctx.repo.save_candidate(person)
    ctx.pipeline(Principal.operator().within(world.tenant_a)).add(person.id, role_id)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    sign_in(page, base, world.tokens["a-recruiter"])
    page.wait_for_url(f"{base}/roles")
    page.goto(f"{base}/roles/{role_id}/pipeline")

    def card() -> Any:
        return page.locator("article.app-card", has_text=person.name)

    def column(stage: str) -> Any:
        return page.locator(f"section.column[data-stage={stage}]")

    assert card().get_attribute("draggable") == "true"  # the script ran
    # "offer" is not a move from "sourced": the drop is refused and nothing is sent.
    card().drag_to(column("offer"))
    assert person.name in column("sourced").inner_text()
    card().drag_to(column("contacted"))
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    assert "to “contacted”" in page.locator(".flash").inner_text()
    assert person.name in column("contacted").inner_text()
    # A rejection needs a reason: the drop chooses it and asks, the reason sends it.
    card().drag_to(column("rejected"))
    reason = card().locator("input[name=reason]")
    assert reason.evaluate("e => e === document.activeElement")
    assert card().locator("select[name=to_stage]").input_value() == "rejected"
    assert person.name in column("contacted").inner_text()
    reason.fill("salary expectations above the band")
    reason.press("Enter")
    page.wait_for_url(f"**/roles/{role_id}/pipeline**")
    assert person.name in column("rejected").inner_text()
    assert "salary expectations above the band" in card().inner_text()
    a11y.check(page)
    shots.take(page, "j-r4b-board-drag")
    assert errors == []
