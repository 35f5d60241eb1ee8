"""What tells a job post from a résumé in the hiring regions' languages: phrases of running text
only a post uses (it addresses a future hire), phrases only a résumé says of its writer, and the
section headings of a résumé. Lower case, folded on load (`posts.words.pattern`)."""

from __future__ import annotations

# Phrases of running text only a job post uses (the document addresses a future hire).
POST_CUES: tuple[str, ...] = (
    # en
    "we're looking for", "we are looking for", "we're hiring", "we are hiring", "join our team",
    "we are recruiting", "we're recruiting", "your profile", "your tasks", "we support",
    "join us", "you will", "you'll", "your responsibilities", "we offer", "apply now",
    "how to apply", "send your cv", "send us your", "salary range", "compensation range",
    "equal opportunity employer", "the ideal candidate", "you have", "nice to have",
    "must have", "we can't sponsor", "we cannot sponsor", "visa sponsorship",
    "to apply", "apply with", "about the role", "what you'll do",
    "job description", "mandatory skills", "secondary skills", "required skills", "notice period",
    "interested candidates", "share resume", "share your resume", "work mode", "job type",
    "the person we are looking for", "we would love to hear", "we cannot sponsor",
    "we can't sponsor", "join a team", "you would join", "must overlap",
    "we pay", "apply now", "apply here", "send your resume", "hiring for",
    "we're hiring", "#hiring", "now hiring", "urgent requirement", "requirement for",
    "exciting opening", "job opening", "candidates", "applicants", "dear candidate",
    "is a plus", "a plus", "good to have", "bonus points", "added advantage",
    "will be an advantage", "remuneration", "c2c", "equity", "dms open", "shift timings",
    "work from office", "immediate joiners", "we sponsor", "no sponsorship", "sponsor visas",
    "interested and qualified", "about the team", "is hiring", "are hiring", "we need someone",
    "this person will", "the role is", "role brief", "hiring panel", "hiring manager",
    "able to sponsor", "unable to offer visa", "can only hire", "the budget is", "salary is",
    "would be a plus", "would be ideal", "must be based in", "nice if you", "you'd have",
    "you'd be", "you probably have", "revert with your", "updated cv", "you'd need",
    "reach out about", "would you be open", "open to a chat", "quick chat",
    "what matters most to us", "contractor role", "full jd", "hona chahiye", "urgent opening",
    "send cv", "fresher can apply", "freshers can apply",
    # a UN or NGO vacancy notice, whose "Education", "Work Experience" and "Languages"
    # headings are a résumé's too: its heading, its deadline and how it words a wish
    "vacancy announcement", "vacancy notice", "deadline for applications", "is desirable",
    "is an advantage",
    # a social post's welcome, its call to act and its residence rule
    "would be great", "dm me", "residents only", "citizens only",
    # es
    "buscamos", "estamos buscando", "ofrecemos", "únete", "postúlate", "envía tu cv",
    "rango salarial", "se valorará", "requisitos", "incorporación", "te ofrecemos",
    "estamos contratando", "vacante", "interesados", "deseable", "lo que buscamos",
    "se busca", "se buscan", "excluyente", "excluyentes", "patrocinio de visa",
    "patrocinio de visado", "banda salarial", "mandar cv", "enviar cv", "encajarías",
    "posición que", "lo imprescindible",
    # a founder's post in prose: "Encajarás si ya has desplegado ...", "Escríbenos a ..."
    "encajarás", "encajaras", "escríbenos", "queremos a alguien", "buscamos a alguien",
    "nos encantará", "nos encantaría", "no es imprescindible",
    # Latin American job boards' and groups' words: "SE REQUIERE TÉCNICO ...", "Se solicita
    # Auxiliar Contable", the "Postularme" button (not "importante empresa" or "en la búsqueda
    # de": a résumé says "en una importante empresa", "en la búsqueda de nuevos desafíos")
    "se requiere", "se solicita", "postularme", "inscribirme en esta oferta",
    "convocatoria laboral",
    # pt
    "estamos contratando", "oferecemos", "vaga", "candidate-se", "faixa salarial",
    "buscamos", "procuramos", "diferenciais", "requisitos", "você vai", "envie seu currículo",
    "estou a recrutar", "recrutadora", "o que é necessário", "é valorizado", "candidatos",
    "oportunidade", "está contratando", "contratando", "se candidata", "candidatar-se",
    "o que a gente espera", "sobreposição", "junta-te", "junte-se", "envia o teu cv",
    "patrocinar vistos", "mais valia", "mais-valia", "pessoa engenheira", "pessoa desenvolvedora",
    "pessoas candidatas", "#vagas", "vi seu perfil", "a posição é", "só pj",
    "é muito bem-vinda", "é muito bem-vindo", "salário entre",
    # pl
    "szukamy", "poszukuje", "poszukujemy", "oferujemy", "aplikuj", "widełki",
    "mile widziane", "wymagania", "oczekujemy", "dołącz do", "na stanowisko",
    "czego oczekujemy", "fajnie, jeśli", "fajnie jeśli", "sponsorowania wizy", "chętnych",
    "oferty pracy", "propozycja współpracy", "rekrutuję", "kontrakt b2b", "dodatkowym atutem",
    "w pełni zdalną",
    # uk
    "шукаємо", "пропонуємо", "відгукнутися", "вакансія", "вимоги",
    "буде плюсом", "обов'язки", "обов’язки", "приєднуйся", "ми очікуємо", "шукає",
    "вакансії", "буде перевагою", "резюме надсилайте", "надсилайте резюме", "необхідні навички",
    "що потрібно", "пропонуємо", "було б добре",
    # ro
    "căutăm", "oferim", "aplică", "angajăm", "cerințe", "constituie un avantaj",
    "responsabilități", "alătură-te", "candidatul ideal",
    # fr
    "nous recherchons", "nous offrons", "postuler", "profil recherché",
    "vos missions", "rejoindre", "rejoignez", "le poste", "nous proposons", "un plus", "recrute",
    "recrutons", "(h/f)", "(f/h)", "offre d'emploi",
    "atouts", "vous avez", "vous maîtrisez", "poste basé", "seraient un plus",
    "serait un plus", "envoyer votre cv", "merci d'envoyer", "offres d'emploi",
    "déroulement des entretiens", "sponsoriser", "qui sont-ils",
    # gender marks of job titles
    "(m/f)", "(f/m)", "(k/m)", "(m/k)", "(h/m)", "(m/ž)", "(m/f/x)",
    # de
    "wir suchen", "wir bieten", "bewirb dich", "bewerben sie sich", "gehalt", "(m/w/d)",
    "(w/m/d)", "(m/f/d)", "anforderungen", "deine aufgaben", "dein profil", "ihr profil",
    "wünschenswert", "von vorteil", "suchen wir", "bewerbungen bitte", "ihre bewerbung",
    "deine bewerbung", "sie bringen", "du bringst", "bewirb dich jetzt", "gesucht wird",
    "meinem kunden", "suchen ab sofort", "das bringst du mit", "visa-sponsoring",
    "bewerbung gerne",
    # vi
    "tuyển dụng", "chúng tôi đang tìm", "ứng tuyển ngay", "cách ứng tuyển", "gửi cv về",
    "quyền lợi", "mô tả công việc", "tuyển gấp", "gửi cv",
    # id
    "kami mencari", "lowongan", "kirim cv", "lamar sekarang", "bergabung bersama", "persyaratan",
    "nilai tambah", "yang kami tawarkan", "dibutuhkan", "loker", "kualifikasi",
    "kekosongan jawatan", "jawatan kosong", "รับสมัคร", "สมัครงาน",
    # a freelance marketplace's job page: its own words around the post
    "submit a proposal", "about the client", "skills and expertise", "project type",
    "payment method verified",
    "membuka lowongan", "kirim cv", "nilai plus", "#lowongankerja", "kirim lamaran",
    "membuka kesempatan", "penempatan di",
    # tr
    "arıyoruz", "aranan nitelikler", "tercih sebebi", "ekibimize katılacak", "iş tanımı",
    "başvur", "aday kriterleri", "ilanı",
    # it
    "stiamo cercando", "cerchiamo", "cosa cerchiamo", "cosa offriamo", "offriamo",
    "candidati", "candidatevi", "candidarti", "costituisce un plus", "sarebbe un plus",
    "è un plus", "requisiti", "assumiamo", "lavora con noi", "#assunzioni",
    "siamo alla ricerca di", "ricerchiamo", "nel nostro team", "unisciti a noi",
    "entra nel nostro team", "invia il tuo cv", "inviaci il tuo cv", "scrivetemi",
    "#lavoro", "#offertadilavoro", "#opportunitadilavoro", "esperienza di almeno",
    "cerca un", "cerca una", "scrivimi", "mandami il cv", "invii un cv", "il cliente cerca",
    "per un nostro cliente", "contratto a tempo indeterminato", "smart working",
    # the impersonal register of a classified ad ("Si richiede diploma ...", "Si offre
    # contratto ...", "Inviare CV"), as "se requiere" / "se solicita" in Spanish
    "si richiede", "si richiedono", "si offre", "si offrono", "si ricerca", "si ricercano",
    "inviare cv", "inviare il cv", "titolo preferenziale", "requisiti preferenziali",
    # ru
    "ищем", "вакансия", "#вакансия", "требования", "будет плюсом", "будет преимуществом",
    "мы предлагаем", "что предлагаем", "откликнуться", "обязанности", "условия работы",
    "писать в лс", "присылайте резюме", "резюме присылайте", "оформление по тк",
    "требуемый опыт работы",
    # en (recruiter e-mails)
    "salary band", "pay band", "we do sponsor", "sponsor work permits", "relocation help",
    "relocation support", "open to new roles", "sounds interesting", "what we need",
    "stuff you'd need", "desired candidate profile",
)  # fmt: skip

