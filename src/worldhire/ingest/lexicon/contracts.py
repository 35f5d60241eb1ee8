"""How a job was held, written beside its title or dates: the contract, the schedule, the
arrangement ("Responsable adjointe (CDI)", "Stage de 6 mois – Assistante RH", "Kasir (kontrak)",
"Specjalista (umowa o pracę)"). Such words are neither the title nor the employer; a title keeps
them only where they are part of its words ("Chargée de recrutement en alternance"). A placement
("Stage", "Internship", "Werkstudent") is a job's whole title as often as not: it counts as how
the job was held only with its duration ("Stage de 6 mois").

And the words that open a consultant's assignment inside a job ("Mission chez BNP Paribas via
Capgemini (2022 – aujourd'hui)", "Client: Allianz", "Proyecto para Iberdrola"): a part of the job
above, not a job of its own."""

from __future__ import annotations

# The working time, in the words a post's title line and a job's header write after a dash
# ("Pflegefachkraft Intensivstation – Vollzeit oder Teilzeit", "Cajera - Tiempo completo").
WORKING_TIME: tuple[str, ...] = (
    "full-time", "full time", "part-time", "part time", "temps plein", "temps partiel",
    "mi-temps", "jornada completa", "media jornada", "meio período", "período integral",
    "tempo integral", "tempo parcial", "tiempo completo", "tiempo parcial", "medio tiempo",
    "pełny etat", "pół etatu", "normă întreagă", "jumătate de normă", "vollzeit", "teilzeit",
    "toàn thời gian", "bán thời gian", "paruh waktu", "penuh waktu", "повна зайнятість",
    "часткова зайнятість", "tempo pieno",
)  # fmt: skip

CONTRACTS: tuple[str, ...] = (
    *WORKING_TIME,
    # en
    "remote", "remotely", "fully remote", "100% remote", "hybrid", "on-site", "onsite",
    "contract", "contractor", "freelance",
    "permanent", "temporary", "seasonal", "summer job", "student job", "contractual",
    "job order", "agency-hired", "agency hired",
    # fr
    "cdi", "cdd", "intérim", "interim", "en intérim", "en alternance", "job étudiant",
    "job d'été", "saisonnier", "contrat saisonnier",
    "contrat pro", "contrat de professionnalisation", "contrat d'apprentissage", "télétravail",
    "contrat",  # "Doctorante (contrat de 3 ans)"
    # es, pt
    "contrato indefinido", "indefinido", "contrato temporal", "temporal", "prácticas",
    "temporada",  # "Cajero - temporada navideña": a season's job
    "clt", "pj", "temporário", "autônomo", "autónomo",
    # pl
    "umowa o pracę", "umowa zlecenie", "umowa o dzieło", "b2b",
    # ro
    "contract de muncă",
    # de
    "befristet", "unbefristet", "minijob", "festanstellung",
    # vi
    "hợp đồng", "thời vụ",
    # id
    "kontrak", "harian lepas",
    # uk
    "фоп",
    # it
    "contratto a tempo indeterminato", "contratto a tempo determinato", "tempo indeterminato",
    "tempo determinato", "a tempo indeterminato", "a tempo determinato", "partita iva",
    "contratto di apprendistato", "somministrazione", "tramite agenzia",
)  # fmt: skip

PLACEMENTS: tuple[str, ...] = (
    "internship", "apprenticeship", "freelance", "stage", "alternance", "apprentissage",
    "prácticas", "pasantía", "estágio", "staż", "praktyki", "praktikum", "werkstudent",
    "thực tập", "magang", "stagiu", "practică de vară", "practică de specialitate",
    "practică profesională", "практика", "стажування", "tirocinio", "apprendistato",
    # Kenya, Uganda, Nigeria: the student placement in industry ("Industrial Attachment: KPLC")
    "industrial attachment", "attachment", "industrial training", "siwes",
    # Nigeria's and Ghana's year of national service, served at an office the scheme posts one
    # to ("NYSC – Data Entry Officer" / "Lagos State Internal Revenue Service | 2018 – 2019")
    "nysc", "national youth service", "national service",
)  # fmt: skip

# Placements named so only as a line's label ("Practică: Primăria Municipiului Brașov · 2015"):
# elsewhere Romanian "practică" is also "practical" ("experiență practică").
PLACEMENT_LABELS: tuple[str, ...] = ("practică", "practica")

# Working on one's own account, as a projects section's freelancer heads the work its client
# projects were done in ("Freelance – Consultor de ML · 2021 – actualidad").
SELF_EMPLOYED: tuple[str, ...] = (
    "freelance", "freelancer", "freelancing", "self-employed", "self employed", "independent",
    "independiente", "autónomo", "autónoma", "autônomo", "autônoma", "por cuenta propia",
    "por conta própria", "trabalhador independente", "samozatrudnienie", "działalność gospodarcza",
    "własna działalność", "фріланс", "фоп", "pfa", "indépendant", "indépendante",
    "auto-entrepreneur", "micro-entrepreneur", "freiberuflich", "freiberufler", "freiberuflerin",
    "selbstständig", "selbständig", "tự do", "pekerja lepas", "libero professionista",
)  # fmt: skip

# "CDD puis CDI", "contract then permanent"
CONTRACT_JOINERS: tuple[str, ...] = (
    "and", "or", "then", "puis", "et", "ou", "luego", "y", "o", "depois", "e", "potem", "i",
    "apoi", "dann", "und", "rồi", "sau đó", "lalu", "kemudian", "poi",
)  # fmt: skip

ASSIGNMENTS: tuple[str, ...] = (
    "mission", "missions", "client", "projet", "project", "proyecto", "projeto", "projekt",
    "proiect", "dự án", "proyek", "affectation", "assignment", "engagement", "einsatz",
    "klient", "cliente", "клієнт", "проєкт", "проект",
)  # fmt: skip
# What follows the assignment word: the client or the project ("chez", "for", ":").
ASSIGNMENT_LINKS: tuple[str, ...] = (
    "chez", "pour", "auprès de", "for", "at", "with", "para", "en", "junto a", "dla", "w", "u",
    "bei", "für", "la", "pentru", "tại", "cho", "di", "untuk", "via", "для", "в",
)  # fmt: skip
