"""Section headings of résumés in the ten hiring-region languages (and Italian, Turkish, and the
first ones in Arabic, Thai, Malay, Hungarian, Serbian and Bulgarian), with Europass headings.

Section key -> heading phrases, lower case. sections.py matches them on the heading line; the
accent-free spelling of each phrase is added there. "Résumé" and "резюме" are left out: they are
also what people write at the top of the whole document. Keys in the order a heading that names two
sections is decided ("language skills" is a languages heading before it is a skills heading).
"""

from __future__ import annotations

# The panels a job board or LinkedIn shows beside a profile or CV, kept when the page is saved
# ("Save page as"): other people with their titles and employers, and jobs the site offers;
# nothing of the person's.
SITE_PANELS: tuple[str, ...] = (
    "people also viewed", "people you may know", "more profiles for you", "similar profiles",
    "recommended jobs", "recommended for you", "similar jobs", "jobs you may be interested in",
    "jobs you may like",
    # Bumeran, Computrabajo, Catho, InfoJobs
    "empleos sugeridos", "empleos sugeridos para vos", "empleos sugeridos para ti",
    "avisos sugeridos", "ofertas recomendadas", "vagas recomendadas", "vagas sugeridas",
    "vagas sugeridas para você",
)  # fmt: skip

# An academic CV's list of the courses taught ("Deep Learning (MSc), 2022 – 2024"): no post, which
# "Appointments" holds; a teacher's "Teaching experience" is a career and no part of it.
TEACHING: tuple[str, ...] = ("teaching", "teaching and mentoring", "викладання")
HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("open_source", (
        "open source", "open-source", "repositories", "github projects", "oss",
        "open source contributions", "código abierto", "contribuciones open source",
        "código aberto", "contribuições open source", "wkład w open source", "відкритий код",
        "contribuții open source", "contributions open source", "logiciel libre",
        "open-source-beiträge", "mã nguồn mở", "kontribusi open source", "sumber terbuka",
        "открытый код", "açık kaynak", "açık kaynak katkıları",
    )),
    ("publications", (
        "publications", "papers", "talks", "research papers", "patents",
        "publications and talks", "talks and publications", "selected publications",
        "publicaciones", "artículos", "ponencias", "publicações", "artigos", "publikacje",
        "публікації", "publicații", "lucrări publicate", "conférences", "publikationen",
        "veröffentlichungen", "vorträge", "công trình nghiên cứu", "bài báo",
        "công bố khoa học", "publikasi",
        "публикации", "научные публикации", "yayınlar", "makaleler",
        "pubblicazioni",
    )),
    ("projects", (
        "projects", "selected projects", "personal projects", "side projects", "key projects",
        "portfolio", "project experience", "notable projects", "proyectos",
        # Indian job-board résumés: the projects are where the work is written
        "project details", "project profile", "projects handled", "projects undertaken",
        "project summary", "projects summary", "project description", "projects worked on",
        "proyectos personales", "proyectos destacados", "projetos", "projectos",
        "projetos pessoais", "projekty", "wybrane projekty", "projekty osobiste", "проєкти",
        "проекти", "проекты", "proiecte", "proiecte personale", "projets", "projets personnels",
        "projekte", "projekterfahrung", "ausgewählte projekte", "dự án", "các dự án",
        "dự án tiêu biểu", "proyek", "projek", "portofolio",
        "projeler", "proje deneyimi", "kişisel projeler", "pet-проекты",
        "progetti", "progetti personali",
    )),
    ("experience", (
        # ar, th, ms, hu, sr, bg
        "الخبرات العملية", "الخبرة العملية", "الخبرات المهنية", "الخبرة المهنية", "الخبرات",
        "ประวัติการทำงาน", "ประสบการณ์การทำงาน", "ประสบการณ์ทำงาน", "pengalaman kerja",
        "szakmai tapasztalat", "munkatapasztalat", "munkahelyek", "радно искуство",
        "radno iskustvo", "професионално искуство", "profesionalno iskustvo", "професионален опит",
        "трудов опит",
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "career",
        "relevant experience", "industry experience", "positions", "professional background",
        # academic CVs: the posts held
        "appointments", "academic appointments", "academic positions",
        "experiencia", "experiencia laboral", "experiencia profesional",
        "trayectoria profesional", "trayectoria", "historial laboral", "empleos",
        "experiência", "experiência profissional", "experiências profissionais",
        "histórico profissional", "trajetória profissional", "percurso profissional",
        "doświadczenie", "doświadczenie zawodowe", "przebieg pracy zawodowej",
        "historia zatrudnienia", "kariera zawodowa", "досвід роботи", "досвід",
        "професійний досвід", "трудова діяльність", "місця роботи", "опыт работы",
        "experiență", "experiență profesională", "experiența profesională",
        "istoric profesional", "expérience", "expériences", "expérience professionnelle",
        "expériences professionnelles", "parcours professionnel", "parcours",
        "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang",
        "berufspraxis", "praxiserfahrung", "erfahrung", "kinh nghiệm",
        "kinh nghiệm làm việc", "quá trình làm việc", "quá trình công tác",
        "kinh nghiệm chuyên môn", "pengalaman", "pengalaman kerja", "riwayat pekerjaan",
        "pengalaman profesional", "riwayat kerja",
        # ru, tr
        "опыт", "профессиональный опыт", "трудовая деятельность", "места работы",
        "опыт работы и стажировки", "опыт работы по специальности", "iş deneyimi",
        "iş deneyimleri", "deneyim", "deneyimler", "iş tecrübesi", "iş tecrübeleri",
        "mesleki deneyim", "profesyonel deneyim", "çalışma geçmişi", "kariyer geçmişi",
        # fr-CA, it
        "expérience de travail", "expériences de travail", "emplois occupés",
        "esperienza lavorativa", "esperienze lavorative", "esperienza professionale",
        "esperienze professionali", "esperienze", "esperienza",
    )),
    ("education", (
        # ar, th, ms, hu, sr, bg
        "المؤهلات الدراسية", "المؤهل الدراسي", "المؤهلات العلمية", "المؤهل العلمي", "التعليم",
        "ประวัติการศึกษา", "การศึกษา", "pendidikan", "tanulmányok", "végzettség",
        "iskolai végzettség", "képzettség", "образовање и оспособљавање", "образовање",
        "obrazovanje", "obrazovanje i osposobljavanje", "образование", "образование и обучение",
        "education", "academic background", "academics", "qualifications",
        # Bdjobs (Bangladesh): "Academic Qualification:"
        "academic qualification", "academic qualifications",
        "education and training", "degrees", "educación", "formación", "formación académica",
        "escolaridad", "estudios", "educación y formación", "formação", "formação acadêmica",
        "formação académica", "educação", "escolaridade", "habilitações literárias",
        "wykształcenie", "edukacja", "wykształcenie i szkolenia", "освіта",
        "освіта і навчання", "освіта та навчання", "образование", "educație",
        "educație și formare", "studii", "formation", "formations", "éducation", "études",
        "éducation et formation", "diplômes", "ausbildung", "bildung", "schulbildung",
        "studium", "bildungsweg", "schul- und berufsbildung", "akademischer werdegang",
        "học vấn", "trình độ học vấn", "quá trình học tập", "quá trình đào tạo", "giáo dục",
        "bằng cấp", "trình độ", "trình độ chuyên môn",
        "pendidikan", "riwayat pendidikan", "latar belakang pendidikan",
        "образование и обучение", "высшее образование", "основное образование", "eğitim",
        "eğitim bilgileri", "eğitim ve öğretim", "öğrenim", "öğrenim bilgileri",
        "eğitim durumu",
        "istruzione", "istruzione e formazione", "formazione", "titoli di studio",
    )),
    ("languages", (
        # ar, th, ms, hu, sr, bg
        "اللغات", "المهارات اللغوية", "ความสามารถทางภาษา", "ทักษะทางภาษา", "ภาษา", "nyelvtudás",
        "nyelvismeret", "nyelvek", "језичке вештине", "jezičke veštine", "језици", "страни језици",
        "strani jezici", "езикови умения", "езици",
        "languages", "spoken languages", "language skills", "language", "mother tongue",
        "home language", "first language",
        "language proficiency",  # Bdjobs
        "languages known", "language known", "known languages", "alte limbi străine",
        # Filipino bio-data forms: "Language/Dialect Spoken: Tagalog, Ilocano, English"
        "languages spoken", "language spoken", "language/dialect spoken",
        "languages/dialects spoken", "dialects spoken",
        "alte limbi", "língua(s) materna(s)", "limbă maternă", "limba(i) maternă(e)",
        "alte limbi străine cunoscute", "língua materna", "outras línguas", "outros idiomas",
        "otros idiomas", "lengua materna", "lenguas extranjeras", "autres langues",
        "langue(s) maternelle(s)", "autre(s) langue(s)",
        "andere sprachen", "inne języki", "інші мови",
        "mother tongues", "mother tongue(s)", "other languages", "other language(s)",
        "idiomas", "lenguas", "idioma", "línguas", "línguas estrangeiras",
        "competencias lingüísticas", "competências linguísticas", "języki", "języki obce",
        "znajomość języków", "znajomość języków obcych", "język ojczysty",
        "umiejętności językowe", "мови", "знання мов", "іноземні мови", "мовні навички",
        "рідна мова", "limbi străine", "limbi", "limbi cunoscute", "limba maternă",
        "competențe lingvistice", "langues", "langues étrangères", "langue maternelle",
        "compétences linguistiques", "sprachen", "sprachkenntnisse", "fremdsprachen",
        "muttersprache", "ngoại ngữ", "trình độ ngoại ngữ", "ngôn ngữ", "bahasa",
        "kemampuan bahasa", "lugha", "kemampuan berbahasa",
        "языки", "знание языков", "иностранные языки", "владение языками", "родной язык",
        "другие языки", "diller", "yabancı dil", "yabancı diller", "yabancı dil bilgisi",
        "dil bilgisi", "ana dil", "diğer diller",
        "lingue", "lingue straniere", "conoscenze linguistiche", "competenze linguistiche",
        "madrelingua", "altre lingue", "altra lingua",
    )),
    ("skills", (
        # ar, th, ms, hu, sr, bg
        "المهارات", "المهارات الفنية", "المهارات التقنية", "ความสามารถพิเศษ", "ทักษะ", "kemahiran",
        "készségek", "számítógépes ismeretek", "kompetenciák", "erősségek", "дигиталне вештине",
        "digitalne veštine", "вештине", "veštine", "компетенције", "kompetencije", "умения",
        "дигитални умения",
        "skills", "top skills", "technical skills", "core skills", "key skills", "tech stack",
        "technologies", "tools", "skills and tools", "competencies", "core competencies",
        # Bdjobs: "Special Qualification:" and "Specialization:" list what the person can do
        "special qualification", "special qualifications", "specialization", "specialisation",
        "stack", "toolbox", "expertise", "technical expertise", "skill set", "skillset",
        "personal skills", "digital skills", "digital competence", "job-related skills",
        "competências digitais", "competencias digitales", "competențe digitale",
        "compétences numériques", "digitale kompetenzen", "kompetencje cyfrowe",
        "цифрові навички", "cyfrowe kompetencje",
        "computer skills", "organisational skills", "communication skills",
        "habilidades", "competencias", "conocimientos", "aptitudes", "habilidades técnicas",
        "competencias técnicas", "conocimientos técnicos", "herramientas", "tecnologías",
        "competências", "conhecimentos", "competências técnicas", "ferramentas", "tecnologias",
        "umiejętności", "kompetencje", "umiejętności techniczne", "technologie", "narzędzia",
        "навички", "технічні навички", "ключові навички", "професійні навички", "технології",
        "інструменти", "компетенції", "навыки", "competențe", "abilități", "aptitudini",
        "competențe tehnice", "tehnologii", "cunoștințe", "competențe digitale",
        "compétences", "compétences techniques", "outils", "compétences numériques",
        "savoir-faire", "informatique", "compétences informatiques", "connaissances informatiques",
        "outils informatiques", "kenntnisse", "fähigkeiten", "kompetenzen", "it-kenntnisse",
        "technische kenntnisse", "edv-kenntnisse", "fachkenntnisse", "technologien",
        "digitale kompetenz", "kỹ năng", "kĩ năng", "kỹ năng chuyên môn", "công nghệ",
        "công cụ", "keahlian", "keterampilan", "kemampuan", "kompetensi", "keahlian teknis",
        "ключевые навыки", "профессиональные навыки", "технические навыки", "навыки и умения",
        "основные навыки", "цифровые навыки", "технологии", "инструменты", "компетенции",
        "стек", "стек технологий", "yetenekler", "beceriler", "yetkinlikler",
        "teknik beceriler", "teknik yetenekler", "en önemli yetenekler", "dijital beceriler",
        "kişisel beceriler", "bilgisayar bilgisi", "bilgisayar becerileri", "programlar",
        "teknolojiler", "araçlar", "знання і навички", "знання та навички", "знания и навыки",
        "competenze", "competenze tecniche", "competenze informatiche", "competenze digitali",
        "capacità e competenze tecniche", "capacità e competenze personali",
        "capacità e competenze informatiche", "conoscenze informatiche", "strumenti",
    )),
    ("certifications", (
        # ar, th, ms, hu, sr, bg
        "الشهادات والدورات", "الشهادات", "الدورات التدريبية", "الدورات", "ใบรับรอง", "การฝึกอบรม",
        "lesen & pensijilan", "lesen dan pensijilan", "pensijilan", "tanúsítványok", "tanfolyamok",
        "сертификати", "sertifikati",
        "certifications", "certificates", "courses", "licenses", "certifications and courses",
        "training", "licenses and certifications", "certificaciones", "certificados",
        "training summary",  # Bdjobs
        "cursos", "certificações", "certyfikaty", "kursy", "szkolenia",
        "certyfikaty i szkolenia", "сертифікати", "курси", "certificări", "certificate",
        "cursuri", "certificats", "zertifikate", "zertifizierungen", "weiterbildung",
        "fortbildungen", "kurse", "chứng chỉ", "chứng nhận", "khóa học", "sertifikasi",
        "sertifikat", "pelatihan", "kursus",
        "сертификаты", "курсы", "курсы и тренинги", "повышение квалификации",
        "повышение квалификации, курсы", "підвищення кваліфікації",
        "підвищення кваліфікації, курси",
        "дополнительное образование", "тесты, экзамены", "sertifikalar", "sertifikalar ve kurslar",
        "kurslar", "eğitimler ve sertifikalar", "kurs ve sertifikalar",
        "certificazioni", "corsi", "corsi e certificazioni",
    )),
    ("summary", (
        # ar, th, ms, hu, sr, bg
        "الهدف الوظيفي", "نبذة عني", "نبذة", "الملخص", "เกี่ยวกับฉัน", "ringkasan peribadi",
        "objektif kerjaya", "bemutatkozás", "szakmai összefoglaló", "rólam", "о мени", "o meni",
        "за мен",
        "summary", "profile", "research summary", "professional profile", "about", "about me",
        "research interests",
        "professional summary", "objective", "overview", "career summary",
        "career objective", "bio", "introduction", "resumen", "perfil", "perfil profesional",
        "sobre mí", "acerca de mí", "objetivo", "objetivo profesional", "extracto", "resumo",
        "perfil profissional", "sobre mim", "podsumowanie", "profil", "o mnie",
        "profil zawodowy", "cel zawodowy", "про мене", "профіль", "короткий опис",
        "мета", "rezumat", "despre mine", "profil profesional", "obiectiv", "à propos", "objectif",
        "présentation", "profil professionnel", "zusammenfassung",
        "über mich", "kurzprofil", "berufsziel", "giới thiệu", "tóm tắt",
        "mục tiêu nghề nghiệp", "giới thiệu bản thân", "mục tiêu", "ringkasan",
        "tentang saya", "tujuan karir", "ringkasan profesional",
        "обо мне", "о себе", "общие сведения", "цель", "профиль", "резюме кандидата",
        "hakkımda", "özet", "profil özeti", "kariyer hedefi", "amaç",
        "profilo", "profilo professionale", "chi sono", "su di me", "obiettivo",
        "obiettivo professionale", "sommario",
    )),
    ("contact", (
        "contact", "contact details", "personal details", "personal information", "details",
        "contact information", "info", "personal data", "contacto", "datos personales",
        "información personal", "datos de contacto", "contato", "dados pessoais",
        "informações pessoais", "kontakt", "dane osobowe", "dane kontaktowe", "контакти",
        "особиста інформація", "контактна інформація", "особисті дані", "date personale",
        "informații personale", "date de contact", "coordonnées",
        "informations personnelles", "état civil", "persönliche daten", "angaben zur person",
        "kontaktdaten", "thông tin cá nhân", "liên hệ", "thông tin liên hệ", "kontak",
        "data pribadi", "informasi pribadi", "data diri",
        "контакты", "контактная информация", "личная информация", "личные данные",
        "iletişim", "iletişim bilgileri", "kişisel bilgiler", "kisisel bilgiler",
        "informazioni personali", "dati personali", "contatti", "recapiti",
    )),
    ("availability", (
        "availability", "preferences", "work preferences", "logistics", "work authorization",
        # where the person may work, not where they worked: "WORK AUTHORISATION" / "Authorized
        # to work in: South Africa, Namibia" in a sidebar
        "work authorisation", "work permit", "work permits", "right to work", "work rights",
        "work eligibility", "visa status", "visa", "work visa",
        "compensation", "other information", "expectations", "expected salary",
        "salary expectations", "salary", "rate", "rates", "additional information",
        # a freelancer's rate: es, pt, pl, de, fr
        "tarifa", "tarifas", "tarifa por hora", "valor hora", "stawka", "stawka godzinowa",
        "stundensatz", "tagessatz", "tarif journalier", "taux journalier",
        "disponibilidad", "pretensiones salariales", "expectativas salariales",
        "información adicional", "disponibilidade", "pretensão salarial",
        "expectativa salarial", "informações adicionais", "dostępność",
        "aspiración salarial", "aspiracion salarial", "salario deseado",
        "oczekiwania finansowe", "oczekiwania", "informacje dodatkowe",
        "dodatkowe informacje", "очікування", "зарплатні очікування",
        "додаткова інформація", "disponibilitate", "așteptări salariale",
        "informații suplimentare", "disponibilité", "prétentions salariales",
        "informations complémentaires", "verfügbarkeit", "gehaltsvorstellung",
        "gehaltsvorstellungen", "sonstiges", "zusätzliche informationen",
        "mức lương mong muốn", "thông tin thêm", "thông tin bổ sung", "ekspektasi gaji",
        "informasi tambahan", "ketersediaan",
        # a job board's profile (Bumeran, Computrabajo, Catho, Glints): what work is wanted
        "preferencias laborales", "preferencias", "preferências", "preferensi kerja",
        "дополнительная информация", "желаемая должность и зарплата", "желаемая должность",
        "ожидания", "зарплатные ожидания", "ücret beklentisi", "maaş beklentisi",
        "ek bilgiler", "diğer bilgiler",
        "ulteriori informazioni", "altre informazioni", "disponibilità",
        # the job sought, on a job board's CV page ("Target Job" / "Target Job Title: ...")
        "target job", "desired job", "preferred job", "job preferences", "career preferences",
        # Europass's "JOB APPLIED FOR" / "POSITION" row: the job sought, no job held
        "job applied for", "position applied for", "post applied for", "desired position",
        "locul de muncă vizat", "emploi recherché",
        # Bdjobs: "Looking For", "Present Salary", "Expected Salary", "Preferred District"
        "career and application information",
        # Rozee.pk's "Career Information" (career level, experience, salaries) and a Filipino
        # bio-data's "POSITION DESIRED:"
        "career information", "position desired", "position sought",
        # Wuzzuf's "Career Interests" and merojob's "Job Preference" (level, category, salary)
        "career interests", "job preference",
    )),
    ("other", (
        # ar, th, ms, hu, sr, bg
        "معلومات إضافية", "معلومات شخصية", "البيانات الشخصية", "ข้อมูลส่วนตัว", "บุคคลอ้างอิง",
        "maklumat tambahan", "maklumat peribadi", "rujukan", "személyes adatok", "egyéb",
        "referenciák", "додатне информације", "dodatne informacije", "возачка дозвола",
        "vozačka dozvola", "лични подаци", "lični podaci", "допълнителна информация",
        "awards", "honors", "honours", "achievements", "interests", "hobbies", "references",
        "volunteering", "volunteer experience", "leadership", "activities", "memberships",
        "community", "honours and awards", "hobbies and interests", "driving licence",
        "driving license", "recommendations", "conferences and seminars", "premios", "logros",
        "intereses", "aficiones", "voluntariado", "referencias", "prêmios", "conquistas",
        "interesses", "referências", "nagrody", "osiągnięcia", "zainteresowania", "hobby",
        "wolontariat", "referencje", "prawo jazdy", "нагороди", "досягнення", "інтереси",
        "хобі", "волонтерство", "premii", "realizări", "interese", "hobby-uri",
        "voluntariat", "permis de conducere", "prix", "distinctions", "centres d'intérêt",
        "loisirs", "bénévolat", "références", "permis de conduire", "auszeichnungen",
        "interessen", "hobbys", "ehrenamt", "referenzen", "führerschein", "giải thưởng",
        "thành tích", "sở thích", "hoạt động", "hoạt động ngoại khóa", "penghargaan",
        "prestasi", "minat", "hobi", "organisasi", "kegiatan", "pengalaman organisasi",
        "достижения", "награды", "хобби", "интересы", "рекомендации", "личные качества",
        "водительские права", "başarılar", "ödüller", "hobiler", "ilgi alanları",
        "referanslar", "gönüllülük", "ehliyet", "volunteer work", "voluntary work",
        "professional membership", "professional memberships",
        "community service", "referees", "character references", "trabalho voluntário",
        "referencias personales", "referencias laborales", "referências profissionais",
        "praca wolontariacka", "волонтерська діяльність", "волонтерская деятельность",
        "activități de voluntariat", "hoạt động khác", "hoạt động tình nguyện",
        "pengalaman organisasi dan relawan",
        "interessi", "hobby e interessi", "patente", "patente o patenti", "patenti",
        "volontariato", "referenze", "riconoscimenti", "premi", *SITE_PANELS, *TEACHING,
    )),
)  # fmt: skip

