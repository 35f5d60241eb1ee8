"""Labels of a job post's fields in the hiring regions' languages ("Job Title:", "Empresa:",
"Lokalizacja:", "Mức lương:"): where the fields of a post pasted as one paragraph part, and what
a label typed with a slip of the fingers was meant to be (`ingest/posts/labels.py` reads them)."""

from __future__ import annotations

# Labels of the fields a post pasted as one paragraph runs together ("Job Title: Java Developer
# Company: Krivana Infotech Location: Hyderabad Exp: 3-5 yrs"), besides the section headings.
FIELD_LABELS: tuple[str, ...] = (
    "job title", "title", "company", "client", "location", "exp", "experience", "education",
    "qualification", "ctc", "salary", "notice period", "job type", "work mode", "role",
    "position", "duration", "rate", "visa", "employment type", "job description", "industry",
    "department", "shift", "shift timings", "openings", "budget", "skills", "contract",
    "empresa", "ubicación", "local", "salario", "salário", "modalidad", "modelo", "vaga",
    "firma", "lokalizacja", "wynagrodzenie", "companie", "post", "locație", "program",
    "salariu", "entreprise", "lieu", "salaire", "contrat", "poste", "standort", "gehalt",
    "công ty", "địa điểm", "mức lương", "perusahaan", "lokasi", "gaji", "penempatan",
    "stanowisko", "intitulé du poste", "structure", "type",
)  # fmt: skip
# Labels typed as often as those of FIELD_LABELS, in the posts' languages.
MORE_FIELD_LABELS: tuple[str, ...] = (
    "localização", "localizacion", "compañía", "компанія", "локація", "зарплата", "unternehmen",
    "arbeitsort", "vacante", "puesto", "requisitos",
)  # fmt: skip
