"""The labels résumés put before personal details, in the hiring regions' languages ("Name:",
"Nombre:", "Imię i nazwisko:", "Телефон:", "Ngày sinh:", "العنوان:"), by the field each names.
Folded: lower case, no accents (`ingest/resumes/header.py` reads them; the readers fold them again,
since folding takes the marks off Arabic and Thai letters too)."""

from __future__ import annotations

# Label words people put before personal details, folded (lower case, no accents), by field.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "name": (
        "піб", "ім'я", "прізвище, ім'я", "прізвище", "фио", "имя",
        "name", "full name", "candidate name", "nombre", "nombre completo", "nombre y apellidos",
        "nome", "nome completo", "imie i nazwisko", "imie", "nazwisko", "im'ia", "pib",
        "prizvyshche, im'ia", "nume", "nume si prenume", "prenume", "nom", "nom et prenom",
        "nume / prenume", "nume/prenume", "numele si prenumele", "nom / prenom", "nom/prenom",
        "prenom / nom", "prenom nom", "apellidos y nombre", "nombre / apellidos",
        "prenom", "prenoms", "vorname", "nachname", "vor- und nachname", "ho va ten", "ho ten",
        "ten",
        "nama", "nama lengkap", "nom(s) / prenom(s)", "nom et prenoms", "nom & prenom(s)",
        "nom complet", "prenoms et nom", "nombres y apellidos", "apellidos y nombres",
        "nombre(s) y apellido(s)", "name, vorname", "nachname, vorname", "vor- und zuname",
        "ad soyad", "adı soyadı", "ad-soyad", "isim soyisim", "applicant name", "applicant's name",
        "прізвище, ім'я, по батькові", "прізвище ім'я по батькові", "фамилия, имя, отчество",
        "фамилия имя отчество", "фамилия", "nom(s) prenom(s)", "nazwisko / imiona",
        "nazwisko i imie", "nazwisko / imie", "imiona i nazwisko",
        "surname(s) / first name(s)", "first name(s) / surname(s)", "surname / first name",
        "الاسم", "الاسم بالكامل", "الاسم الكامل", "ime i prezime",
        # Europass's first row: "PERSONAL INFORMATION | Jane Doe", "KİŞİSEL BİLGİLER | Deniz Koç"
        "personal information", "kisisel bilgiler", "особиста інформація", "личная информация",
        "informations personnelles", "informatii personale", "dane osobowe", "informacje osobiste",
        "datos personales", "informacion personal", "dados pessoais", "informacoes pessoais",
        "personliche informationen", "informasi pribadi", "thong tin ca nhan",
    ),
    "location": (
        "місто", "місто проживання", "місце проживання", "адреса", "город", "адрес",
        "город проживания", "место проживания", "проживает", "проживаю", "место жительства",
        "адрес проживания", "sehir", "ikamet", "ikamet adresi", "ikamet ettigi sehir",
        "yasadigi sehir", "lokasyon", "konum",
        "location", "based in", "address", "city", "current location", "residence",
        "place of residence", "home", "lives in", "ubicacion", "direccion", "ciudad",
        "residencia", "localizacao", "endereco", "cidade", "morada", "lokalizacja", "adres",
        "miejsce zamieszkania", "miasto", "adresa", "misto", "mistse prozhyvannia", "adresa",
        "oras", "localitate", "domiciliu", "adresse", "ville", "lieu de residence",
        "wohnort", "anschrift", "ort", "dia chi", "noi o", "alamat", "domisili", "kota",
        "lokasi", "locatie", "localitatea", "dia diem", "einsatzort", "standort",
        "localisation", "lieu", "miejscowosc", "domicilio", "localidad", "localidade",
        "zone geographique", "region", "wunschregion", "zona", "zona geografica", "adresse(s)",
        "العنوان", "عنوان السكن", "محل الإقامة", "مكان الإقامة", "الإقامة", "السكن", "ที่อยู่",
        "lakcim", "lakhely", "indirizzo", "residenza", "luogo di residenza", "citta", "localita",
    ),
    "country": (
        "країна", "страна", "country", "pais", "kraj", "krayina", "tara", "pays", "land",
        "quoc gia", "negara", "ulke", "الدولة", "البلد", "ประเทศ", "orszag", "држава", "drzava",
    ),
    "headline": (
        "посада", "бажана посада", "должность", "headline", "title", "current role",
        "current position", "position", "role", "desired position", "puesto", "cargo",
        "stanowisko", "posada", "pozitie", "poste", "position actuelle", "vi tri", "posisi",
        "jabatan", "желаемая должность", "pozisyon", "unvan", "basvurulan pozisyon",
    ),
    "relocation": ("willing to relocate to", "willing to relocate", "open to relocate to",
                   "relocation", "preferred location", "preferred locations",
                   "desired location"),
    "contact": (
        "телефон", "тел", "мобільний", "пошта", "ел. пошта", "phone", "tel", "tel.", "telephone",
        "mobile", "cell", "mob", "email", "e-mail", "mail", "whatsapp", "skype", "telefono",
        "telefone", "celular", "telefon", "telefon komorkowy", "dien thoai", "sdt", "telepon", "hp",
        "no hp", "telephone(s)", "linkedin", "github", "gitlab", "portfolio", "website", "web",
        "blog", "twitter", "kaggle", "behance", "telegram",
    ),
    "skip": (
        "громадянство", "дата народження", "вік", "стать", "сімейний стан", "гражданство",
        "дата рождения", "возраст", "nationality", "citizenship", "date of birth", "birth date",
        "dob", "born",
             "marital status", "gender", "sex", "age", "nacionalidad", "nacionalidade",
             "obywatelstwo", "data urodzenia", "hromadianstvo", "data narodzhennia",
             "nationalitate", "cetatenie", "data nasterii", "nationalite", "date de naissance",
             "staatsangehorigkeit", "geburtsdatum", "familienstand", "quoc tich", "ngay sinh",
             "kewarganegaraan", "tanggal lahir", "fecha de nacimiento", "data de nascimento",
             "estado civil", "stan cywilny", "religion", "agama",
             # French CVs of West and North Africa: "Situation : Célibataire, 31 ans"
             "situation", "situation familiale", "situation de famille", "etat civil"),
}  # fmt: skip

# Labels of pay and availability lines ("Expected CTC: 9 LPA", "Notice Period: 30 days",
# "Pretensión salarial: ..."), folded: what such a line states is no job of its own.
AVAILABILITY_LABELS: tuple[str, ...] = (
    "current ctc", "expected ctc", "ctc", "notice period", "notice", "current salary",
    "expected salary", "salary expectation", "salary expectations", "present ctc",
    "availability", "pretension salarial", "pretensao salarial", "aspiracion salarial",
    "oczekiwania finansowe", "oczekiwania placowe", "okres wypowiedzenia", "preavis",
    "pretentions salariales", "gehaltsvorstellung", "kundigungsfrist", "muc luong mong muon",
    "ekspektasi gaji", "zarplatni ochikuvannia", "asteptari salariale",
)  # fmt: skip