# Markdown headings in a person's own words ("Selected client work", "Mi trayectoria"):
# section key -> keywords (regex alternatives on the folded heading).
# The "and" of each language, which joins two headings ("Formación y cursos", "Pengalaman
# organisasi dan relawan"; a writer's "&" stands for any of them) and two clauses of a sentence.
AND_WORDS: tuple[str, ...] = (
    "and", "y", "e", "i", "et", "und", "și", "si", "và", "dan", "та", "і",
)  # fmt: skip
KEYWORDS: tuple[tuple[str, str], ...] = (
    # "Experiances profesionnelles": the heading misspelt
    ("experience", r"\b(?:experi[ae]nc\w*|work|client|freelanc\w*|jobs?|roles?|positions?|"
                   r"employ\w*|trabajo|empleo|laboral|trabalho|emprego|praca|zatrudnien\w*|робот\w*|munca|"
                   r"travail|emploi|beruf\w*|arbeit\w*|viec lam|lam viec|kerja|pekerjaan)\b"),
    ("summary", r"\b(?:what i do|who i am|me|sobre mi|sobre mim|o mnie|про мене|despre mine|"
                r"a propos|uber mich|ve toi|tentang saya)\b"),
    ("projects", r"\b(?:built|building|side|hackathons?|proyect\w*|projet\w*|projekt\w*|"
                 r"proiect\w*|проєкт\w*|проект\w*|du an|proyek)\b"),
)  # fmt: skip

