"""The labels CVs put before a job's fields, in the hiring regions' languages: Europass and
local CV forms ("Funcția sau postul ocupat | Electrician", "Numele și adresa angajatorului |
Continental SRL", "Stanowisko: Samodzielna księgowa", "Vị trí: Kế toán tổng hợp"), job-board
exports and tables' column heads ("Thời gian | Công ty | Vị trí"). Lower case; matched folded."""

from __future__ import annotations

# The employer's line of business, which the Europass form puts last in a job's entry: the end of
# that job, never the head of the next one.
SECTOR_LABELS: tuple[str, ...] = (
    "business or sector", "type of business or sector", "tipul sau sectorul de activitate",
    "sectorul de activitate", "branża", "secteur", "secteur d'activité",
    "type ou secteur d'activité", "sector", "sektor", "branche", "галузь",
    "tipo di azienda o settore", "settore", "rodzaj działalności lub sektor",
)  # fmt: skip

# The labels of the city and the country the new Europass form prints after the employer's name
# ("Endava Romania SRL Oraș: Iași | Țară: România", "... Град: Нови Сад | Држава: Србија").
PLACE_LABELS: tuple[str, ...] = (
    "city", "country", "oraș", "oraş", "țară", "ţară", "град", "држава", "grad", "država",
    "miasto", "kraj", "ville", "pays", "stadt", "land", "ciudad", "país", "città", "paese",
    "cidade", "місто", "країна", "город", "страна", "város", "ország", "şehir", "ülke",
)  # fmt: skip

JOB_FIELDS: dict[str, tuple[str, ...]] = {
    "title": (
        "position", "job title", "title", "role", "position held", "occupation or position held",
        "stanowisko", "funcția sau postul ocupat", "funcția", "postul ocupat", "funcție",
        "poste", "poste occupé", "fonction", "cargo", "puesto", "función", "função",
        "cargo ocupado", "funktion", "position / funktion", "berufsbezeichnung", "посада",
        "vị trí", "chức vụ", "vị trí công việc", "jabatan", "posisi",
        "tipo di impiego", "posizione", "posizione ricoperta", "lavoro o posizione ricoperti",
        "ruolo", "qualifica", "mansione", "zajmowane stanowisko", "fonction ou poste occupé",
        "poste ou fonction occupé", "intitulé du poste", "posada", "pozisyon", "görev", "unvan",
        # Indian and Pakistani CVs: "Designation : Senior QA Engineer"
        "designation", "current designation", "designation held", "job role",
        # Thai job boards: "ตำแหน่ง: Data Analyst" under the employer's line
        "ตำแหน่ง",
    ),
    "organization": (
        "employer", "company", "organisation", "organization", "name and address of employer",
        "employer name", "company name", "organization name", "organisation name",
        "pracodawca", "firma", "nazwa firmy", "numele și adresa angajatorului",
        "angajator", "numele angajatorului", "employeur", "entreprise", "nom et adresse de "
        "l'employeur", "empresa", "empleador", "empregador", "nome e morada do empregador",
        "arbeitgeber", "unternehmen", "name und adresse des arbeitgebers", "роботодавець",
        "компанія", "місце роботи", "công ty", "đơn vị", "đơn vị công tác", "nơi làm việc",
        "cơ quan", "perusahaan",
        "nama perusahaan",
        "nome e indirizzo del datore di lavoro", "datore di lavoro", "azienda", "società",
        "nazwa i adres pracodawcy", "nazwa pracodawcy", "nom de l'employeur",
        # West African and Maghreb CVs: "Période | Structure | Poste occupé"
        "structure", "structure d'accueil", "organisme", "société", "établissement",
    ),
    "period": (
        "period", "date", "dates", "dates (from - to)", "duration", "from - to",
        "okres zatrudnienia", "okres", "daty",
        "perioada", "período", "periodo", "période", "dates d'emploi", "zeitraum", "von - bis",
        "date (da – a)", "date (da - a)", "date (da-a)", "date (da a)", "periodo", "dal - al",
        "період", "період роботи", "thời gian", "periode", "masa kerja", "lama bekerja",
        "tiempo laborado",  # Colombia: "Tiempo laborado: Enero 2019 – Julio 2019"
    ),
    "duties": (
        "duties", "responsibilities", "roles and responsibilities", "roles & responsibilities",
        "job responsibilities", "main activities and responsibilities", "obowiązki",
        "zakres obowiązków", "activități și responsabilități principale", "activități",
        "responsabilități", "principales activités et responsabilités", "missions",
        "principales actividades y responsabilidades", "funciones", "principais atividades e "
        "responsabilidades", "atividades", "tätigkeiten", "aufgaben", "haupttätigkeiten und "
        "zuständigkeiten", "обов'язки", "mô tả công việc", "nhiệm vụ", "tanggung jawab",
        "tugas",
        "principali mansioni e responsabilità", "mansioni e responsabilità", "mansioni",
        "principali attività e responsabilità", "attività svolte", "responsabilità",
        "główne zadania i obowiązki", "główne obowiązki", "zadania",
    ),
    # A whole job in one value: "Poste actuel : Comptable, Cabinet Ndiaye (Dakar), depuis 2019"
    "job": (
        "current position", "current job", "current role", "current", "previous",
        "previous position", "previous job", "previous role", "past", "poste actuel",
        "poste précédent", "emploi actuel", "atual", "anterior", "cargo atual", "cargo anterior",
        "puesto actual", "puesto anterior", "actual", "obecnie", "poprzednio",
        "obecne stanowisko", "poprzednie stanowisko", "aktuell", "aktuelle position", "vorher",
        "zuvor", "hiện tại", "trước đây", "saat ini", "sebelumnya", "pekerjaan saat ini",
        "поточна посада", "попередня посада", "actualmente", "post actual", "post anterior",
    ),
    "since": (
        "since", "depuis", "desde", "seit", "od", "від", "din", "từ", "sejak", "from",
        "з", "de", "von", "dari", "từ tháng", "from date", "start date", "data rozpoczęcia",
    ),
    # A table's end column beside its start column: "Từ | Đến | Đơn vị công tác | Chức vụ",
    # "Od | Do | Pracodawca | Stanowisko", "From | To | Company | Position".
    "until": (
        "to", "until", "đến", "đến tháng", "do", "bis", "hasta", "até", "au", "jusqu'à",
        "până la", "по", "до", "sampai", "hingga", "s/d", "to date", "end date",
        "data zakończenia",
    ),
    "other": (
        "location", "lokalizacja", "localizare", "lieu", "ubicación", "localização", "ort",
        "місто", "địa điểm", "lokasi", "sede", "luogo", *SECTOR_LABELS,
    ),
}  # fmt: skip
