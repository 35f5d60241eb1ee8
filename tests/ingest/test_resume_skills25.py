"""Skills a résumé plainly shows that the reader missed (issue 15, helper skills25): the
certificates of a certificates section written several to a line, or named by their code
("Cisco CCNA", "OSHA 30", "ISO 9001:2015 Lead Auditor") rather than by the word "certificate";
a product quoted with its maker's name ("Cisco Viptela")."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.certificates import certificate_names
from worldhire.ingest.resumes.tool_names import tool_names
from worldhire.skills.literal import LiteralMatcher
from worldhire.skills.taxonomy_cache import load_taxonomy


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Several certificates to a line, set apart by middle dots, bullets or bars.
        ("Cisco CCNA (2019) · OSHA 30 (2021) · Forklift safety awareness",
         ["Cisco CCNA", "OSHA 30"]),
        ("PMP | ITIL 4 Foundation | Scrum Master (PSM I)", ["PMP", "ITIL 4 Foundation"]),
        # A comma after a bracketed year ends a certificate; one inside a name's issuer does not.
        ("Meta Social Media Marketing Certificate (2023), Content Writing – Kelas Online (2021)",
         ["Meta Social Media Marketing Certificate"]),
        ("Google Cloud Professional Data Engineer, Google",
         ["Google Cloud Professional Data Engineer, Google"]),
        # Named by a code: the awarding body's or the standard's.
        ("CILT Level 3 Diploma - 2021", ["CILT Level 3 Diploma"]),
        ("ISO 9001:2015 Lead Auditor (Bureau Veritas)", ["ISO 9001:2015 Lead Auditor"]),
        # A course, and a long line that only mentions codes, name no certificate.
        ("Kurs pierwszej pomocy przedmedycznej (2023)", []),
        ("Basic Life Support (BLS) and ACLS – Nigeria Resuscitation Council, 2023", []),
        # Codes joined by "and" in any language are several things, each linked on its own.
        ("BLS and ACLS (Resuscitation Council UK), valid to 2027", []),
        ("BLS y ACLS (2023)", []),
    ],
)
def test_a_certificates_section_line_names_each_certificate(text: str, names: list[str]) -> None:
    assert [n.text for n in certificate_names(text, whole=True)] == names


def _tools(text: str) -> list[str]:
    taxonomy = load_taxonomy()
    linked = [(h.start, h.end) for h in LiteralMatcher(taxonomy).hits(text)]
    return [n.text for n in tool_names(text, linked, taxonomy)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The maker's name the taxonomy knows, right before a product it lacks, is the name's.
        ("Run the SD-WAN of 60 shops (Cisco Viptela).", ["Cisco Viptela"]),
        ("Cut the cloud bill with spot nodes and AWS Karpenter.", ["AWS Karpenter"]),
        # A language's name before a library is no maker.
        ("Scripts in Python with Netmiko for config backups.", ["Netmiko"]),
    ],
)
def test_a_product_keeps_its_makers_name(text: str, names: list[str]) -> None:
    assert _tools(text) == names
