"""Section headings of job posts in the hiring regions' languages (and the section words of Turkish
job boards), by the kind of section each opens; the headings résumés use as well; and the
headings of a job board's list of other posts.

Phrases are written as people write them and folded on load (lower case, no accents), so
"Cerințe", "CERINTE" and "cerinte" read alike: `ingest/posts/headings.py` reads them.
"""

from __future__ import annotations

from enum import StrEnum

from worldhire.ingest.shared.folded_text import fold


class SectionKind(StrEnum):
    MUST = "must"  # requirements
    NICE = "nice"  # nice to have
    DUTIES = "duties"  # what you will do: the tools named there are not requirements
    OFFER = "offer"  # what we offer: pay, benefits, work mode
    ABOUT = "about"  # the company
    LOGISTICS = "logistics"  # pay, location, hours, visa
    APPLY = "apply"
    OTHER = "other"


HEADINGS: dict[SectionKind, tuple[str, ...]] = {
    SectionKind.NICE: (
        # en
        "nice to have", "nice-to-have", "nice to haves", "bonus", "bonus points", "bonus skills",
        "preferred", "preferred qualifications", "preferred skills", "good to have", "pluses",
        "plus", "extra points", "it would be great if", "even better if", "optional",
        "desirable", "ideally", "secondary skills", "good to have skills", "desired skills",
        "nice to have skills", "bonus if you have", "added advantage", "nice", "nice if",
        "it'd be great if", "it would be great", "great if you", "would be great",
        "even better", "extra credit", "preferred experience", "good to know",
        # es
        "se valorará", "se valorara", "valorable", "valoramos", "deseable", "deseables",
        "suma puntos", "sumas puntos si", "plus", "es un plus", "puntos extra", "suma",
        "suman",
        "requisitos deseables", "suma si", "suma si tienes", "opcional", "opcionales",
        "requisitos opcionales",
        # pt
        "diferenciais", "desejável", "desejáveis", "será um diferencial", "seria um diferencial",
        "é um diferencial", "requisitos desejáveis", "pontos extras", "é valorizado",
        "valorizamos", "seria top se", "seria ótimo se", "seria legal se", "é uma mais valia",
        "opcionais", "requisitos opcionais",
        # pl
        "mile widziane", "dodatkowym atutem będzie", "dodatkowe atuty", "atutem będzie",
        "będzie plusem", "plusem będzie", "dodatkowo mile widziane",
        # uk
        "буде плюсом", "буде перевагою", "бажано", "перевагою буде", "буде плюсом якщо",
        # ro
        "constituie un avantaj", "reprezintă un avantaj", "reprezinta avantaj", "avantaje",
        "nice to have", "ar fi un plus", "constituie avantaj",
        # fr
        "atouts", "un plus", "serait un plus", "les plus", "bonus", "compétences appréciées",
        "souhaité", "souhaitable", "idéalement",
        # de
        "wünschenswert", "von vorteil", "ein plus", "pluspunkte", "nice-to-have", "idealerweise",
        "was wünschenswert wäre", "wünschenswerte kenntnisse",
        # vi
        "ưu tiên", "điểm cộng", "là một lợi thế", "lợi thế", "ưu tiên ứng viên",
        # id
        "nilai tambah", "diutamakan", "lebih disukai", "nilai plus", "poin plus",
        # tr
        "tercih sebebi", "tercih sebebidir", "tercih nedeni", "artı olarak değerlendirilecek",
        "artı olarak değerlendirilir", "tercihen", "artı puan",
        # it
        "costituisce un plus", "sarebbe un plus", "è un plus", "graditi", "gradito", "gradita",
        "gradite", "titolo preferenziale", "costituirà titolo preferenziale",
        "competenze gradite", "requisiti preferenziali", "requisiti graditi",
        # uk, en (more)
        "було б добре", "буде добре", "advantageous", "would be nice",
        # ru
        "будет плюсом", "будет преимуществом", "плюсом будет", "преимуществом будет",
        "желательно", "приветствуется", "будет большим плюсом",
        # it, en, es (more)
        "sarebbe bello se", "sarebbe bello", "ci piacerebbe se", "assets", "suma mucho si",
        "будет здорово, если", "будет здорово если", "было бы здорово", "what would make you "
        "stand out", "what will make you stand out", "not required but helpful",
        "not required but nice", "good-to-have", "valoraremos", "se valora",
        "valoraremos positivamente", "se valorará positivamente",
        # welcomes typed as a label ("Good if you have: Snowflake", "Schön wäre: Kubernetes")
        "good if you have", "nice if you have", "plus if you have", "not a must but",
        "schön wäre", "é uma mais-valia", "ce serait top si", "fajnie, jeśli", "fajnie jeśli",
        "dodatkowy atut",
        # MoSCoW priorities ("Must have / Should have / Could have / Won't need"): below the
        # must-haves, what is welcome
        "should have", "should-have", "should haves", "could have", "could-have", "could haves",
    ),
    SectionKind.MUST: (
        # en
        "requirements", "requirement", "what we're looking for", "what we are looking for",
        "what we look for", "who you are", "about you", "you have", "you are", "you bring",
        "what you bring", "what you'll bring", "what you will bring", "what you need",
        "what you'll need", "you'll need", "must have", "must-have", "must haves", "must-haves",
        "qualifications", "minimum qualifications", "basic qualifications",
        "required qualifications", "required skills", "minimum required skills", "skills",
        "key skills", "your profile", "profile", "ideal candidate", "the ideal candidate",
        "we expect", "what we expect", "skills and experience", "experience", "essential",
        "essential skills", "your skills", "tech stack you know", "requirements and skills",
        "who we're looking for", "who we are looking for", "you should have", "you'll have",
        "key requirements", "mandatory skills", "must have skills", "must",
        # Bdjobs and Wuzzuf ("Additional Requirements", "Job Requirements", "Skills And Tools")
        "additional requirements", "job requirements", "skills and tools",
        # ar (Egypt's boards)
        "المتطلبات", "متطلبات الوظيفة", "المؤهلات",
        # a UN or NGO vacancy notice asks for languages under this
        "languages",
        # es
        "requisitos", "requisitos mínimos", "lo que buscamos", "qué buscamos", "buscamos",
        "perfil", "tu perfil", "perfil buscado", "perfil requerido", "imprescindible",
        "requerimientos", "qué necesitas", "lo que necesitas", "experiencia requerida",
        "conocimientos", "habilidades", "requisitos indispensables", "qué pedimos",
        "lo que pedimos", "a quién buscamos", "requisitos excluyentes", "excluyente",
        "el candidato ideal", "la candidata ideal", "la persona ideal", "el perfil ideal",
        "la persona que buscamos", "el perfil que buscamos",
        # pt
        "o que buscamos", "o que procuramos", "seu perfil", "o que esperamos", "obrigatório",
        "requisitos obrigatórios", "qualificações", "competências", "você tem",
        "o que você precisa ter", "o que precisamos", "quem procuramos", "o que é necessário",
        "requisitos e qualificações", "o que a gente espera", "o que esperamos de você",
        "requisitos necessários", "o que a gente precisa", "o que a gente procura",
        "o que a gente busca",
        # pl
        "wymagania", "oczekujemy", "czego oczekujemy", "nasze wymagania", "twój profil",
        "kogo szukamy", "szukamy osoby która", "wymagane umiejętności", "musisz mieć",
        "czego od ciebie oczekujemy", "oczekiwania", "wymagania konieczne",
        # uk
        "вимоги", "ми очікуємо", "що ми очікуємо", "необхідні навички", "кого ми шукаємо",
        "ваш профіль", "обов'язкові вимоги", "обов’язкові вимоги", "ми шукаємо", "очікування",
        "що потрібно", "твій досвід", "ваш досвід", "навички", "що важливо",
        "що для нас важливо",
        # ro
        "cerințe", "cerinte", "ce căutăm", "profilul candidatului", "profilul tău",
        "calificări", "competențe", "cerințe obligatorii", "cerinte obligatorii",
        "ce îți trebuie", "ce ne dorim de la tine", "cerințe minime", "cine ești",
        "ce îți cerem",
        # fr
        "profil recherché", "votre profil", "ton profil", "prérequis", "compétences requises",
        "exigences", "ce que nous recherchons", "qualifications requises", "indispensable",
        "vous avez", "compétences", "profil", "qui êtes-vous", "ce que tu apportes",
        # de
        "anforderungen", "dein profil", "ihr profil", "was du mitbringst", "was sie mitbringen",
        "das bringst du mit", "das bringen sie mit", "qualifikationen", "voraussetzungen",
        "was wir erwarten", "deine skills", "dein skillset", "was wir suchen", "profil",
        "gesucht wird",
        # vi
        "yêu cầu", "yêu cầu công việc", "yêu cầu ứng viên", "kỹ năng", "trình độ",
        "yêu cầu kỹ năng", "chúng tôi tìm kiếm", "kinh nghiệm", "yêu cầu bắt buộc",
        # id
        "persyaratan", "kualifikasi", "syarat", "yang kami cari", "keahlian",
        # ms (JobStreet Malaysia)
        "kelayakan", "keperluan", "syarat-syarat", "kelayakan & pengalaman",
        # th (JobThai, JobsDB)
        "คุณสมบัติ", "คุณสมบัติผู้สมัคร", "คุณสมบัติที่ต้องการ",
        "persyaratan wajib", "kriteria", "kemampuan",
        # tr
        "aranan nitelikler", "aranan özellikler", "nitelikler", "aradığımız yetkinlikler",
        "aradığımız nitelikler", "aradığımız özellikler", "beklentilerimiz", "yetkinlikler",
        # it
        "cosa cerchiamo", "chi cerchiamo", "requisiti", "requisiti richiesti",
        "requisiti minimi", "requisiti essenziali", "competenze richieste", "il tuo profilo",
        "profilo ricercato", "profilo", "cosa ti chiediamo", "richiediamo", "competenze",
        "cosa serve", "il candidato ideale", "la persona che cerchiamo",
        "la candidata ideale", "la persona ideale", "il profilo ideale",
        "il profilo che cerchiamo",
        # en (more)
        "what matters most to us", "what matters to us", "key requirements",
        "desired candidate profile", "candidate profile", "preferred candidate profile",
        # an agency's post speaks of its client ("What they need:"); "You probably have: ..."
        "what they need", "what they're looking for", "what they are looking for",
        "what our client needs", "you probably have", "you likely have",
        "stuff you'd need", "what you'd need", "rough idea of what we need", "what we need",
        # an agency's e-mail speaks of its client, or sums up in a word ("Ce qu'ils attendent :",
        # "Krótko o wymaganiach:", "Lo que piden:", "O que eles procuram:")
        "ce qu'ils attendent", "ce qu'ils recherchent", "ce que le client attend",
        "ce qu'on attend de vous", "ce que nous attendons", "o wymaganiach", "lo que piden",
        "lo que pide el cliente", "o que eles procuram", "o que o cliente procura",
        "was sie erwarten", "was der kunde erwartet", "що вони очікують", "ce așteaptă",
        # ru
        "требования", "что нужно", "что мы ждем", "что мы ждём", "мы ожидаем",
        "что мы ожидаем", "ожидания", "наши ожидания", "кого мы ищем", "мы ищем",
        "необходимые навыки", "ключевые навыки", "требования к кандидату", "что для нас важно",
        "навыки", "опыт", "обязательно", "мы ждем, что ты", "мы ждём, что ты",
        "мы ждем от тебя", "что мы ждем от тебя", "что мы ждём от тебя",
        "мы ждем, что вы", "мы ждём, что вы", "мы ждем от вас", "мы ждём от вас",
        "что мы ждем от вас", "что мы ждём от вас",
        # it (more)
        "conoscenze necessarie", "conoscenze richieste", "competenze tecniche",
        # pl (more)
        "obowiązkowe", "wymagane",
    ),
    SectionKind.DUTIES: (
        # en
        "what you'll do", "what you will do", "what you'll be doing", "your role",
        "responsibilities", "key responsibilities", "your responsibilities", "the role",
        "about the role", "role", "duties", "tasks", "your tasks", "your mission",
        "what you will be doing", "day to day", "in this role you will", "the job",
        "what you'll work on", "you will",
        # ar
        "الوصف الوظيفي", "المهام", "المسؤوليات", "المهام والمسؤوليات",
        # es
        "qué harás", "que harás", "lo que harás", "responsabilidades", "funciones",
        "tus funciones", "tu día a día", "tus tareas", "tareas", "el puesto", "sobre el puesto",
        "tu rol", "qué vas a hacer", "misión",
        # pt
        "o que você vai fazer", "o que você fará", "responsabilidades", "atividades",
        "descrição da vaga", "responsabilidades e atribuições", "descripción del puesto",
        "descripción de la oferta", "descriptif du poste", "opis stanowiska", "опис вакансії",
        "suas atividades", "atribuições", "sobre a vaga", "a vaga", "seu dia a dia", "desafios",
        # pl
        "twój zakres obowiązków", "zakres obowiązków", "obowiązki", "twoje zadania", "zadania",
        "czym będziesz się zajmować", "czym będziesz się zajmował", "o roli", "twoja rola",
        # uk
        "обов'язки", "обов’язки", "твої обов'язки", "ваші обов'язки", "що потрібно робити",
        "завдання", "про роль", "що ти будеш робити", "чим займатися",
        # ro
        "responsabilități", "responsabilitati", "ce vei face", "descrierea jobului", "rolul",
        "sarcini", "atribuții", "despre rol",
        # fr
        "vos missions", "tes missions", "missions", "responsabilités", "ce que tu feras",
        "ce que vous ferez", "le poste", "description du poste", "votre rôle", "ton rôle",
        # de
        "deine aufgaben", "ihre aufgaben", "aufgaben", "das erwartet dich", "deine rolle",
        "was dich erwartet", "was du bewegst", "dein job",
        # vi
        "mô tả công việc", "trách nhiệm", "nhiệm vụ", "công việc", "bạn sẽ làm gì",
        # id
        "tanggung jawab", "deskripsi pekerjaan", "tugas", "tugas dan tanggung jawab",
        "tanggungjawab", "skop kerja", "tugas & tanggungjawab",
        "รายละเอียดงาน", "หน้าที่ความรับผิดชอบ", "ลักษณะงาน",
        "job description", "uraian tugas",
        # tr
        "iş tanımı", "görev tanımı", "görevler", "sorumluluklar",
        # it
        "di cosa ti occuperai", "cosa farai", "responsabilità", "mansioni", "il ruolo",
        "attività", "principali responsabilità", "le tue responsabilità", "descrizione del ruolo",
        # ru
        "обязанности", "задачи", "ваши задачи", "чем предстоит заниматься",
        "что нужно делать", "что предстоит делать", "чем заниматься", "о проекте",
        # en, es (more)
        "roles and responsibilities", "funciones",
    ),
    SectionKind.OFFER: (
        # en
        "what we offer", "we offer", "benefits", "perks", "perks and benefits", "why join us",
        "why us", "what's in it for you", "what you get", "compensation", "reasons to join",
        "reasons to join us", "why you'll love working here", "why you will love working here",
        "compensation and benefits",
        "salary and benefits", "our offer",
        # how the team works, the conditions the hire will work in: its rituals and rules
        # ("code review obrigatório" is the team's rule, not a must-have of the hire)
        "how we work", "como trabalhamos", "cómo trabajamos", "jak pracujemy", "як ми працюємо",
        "cum lucrăm", "comment nous travaillons", "comment on travaille", "wie wir arbeiten",
        "cách chúng tôi làm việc", "cara kami bekerja", "come lavoriamo", "как мы работаем",
        # es
        "ofrecemos", "qué ofrecemos", "lo que ofrecemos", "beneficios", "condiciones",
        "te ofrecemos", "qué te ofrecemos",
        # pt
        "o que oferecemos", "oferecemos", "benefícios", "remuneração", "remuneração e benefícios",
        "remuneração e modelo", "condições", "informações adicionais",
        # pl
        "oferujemy", "co oferujemy", "benefity", "co zyskasz", "nasza oferta", "co proponujemy",
        # uk
        "ми пропонуємо", "пропонуємо", "що ми пропонуємо", "умови", "бенефіти",
        "що пропонуємо",
        # ro
        "ce oferim", "oferim", "beneficii", "ce îți oferim", "pachet salarial",
        # fr
        "ce que nous offrons", "nous offrons", "avantages", "ce que nous proposons",
        "nous proposons", "rémunération", "package",
        # de
        "wir bieten", "was wir bieten", "benefits", "das bieten wir", "unser angebot",
        "deine vorteile", "vergütung",
        # vi
        "quyền lợi", "phúc lợi", "chúng tôi cung cấp", "chế độ đãi ngộ", "đãi ngộ",
        # ITviec's "Why you'll love working here"
        "tại sao bạn sẽ yêu thích làm việc tại đây", "vì sao bạn sẽ yêu thích làm việc tại đây",
        "thu nhập", "mức lương",
        # ITviec's perks box ("Top 3 reasons to join us"), with or without its count
        "lý do để gia nhập công ty", "lý do gia nhập công ty",
        # id
        "yang kami tawarkan", "benefit", "fasilitas", "kami menawarkan", "keuntungan",
        "faedah", "kemudahan", "ganjaran", "สวัสดิการ",
        # tr
        "yan haklar", "sunduklarımız", "neler sunuyoruz",
        # it
        "cosa offriamo", "offriamo", "ti offriamo", "perché unirti a noi", "cosa ti offriamo",
        "retribuzione",
        # ar
        "المزايا", "المميزات",
        # ru
        "условия", "мы предлагаем", "что предлагаем", "что мы предлагаем", "предлагаем",
        "условия работы",
    ),
    SectionKind.ABOUT: (
        # (a UN or NGO vacancy notice's "Organizational Setting"; Bdjobs' "Job Context")
        "organizational setting", "organisational setting", "job context",
        "company information", "عن الشركة", "نبذة عن الشركة",
        "about us", "who we are", "about the company", "the company", "company", "about",
        "sobre nosotros", "quiénes somos", "la empresa", "sobre nós", "quem somos", "a empresa",
        "o nas", "kim jesteśmy", "o firmie", "про нас", "хто ми", "про компанію", "despre noi",
        "cine suntem", "despre companie", "qui sommes-nous", "à propos", "l'entreprise",
        "über uns", "wer wir sind", "das unternehmen", "về chúng tôi", "giới thiệu công ty",
        "tentang kami", "tentang perusahaan", "siapa kami", "sobre a empresa",
        "chi siamo", "l'azienda", "azienda",
        "о компании", "о нас", "кто мы",
    ),
    SectionKind.LOGISTICS: (
        "logistics", "the details", "details", "practical details", "location", "salary",
        "practicalities", "the practical stuff", "job details", "work mode", "where and when",
        "datos prácticos", "ubicación", "detalles", "informações", "detalhes",
        "szczegóły", "informacje", "lokalizacja", "деталі", "локація", "detalii", "locație",
        "informations pratiques", "infos pratiques", "détails", "rahmenbedingungen", "eckdaten",
        "standort", "thông tin", "địa điểm", "lokasi", "detail", "informasi",
        "dettagli", "sede", "informazioni",
    ),
    SectionKind.APPLY: (
        "how to apply", "apply", "to apply", "application", "interested", "cómo postularse",
        "postúlate", "como se candidatar", "candidate-se", "jak aplikować", "aplikuj",
        "як подати заявку", "cum aplici", "aplică", "comment postuler", "postuler",
        "bewerbung", "so bewirbst du dich", "cách ứng tuyển", "ứng tuyển", "cara melamar",
        "lamar",
        "come candidarsi", "candidatura", "read before apply", "method of application",
    ),
    SectionKind.OTHER: (
        "recruitment process", "hiring process", "process", "interview process",
        # a vacancy notice's closing sections: how candidates are assessed, and its terms; and
        # the degree a post asks for, whose subjects are fields of study, not skills
        "assessment", "special notice", "education",
        # Bdjobs' degree list, certificates at a stage included ("CA (CC) / ICMA (Part
        # Qualified) will get preference")
        "educational requirements", "education requirements", "educational qualification",
        "educational qualifications",
        "proceso de selección", "processo seletivo", "etapas do processo", "proces rekrutacji",
        "етапи", "procesul de recrutare", "processus de recrutement", "ablauf",
        "quy trình tuyển dụng", "proses rekrutmen",
        # how the hiring goes ("Il processo: una call ...", "Processus : entretien RH, ...",
        # "Déroulement des entretiens" / "1. Échange avec notre Talent Acquisition"): its words
        # (a recruiter, a test, a case study) ask the hire for nothing
        "il processo", "processo di selezione", "processus", "déroulement des entretiens",
        "déroulement du processus", "proceso", "el proceso", "nuestro proceso", "processo",
        "processo de recrutamento", "processo de seleção", "our process", "the process",
        "selection process", "rekrutacja", "etapy rekrutacji", "przebieg rekrutacji",
        "процес", "процес відбору", "етапи відбору", "этапы", "процесс отбора", "hiring steps",
        "interview stages", "next steps",
        # what the hire does not need ("Won't need: Selenium"): nothing asked
        "won't need", "won't have", "will not need", "you won't need", "what you won't need",
        "you don't need", "what you don't need", "not needed", "not required",
    ),
}  # fmt: skip