# What only a résumé says of its writer, anywhere in the text: first-person sentences and
# personal details.
RESUME_PHRASES: tuple[str, ...] = (
    "curriculum vitae", "references available", "date of birth", "nationality", "marital status",
    "i have", "i am", "i led", "i built", "i worked", "i was", "my role", "i developed",
    "i designed", "fecha de nacimiento", "estado civil", "data de nascimento", "data urodzenia",
    "дата народження", "data nașterii", "date de naissance", "geburtsdatum", "ngày sinh",
    "tanggal lahir", "lebenslauf", "hoja de vida", "currículo",
)  # fmt: skip
# Section headings of a résumé: they count only as a heading line ("Work experience"), since a
# post may ask for "2 years of work experience".
RESUME_HEADINGS: tuple[str, ...] = (
    # en
    "work experience", "professional experience", "employment history", "work history",
    "career history", "education", "hobbies", "interests", "about me", "professional summary",
    "career objective", "certifications", "languages", "personal details", "references",
    # es
    "experiencia laboral", "experiencia profesional", "formación académica", "educación",
    "sobre mí", "datos personales", "idiomas",
    # pt
    "experiência profissional", "formação acadêmica", "formação", "sobre mim",
    "dados pessoais",
    # pl
    "doświadczenie zawodowe", "wykształcenie", "zainteresowania", "o mnie", "dane osobowe",
    "języki obce", "umiejętności", "certyfikaty",
    # uk
    "досвід роботи", "освіта", "про мене", "особисті дані", "мови",
    # ro
    "experiență profesională", "experienta profesionala", "educație", "educatie",
    "despre mine", "date personale", "limbi străine",
    # fr
    "expérience professionnelle", "expériences professionnelles", "formation", "à propos de moi",
    "centres d'intérêt", "langues",
    # de
    "berufserfahrung", "ausbildung", "über mich", "persönliche daten", "sprachkenntnisse",
    # vi
    "kinh nghiệm làm việc", "học vấn", "thông tin cá nhân", "mục tiêu nghề nghiệp",
    # id
    "pengalaman kerja", "pendidikan", "data pribadi", "tentang saya",
)  # fmt: skip
