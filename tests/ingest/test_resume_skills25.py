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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # LinkedIn writes a certificate's issuer and its dates after its name, on one line of a
        # saved profile page.
        ("Google Cloud Certified Professional Data Engineer Google Cloud Issued Jun 2024",
         ["Google Cloud Certified Professional Data Engineer"]),
        ("Microsoft Certified: Azure Data Fundamentals Microsoft Issued Feb 2023 · Credential ID "
         "7F3A-22", ["Microsoft Certified: Azure Data Fundamentals"]),
        ("Certified Kubernetes Administrator (CKA) Issued Jan 2025 Expires Jan 2027",
         ["Certified Kubernetes Administrator"]),
    ],
)
def test_a_saved_profiles_certificate_loses_its_issuer_and_dates(
    text: str, names: list[str]
) -> None:
    assert [n.text for n in certificate_names(text, whole=True)] == names


def test_a_certificate_issued_by_a_body_keeps_its_words() -> None:
    assert [n.text for n in certificate_names("Certificate issued by KASNEB", whole=True)] == [
        "Certificate issued by KASNEB"]