# Section headings both résumés and posts use ("Skills", "Experience", "Profile"): they place a
# post's requirements but say nothing about whether a document is a post.
NEUTRAL_HEADINGS: frozenset[str] = frozenset(fold(h) for h in (
    "skills", "key skills", "experience", "profile", "qualifications", "about", "company",
    "details", "location", "salary", "compensation", "competencies", "tech stack you know",
    "your skills", "perfil", "conocimientos", "habilidades", "competências", "qualificações",
    "umiejętności", "навички", "kinh nghiệm", "kỹ năng", "trình độ", "keahlian", "kemampuan",
    "competențe", "calificări", "compétences", "profil", "kenntnisse", "qualifikationen",
    "informacje", "detalhes", "informações", "detalii", "thông tin", "informasi", "detail",
    "logistics", "the details", "lokalizacja", "ubicación", "standort", "lokasi", "địa điểm",
    "role", "the company", "kriteria", "avantaje", "competenze", "profilo", "azienda",
    "dettagli", "sede", "informazioni", "attività", "responsabilità", "mansioni",
    "education", "languages", "work experience",
    "навыки", "ключевые навыки", "опыт", "обязанности", "задачи", "competenze tecniche",
))  # fmt: skip


# The heading of a job board's list of other posts under the one pasted ("Similar jobs", "Ofertas
# similares", "Похожие вакансии"): what follows is other jobs, their titles, places and pay.
OTHER_POSTS: tuple[str, ...] = (
    "similar jobs", "related jobs", "more jobs", "more jobs like this", "other jobs",
    "recommended jobs", "jobs you might like", "jobs you may like", "people also viewed",
    "you may also like", "similar job openings", "similar vacancies", "more similar jobs",
    "ofertas similares", "empleos similares", "avisos similares", "trabajos similares",
    "vacantes similares", "otras ofertas", "vagas semelhantes", "vagas similares",
    "vagas relacionadas", "outras vagas", "podobne oferty", "podobne ogłoszenia",
    "схожі вакансії", "інші вакансії", "похожие вакансии", "другие вакансии",
    "joburi similare", "anunțuri similare", "locuri de muncă similare", "offres similaires",
    "offres d'emploi similaires", "ähnliche jobs", "ähnliche stellenangebote",
    "lowongan serupa", "lowongan terkait", "lowongan lainnya", "việc làm tương tự",
    "việc làm liên quan", "benzer ilanlar", "benzer iş ilanları", "offerte simili",
    "annunci simili", "kerja serupa", "jawatan lain",
)  # fmt: skip
