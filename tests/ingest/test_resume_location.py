"""Where the person lives (issue 15): an Italian CV labels it "Indirizzo" or "Residenza"; a job's
line naming its employer and the employer's town is no address, wherever it stands."""

from __future__ import annotations

import pytest

from worldhire.ingest.parse import parse_resume_bytes


@pytest.mark.parametrize(("line", "location"), [
    ("Indirizzo | Via Roma 12, 40121 Bologna (BO)", "Via Roma 12, 40121 Bologna"),
    ("Residenza: Bari", "Bari"),
    ("Città: Napoli", "Napoli"),
])
def test_italian_labels_of_the_address_are_read_as_its_label(line: str, location: str) -> None:
    text = (f"CURRICULUM VITAE\nNome | Paolo Greco\n{line}\nE-mail | paolo.greco@example.it\n"
            "ESPERIENZA LAVORATIVA\n2019 – 2024 | Trasporti Sud S.r.l. | Autista\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.location == location


def test_a_jobs_line_naming_its_employers_town_is_no_address() -> None:
    text = ("Marco Bianchi\nmarco.b@example.it\nESPERIENZA LAVORATIVA\nDa gennaio 2019 ad oggi\n"
            "Analista dati presso Fincons S.p.A., Milano\nAnalisi dei dati di vendita in SQL.\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.location is None
    assert person.country == "IT"  # the employer's town still tells where they most likely live
