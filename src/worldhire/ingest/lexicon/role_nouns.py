"""Nouns that make a phrase of a job post a job title, in the hiring regions' languages ("ML
Engineer", "Data Scientist", "Inżynier danych", "Kế toán tổng hợp"). Lower case, folded on load
(`posts.words.pattern`). Résumé headers read titles with `ingest/resumes/title_words.py`."""

from __future__ import annotations

# Nouns that make a phrase a job title ("ML Engineer", "Data Scientist", "Inżynier danych").
ROLE_NOUNS: tuple[str, ...] = (
    "engineer", "engineers", "eng", "developer", "developers", "scientist", "scientists", "analyst",
    "analysts", "architect", "manager", "lead", "designer", "specialist", "consultant",
    "researcher", "administrator", "intern", "head", "director", "officer", "programmer",
    "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "científico", "científica",
    "analista", "engenheiro", "engenheira", "engenheiro(a)", "desenvolvedor", "desenvolvedora",
    "cientista", "inżynier", "programista", "programistka", "analityk", "analityczka",
    "specjalista", "specjalistka", "kierownik", "інженер", "розробник", "розробниця",
    "аналітик", "науковець", "inginer", "dezvoltator", "programator", "analist", "ingénieur",
    "ingénieure", "développeur", "développeuse", "chercheur", "chef", "entwickler",
    "entwicklerin", "ingenieur", "ingenieurin", "wissenschaftler", "berater", "leiter",
    "kỹ sư", "lập trình viên", "chuyên viên", "nhà khoa học", "trưởng nhóm", "insinyur",
    "pengembang", "analis", "ilmuwan", "pemrogram", "nurse", "nurses", "driver", "drivers",
    "technician", "technicians", "teacher", "operator", "operators", "accountant", "assistant",
    "representative", "agent", "coordinator", "recruiter", "writer", "tester", "enfermero",
    "enfermera", "enfermeiro", "enfermeira", "conductor", "motorista", "técnico", "técnica",
    "pielęgniarka", "kierowca", "kierowcy", "technik", "медсестра", "водій", "технік",
    "asistent", "asistentă", "șofer", "infirmier", "infirmière", "chauffeur", "technicien",
    "pflegefachkraft", "krankenpfleger", "fahrer", "techniker", "y tá", "tài xế", "perawat",
    "sopir", "teknisi", "geliştirici", "mühendis", "mühendisi", "uzman", "uzmanı", "bilimci",
    "analisti", "yönetici", "yöneticisi", "tasarımcı", "danışman", "stajyer",
    "разработчик", "разработчица", "аналитик", "инженер", "тестировщик", "программист",
    "специалист", "менеджер", "руководитель", "архитектор", "дизайнер", "sistemista",
    "sviluppatore", "sviluppatrice", "ingegnere",
    # Italian titles of offices, shops, call centres and warehouses, both genders and the plural
    # a hiring sentence uses ("Operatore/Operatrice Customer Care", "cerchiamo operatori")
    "operatore", "operatrice", "operatori", "consulente", "programmatore", "programmatrice",
    "amministratore", "amministratrice", "coordinatore", "coordinatrice", "direttore",
    "direttrice", "responsabile", "specialista", "progettista", "infermiere", "infermiera",
    "insegnante", "cameriere", "cameriera", "cuoco", "cuoca", "venditore", "venditrice",
    "commercialista", "ragioniere", "ragioniera", "stagista", "tirocinante", "agente",
    "addetti", "impiegati",
    # en, it (more): titles whose head noun the first list missed
    # (whole titles where the noun alone is a common word: "Master's degree", "executive summary")
    "product owner", "scrum master", "sales executive", "account executive",
    # a grade of the title South Asian boards use ("Senior Executive - Accounts & Finance")
    "senior executive", "sr. executive", "junior executive", "jr. executive",
    "financial controller", "advisor", "strategist", "editor", "translator", "copywriter",
    "clerk", "cashier", "receptionist", "mechanic", "electrician", "welder", "supervisor",
    "auditor", "trainer", "magazziniere", "magazziniera",
    # how gig and forum posts name the hire ("Python dev for web scraping", "Need a Power BI
    # expert", "Bookkeeper to clean up QuickBooks"), and Malay ("Eksekutif Akaun")
    "dev", "devs", "expert", "experts", "bookkeeper", "bookkeepers", "freelancer", "eksekutif",
    "impiegato", "impiegata", "addetto", "addetta", "autista", "contabile", "commesso",
    "commessa",
    # accountants and staff, in the other post languages
    "бухгалтер", "бухгалтерка", "księgowa", "księgowy", "contador", "contadora", "contabil",
    "comptable", "buchhalter", "buchhalterin", "akuntan", "muhasebeci", "nhân viên",
    # the jobs of shops, kitchens, warehouses and offices, and feminine forms, in the languages
    # of the posts ("Se necesita Camarero/a", "Programatoare", "Тестувальниця", "Magazynierka")
    "auxiliar", "gerente", "jefe", "jefa", "coordinador", "coordinadora", "vendedor",
    "vendedora", "cajero", "cajera", "camarero", "camarera", "mesero", "mesera", "cocinero",
    "cocinera", "programador", "programadora", "diseñador", "diseñadora", "administrador",
    "asesor", "asesora", "ejecutivo", "ejecutiva", "operario", "operaria",
    "repartidor", "repartidora", "recepcionista", "almacenista", "contable",
    "assistente", "atendente", "consultor", "coordenador", "coordenadora",
    "operador", "estagiário", "estagiária",
    "programatoare", "ingineră", "vânzător", "vânzătoare", "tehnician", "ospătar", "ospătăriță",
    "bucătar", "casier", "casieră", "recepționer", "recepționeră", "consilier",
    "інженерка", "програміст", "програмістка", "тестувальник", "тестувальниця", "менеджерка",
    "продавець", "продавчиня", "касир", "касирка", "оператор", "адміністратор", "спеціаліст",
    "спеціалістка", "керівник", "рекрутер", "рекрутерка", "кухар", "офіціант", "дизайнерка",
    "inżynierka", "konsultant", "konsultantka", "sprzedawca", "sprzedawczyni", "kasjer",
    "kasjerka", "magazynier", "magazynierka", "testerka", "projektant", "projektantka",
    "doradca", "asystent", "asystentka", "rekruter", "rekruterka", "przedstawiciel handlowy",
    "staf", "kasir", "pramuniaga", "kurir", "manajer", "desainer",
    # students and trainees hired as such ("Werkstudent Data Analytics", "Stagiaire RH")
    "werkstudent", "werkstudentin", "praktikant", "praktikantin", "trainee", "stagiaire",
    "alternant", "alternante", "pasante", "becario", "becaria", "stażysta", "stażystka",
    "стажер", "стажерка", "thực tập sinh",
    # Vietnamese titles of office and shop work ("Kế toán tổng hợp", "Kế toán trưởng", "Thu
    # ngân", "Giám đốc kinh doanh")
    "kế toán", "kiểm toán viên", "kỹ thuật viên", "thu ngân", "lễ tân", "trưởng phòng",
    "giám đốc", "tư vấn viên", "giáo viên", "điều dưỡng", "dược sĩ",
)  # fmt: skip