# Headings of referees: other people, their titles and employers ("Dr. Peter Otieno, Consultant
# Anaesthetist, The Nairobi Hospital"), no evidence of the person's own work or skills.
REFERENCES: tuple[str, ...] = (
    "references", "referees", "character references", "referencias", "referencias personales",
    "referencias laborales", "referências", "referências profissionais", "referencje",
    "рекомендации", "références", "referenzen", "referanslar", "referenze", "บุคคลอ้างอิง",
    "rujukan", "referenciák",
)  # fmt: skip
# Headings of what a person did unpaid or names who vouch for them: a dated line there
# ("2018 - 2020 | Karang Taruna RW 05 - Ketua Bidang Olahraga", "Mr. Emeka Obi, Branch Manager,
# Guaranty Trust Bank Plc") is no job of theirs.
NOT_WORK: tuple[str, ...] = (
    *REFERENCES, *TEACHING,
    "volunteering", "volunteer experience", "volunteer work", "voluntary work",
    "community service", "activities",
    "memberships", "professional membership", "professional memberships",
    "voluntariado", "trabalho voluntário", "wolontariat",
    "praca wolontariacka", "волонтерство", "волонтерська діяльність",
    "волонтерская деятельность", "voluntariat", "activități de voluntariat",
    "bénévolat", "ehrenamt", "hoạt động", "hoạt động khác",
    "hoạt động ngoại khóa", "hoạt động tình nguyện", "organisasi", "kegiatan",
    "pengalaman organisasi", "pengalaman organisasi dan relawan", "gönüllülük",
    "volontariato",
)  # fmt: skip

# Headings of what a person does outside work ("Centres d'intérêt", "Hobbies"): dates there
# ("Marathon de Paris 2019") are no jobs.
INTERESTS: tuple[str, ...] = (
    "interests", "hobbies", "hobbies and interests", "interests and hobbies", "intereses",
    "aficiones", "interesses", "zainteresowania", "hobby", "інтереси", "хобі", "interese",
    "hobby-uri", "centres d'intérêt", "centres d'intérêts", "centre d'intérêt", "loisirs",
    "interessen", "hobbys", "sở thích", "minat", "hobi", "хобби", "интересы", "hobiler",
    "ilgi alanları", "interessi", "hobby e interessi", "tempo libero",
    # a driving licence's categories and year ("Vozačka dozvola: B, C, CE (od 2012.)")
    "driving licence", "driving license", "driver's license", "vozačka dozvola",
    "возачка дозвола", "prawo jazdy", "permis de conducere", "permis de conduire",
    "führerschein", "водительские права", "ehliyet", "patente", "patente o patenti",
)  # fmt: skip
