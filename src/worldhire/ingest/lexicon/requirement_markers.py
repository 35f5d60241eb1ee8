"""Words that say what a job post's sentence does with what it names, in the hiring regions'
languages: asks for it (must), welcomes it (nice), says it is not required, not needed or will
be taught; or describes the job or the offer rather than the hire. Lower case, folded on load
(`posts.words.pattern`)."""

from __future__ import annotations

# Said of one requirement: it is not asked for ("Kubernetes is not required", "Portuguese not
# needed"), neither a must-have nor a nice-to-have, unless a welcome goes on from it ("not
# required but would help"). Listed with the welcomes, whose reach these share
# (posts.requirement_spans.optional_spans, denied_spans).
NOT_REQUIRED_MARKERS: tuple[str, ...] = (
    "not required", "isn't required", "is not required", "aren't required", "not needed",
    "isn't needed", "aren't needed", "not necessary", "not essential", "not mandatory",
    "no es necesario", "no es necesaria", "no se requiere", "não é necessário",
    "não é necessária", "não é preciso", "nicht erforderlich", "nicht notwendig", "nicht nötig",
    "pas nécessaire", "pas requis", "pas requise", "non richiesto", "non richiesta",
    "non necessario", "non necessaria", "nu este necesar", "nu este necesară", "nu e necesar",
    "nu e necesară", "nu sunt necesare", "nu este obligatoriu", "nie jest wymagana",
    "nie jest wymagany", "nie są wymagane", "не потрібен", "не потрібна", "не потрібно",
    "не потрібні", "не обов'язковий", "не обов'язкова", "не обов'язкове", "не обов'язкові",
    "не обязателен", "не обязательна", "не нужен", "не нужна", "не нужно", "не требуется",
    "tidak diperlukan",
    "tidak dibutuhkan", "gerekli değil",
    # the same with the verb written out ("Non è necessario conoscere Scala", "La conoscenza di
    # SAP non è richiesta", "no es requisito")
    "non è necessario", "non è necessaria", "non è richiesto", "non è richiesta",
    "non sono richiesti", "non sono richieste", "non sono necessari", "non sono necessarie",
    "no es requisito", "no se necesita", "no se necesitan",
)  # fmt: skip

# Said to the reader of one thing: they do not need it ("You don't need Kubernetes experience",
# "No necesitas experiencia en Kubernetes", "Não precisa saber Java", "nie wymagamy znajomości
# SAP", "Pas besoin de connaître Spark"): what such a clause names is no requirement, unless a
# welcome in the same clause makes it a nice-to-have.
DENIAL_MARKERS: tuple[str, ...] = (
    "don't need", "do not need", "doesn't need", "does not need", "won't need",
    "will not need", "no need", "needn't", "don't have to know", "don't expect",
    # "Not a deal breaker if you have never worked with Kafka"
    "not a deal breaker", "not a dealbreaker", "not a deal-breaker",
    "do not expect", "no necesitas", "no necesitás", "no hace falta", "sin necesidad de",
    "no requerimos", "no exigimos", "no pedimos", "não precisa", "não precisas",
    "não exigimos", "não pedimos", "não requeremos", "nie wymagamy", "nie musisz",
    "nie potrzebujesz", "nie oczekujemy", "не вимагаємо", "не чекаємо", "не требуем",
    "nu ai nevoie", "nu cerem", "nu este nevoie", "nu e nevoie", "pas besoin",
    "n'exigeons pas", "ne demandons pas", "inutile de", "brauchst du nicht",
    "brauchen sie nicht", "musst du nicht", "müssen sie nicht", "non serve", "không cần",
    "không yêu cầu", "tidak perlu", "tidak harus", "şart değil",
    # Roman Urdu and Hindi in South Asian posts: "Shopify knowledge zaroori nahi"
    "zaroori nahi", "zaroori nahin", "zaruri nahi", "zaruri nahin", "zaroorat nahi",
    "zarurat nahi",
)  # fmt: skip

# Said of the team's own tools in running text ("nosotros usamos Tango Gestión", "we work with
# Snowflake", "Lavoriamo con Jira"): what the team uses, not what the hire must bring, unless
# the clause also asks for it or welcomes it ("we use Airflow, so it's a plus").
TEAM_USE_MARKERS: tuple[str, ...] = (
    "we use", "we're using", "we are using", "we work with", "we run on", "the team uses",
    "our team uses", "usamos", "utilizamos", "trabajamos con", "el equipo usa",
    "nuestro equipo usa", "usiamo", "utilizziamo", "lavoriamo con", "lavoriamo su",
    "il team usa", "il team utilizza", "trabalhamos com", "a gente usa",
    "nosso time usa", "używamy", "korzystamy z", "pracujemy na", "pracujemy w", "wir nutzen",
    "nutzen wir", "wir arbeiten mit", "wir setzen auf", "nous utilisons", "on utilise",
    "nous travaillons avec", "використовуємо", "працюємо з", "используем", "работаем с",
    "folosim", "lucrăm cu", "kami menggunakan", "kami pakai", "chúng tôi dùng",
    "chúng tôi sử dụng",
)  # fmt: skip

# Said of one requirement: the team will teach it ("we'll teach you dbt", "Terraforma nauczymy
# Cię"). Not asked for, unless a welcome says otherwise: in its clause or as the heading above.
TAUGHT_MARKERS: tuple[str, ...] = (
    "we'll teach you", "we will teach you", "we can teach you", "we'll train you",
    "we will train you", "we'll get you across", "you'll pick it up", "you will pick it up",
    # "they will ramp you up", "we'll ramp you up on Kafka"
    "ramp you up",
    "you'll learn", "you will learn", "te enseñamos", "te enseñaremos", "te vamos a enseñar",
    "te formamos", "te formaremos", "vamos te ensinar", "vamos ensinar", "te ensinamos",
    "a gente te ensina", "a gente ensina", "vamos te treinar", "nauczymy", "przeszkolimy",
    "навчимо", "научим", "обучим", "te învățăm", "te vom învăța", "vous apprendrez",
    "tu apprendras", "nous vous formerons", "on vous formera", "on te formera",
    "bringen wir dir bei", "bringen wir ihnen bei", "arbeiten wir dich ein",
    "arbeiten wir sie ein", "ti insegneremo", "ti formeremo", "sẽ được đào tạo",
    "được đào tạo", "akan dilatih", "akan diajari", "akan diajarkan",
    # Roman Urdu and Hindi: "training denge", "hum sikha denge"
    "training denge", "training di jayegi", "sikha denge",
    # training the employer offers for it ("SAP B1 knowledge not required, training will be
    # provided", "Nu e necesară experiența cu InfoWorld, oferim instruire", "te capacitamos")
    "training will be provided", "training is provided", "training provided",
    "we provide training", "we offer training", "full training given", "te capacitamos",
    "te capacitaremos", "brindamos capacitación", "oferecemos treinamento",
    "oferim instruire", "oferim training", "oferim instruirea", "asigurăm instruire",
    "asigurăm training", "asigurăm instruirea", "zapewniamy szkolenie",
    "zapewniamy szkolenia", "kami berikan pelatihan", "akan diberikan pelatihan",
)  # fmt: skip

# Welcoming words that stand before what they welcome ("ideally in a consumer business", "bonus
# points if you've used Ray", "Будет здорово, если есть опыт с Kafka"); the other nice markers
# follow it ("Kafka is a plus") unless nothing stands before them ("Nice to have: Ray").
NICE_BEFORE_MARKERS: tuple[str, ...] = (
    "ideally", "preferably", "idealerweise", "idéalement", "bonus points", "bonus if",
    # "de preferencia en banca", "Sería genial si además sabes Python"
    "de preferencia", "preferentemente", "de preferência", "preferencialmente",
    "sería genial", "seria genial", "sería ideal", "seria ideal",
    "extra points", "suma si", "suma puntos", "suma mucho", "suma mucho si", "будет здорово",
    "было бы здорово", "будет круто", "было бы круто", "ưu tiên", "бажано", "желательно",
    # "Plus if you know React Native", "Schön wäre: ...", "Ce serait top si tu connais Celery",
    # "Fajnie, jeśli znasz Flutter", "extra credit for"
    "plus if", "good if", "nice if", "extra credit", "schön wäre", "ce serait top",
    "fajnie, jeśli", "fajnie jeśli", "fajnie, gdybyś", "fajnie gdybyś",
    # Turkish boards open a welcomed item with it: "Tercihen SMMM ruhsatına sahip"
    "tercihen",
    # id: "better if you have used ...": "Lebih bagus kalau kamu pernah pakai MLflow"
    "lebih bagus kalau", "lebih bagus jika", "lebih baik kalau", "lebih baik jika",
    "akan lebih baik jika", "akan lebih bagus jika",
)  # fmt: skip
NICE_MARKERS: tuple[str, ...] = (
    *NICE_BEFORE_MARKERS,
    "nice to have", "nice-to-have", "is a plus", "a plus", "a bonus", "is a bonus", "bonus",
    "preferred", "desirable", "would be great", "would be nice",
    "an advantage", "is an advantage", "optional", "good to have", "helpful",
    "added advantage", "real advantage", "would be a plus",
    "se valorará", "se valorara", "valorable", "deseable", "es un plus",
    "será un diferencial", "é um diferencial", "diferencial", "desejável", "desejáveis",
    "mile widziane", "mile widziana", "mile widziany", "będzie atutem", "atutem będzie",
    "będzie plusem", "dodatkowym atutem", "буде плюсом", "буде перевагою",
    "constituie un avantaj", "reprezintă un avantaj", "este un avantaj", "ar fi un plus",
    "un plus", "est un plus", "serait un plus", "apprécié", "appréciée", "souhaité",
    "souhaitable", "von vorteil", "wünschenswert", "ein plus",
    "là một lợi thế", "là lợi thế", "điểm cộng", "nilai tambah", "diutamakan",
    "lebih disukai", "nilai plus", "було б добре", "буде добре", "tercih sebebi",
    # ms: "Mandarin adalah satu kelebihan", "Power BI akan diberi keutamaan"
    "adalah kelebihan", "adalah satu kelebihan", "merupakan kelebihan",
    "merupakan satu kelebihan", "diberi keutamaan",
    "tercih edilir", "that's a plus", "love to hear about it",
    "big plus", "a big plus", "would be a big plus", "is a big plus", "also nice",
    # "would be a big advantage", "a definite plus", "advantageous"
    "a big advantage", "a great advantage", "a huge advantage", "a definite advantage",
    "a distinct advantage", "a strong advantage", "a definite plus", "a huge plus",
    "a great plus", "advantageous",
    "is an asset", "an asset", "will be an asset",
    "no excluyente", "não obrigatório", "wäre toll", "wäre schön", "est un atout",
    "un atout", "constitue un atout", "preferenziale", "як плюс", "как плюс", "(plus)",
    "will be added advantage", "not a must",
    # the Spanish verb of welcome in its forms ("Valoraremos que conozcas LightGBM", "Se
    # valora inglés", "sumás puntos si ...", folded) and the Italian words of advantage and
    # liking ("chi li ha già usati parte avvantaggiato", "sarebbe un bel vantaggio", "è
    # apprezzata la conoscenza di", "ci farebbe piacere se", "ancora meglio")
    "valoramos", "valoraremos", "valoraríamos", "se valora", "se valoran", "se valorarán",
    "será valorado", "será valorada", "serán valorados", "sumas puntos", "suman puntos",
    "un vantaggio", "un bel vantaggio", "un grande vantaggio", "avvantaggiato", "avvantaggiata",
    "avvantaggiati", "avvantaggiate", "apprezzato", "apprezzata", "apprezzati", "apprezzate",
    "apprezzabile", "ci farebbe piacere", "ancora meglio", "meglio ancora", "preferibilmente",
    "preferibile",
    "будет плюсом", "будет преимуществом", "приветствуется",
    "gradita", "gradito", "graditi", "gradite", "titolo preferenziale", "è un plus",
    "sarebbe un plus", "costituisce un plus", "(deseable)",
    # welcomed, not required: "(nie jest konieczne)", "no indispensable"
    "would be lovely", "no indispensable", "nie jest konieczne", "no es imprescindible",
    "não é imprescindível", "non è indispensabile", "non indispensabile",
    "n'est pas indispensable", "pas indispensable",
    "nicht zwingend", "pas obligatoire", "non obbligatorio", "tidak wajib",
    "tidak diwajibkan", "không bắt buộc", "nie jest wymagane",
    "не обязательно", "не обов'язково", "menjadi nilai tambah", "would be handy",
    "real plus", "is welcome", "are welcome", "welcome too", "would help", "mais-valia",
    # the word for "welcome" with its verb, in each language ("Experiência com Kafka é muito
    # bem-vinda", "será bienvenido", "est la bienvenue", "ist willkommen", "è benvenuta",
    # "este binevenită"): alone it greets the reader ("Bem-vindo à equipa")
    "é bem-vinda", "é bem-vindo", "é muito bem-vinda", "é muito bem-vindo", "será bem-vinda",
    "será bem-vindo", "são bem-vindos", "são bem-vindas", "serão bem-vindos",
    "es bienvenido", "es bienvenida", "será bienvenido", "será bienvenida", "son bienvenidos",
    "serán bienvenidos", "es muy bienvenido", "es muy bienvenida", "est le bienvenu",
    "est la bienvenue", "sont les bienvenus", "sont les bienvenues", "sera le bienvenu",
    "sera la bienvenue", "seront les bienvenus", "ist willkommen", "sind willkommen",
    "ist gern gesehen", "sind gern gesehen", "gerne gesehen", "è benvenuta", "è benvenuto",
    "sono benvenuti", "sono benvenute", "sarà benvenuta", "sarà benvenuto",
    "este binevenită", "este binevenit", "sunt binevenite", "sunt bineveniți",
    "va fi binevenită", "va fi binevenit",
    # ar: "معرفة بنظام WMS ميزة إضافية" (an added advantage)
    "ميزة إضافية", "ميزة اضافية", "يعتبر ميزة", "تعتبر ميزة",
    "uma mais-valia", "mais valia", "serait top",
    # a welcome said with a word of degree ("serait un vrai plus", "będzie dużym plusem", "e un
    # mare avantaj", "ist ein großes Plus", "é um grande diferencial", "là lợi thế lớn")
    "un vrai plus", "un gros plus", "un réel plus", "un véritable plus", "un atout majeur",
    "plusem", "atutem", "un mare avantaj", "un mare plus", "un avantaj important",
    "ein großes plus", "ein großer vorteil", "großer vorteil", "ein klarer vorteil",
    "um grande diferencial", "um baita diferencial", "un gran plus", "una gran ventaja",
    "lợi thế lớn", "великим плюсом", "значним плюсом", "a strong plus", "a major plus",
    # "all the better" after a condition on what it welcomes ("Si además conocés Kotlin, mucho
    # mejor", "se conhecer Terraform, melhor ainda", "wenn du Flink kennst, umso besser",
    # "jeśli znasz Rust, tym lepiej")
    "all the better", "so much the better", "mucho mejor", "tanto mejor", "mejor aún",
    "aún mejor", "todavía mejor", "melhor ainda", "ainda melhor", "tanto melhor",
    "tanto meglio", "tant mieux", "encore mieux", "umso besser",
    "um so besser", "desto besser", "tym lepiej", "jeszcze lepiej", "тим краще", "ще краще",
    "тем лучше", "еще лучше", "cu atât mai bine", "și mai bine", "càng tốt", "lebih baik lagi",
    # "Kubernetes is not required", "Portuguese not required", "... but is not required"
    *NOT_REQUIRED_MARKERS,
)  # fmt: skip

# Said of a sentence in running text: it states what the hire must bring (posts pasted as one
# paragraph have no headings).
MUST_MARKERS: tuple[str, ...] = (
    "required skills", "requirements", "required", "must have", "you have", "you bring",
    "we expect", "you should have", "we are looking for", "we're looking for", "you need",
    "you'll need", "qualifications", "experience with", "experience in", "proficiency in",
    "the person we want", "we want someone", "you should", "should be able to", "has at least",
    "have at least", "years of experience", "is a must", "are a must", "is required",
    "are required", "we need", "is essential", "are essential",
    "requisitos", "requerimos", "buscamos", "necesitamos", "imprescindible", "exigimos",
    "procuramos", "precisamos", "exigimos", "obrigatório", "obrigatórios", "obrigatória",
    "obrigatórias",
    "wymagamy", "oczekujemy", "wymagania", "wymagana", "wymagane", "wymagany",
    "вимоги", "очікуємо", "необхідно", "вимагаємо", "обов'язково", "обов’язково",
    "cerințe", "cerinte", "căutăm", "solicităm", "necesar",
    "nous recherchons", "exigé", "exigences", "requis", "requise", "indispensable",
    "vous maîtrisez", "vous avez",
    "anforderungen", "voraussetzung", "erwarten", "du bringst", "sie bringen", "du hast",
    "yêu cầu", "bắt buộc", "thành thạo", "persyaratan", "kualifikasi", "wajib", "menguasai",
    "memiliki", "what matters most", "has to be", "hona chahiye", "aranan",
    # what the reader must have, said to them in Spanish and Italian ("Es importante que
    # conozcas GLM", "que manejes Excel", "Tenés que conocer algún WMS", "deve essere almeno
    # buono")
    "es importante que", "es fundamental que", "que tengas", "que conozcas", "que sepas",
    "que manejes", "que domines", "que hables", "tienes que", "tenes que", "è importante che",
    "è fondamentale che", "che tu abbia", "che abbia", "che conosca", "che sappia",
    "deve essere", "devi avere", "devi conoscere", "devi saper", "se necesita",
    "se necesitan",
    "требования", "требуется", "необходимо", "обязательно", "ищем",
)  # fmt: skip

# A sentence that describes the job or the offer, not the hire.
DUTY_MARKERS: tuple[str, ...] = (
    "you will", "you'll", "your responsibilities", "your tasks", "vas a", "harás",
    "você vai", "você irá", "będziesz", "twoje zadania", "ти будеш", "ви будете", "vei",
    "vous serez", "tu seras", "vous allez", "du wirst", "sie werden", "bạn sẽ", "anda akan",
)  # fmt: skip
OFFER_MARKERS: tuple[str, ...] = (
    "we offer", "ofrecemos", "oferecemos", "oferujemy", "пропонуємо", "oferim",
    "nous offrons", "nous proposons", "wir bieten", "chúng tôi cung cấp", "kami menawarkan",
    "kami menyediakan",
    # a budget the employer gives for the hire's own use ("Equipment budget, a Notion workspace
    # ..."): a perk, and the tools it names come with the job
    "equipment budget", "learning budget", "training budget", "home office budget",
    "home-office budget", "conference budget", "wellness budget", "education budget",
)  # fmt: skip

# The last word of a requirement that names a body of law ("tax laws", "labour legislation"): a
# country's adjective or one of `JURISDICTION_WORDS` before it belongs to what is asked ("Kenyan
# tax laws" is not tax law anywhere).
LAW_NOUNS: tuple[str, ...] = (
    "law", "laws", "legislation", "regulation", "regulations", "statutes",
)  # fmt: skip
JURISDICTION_WORDS: tuple[str, ...] = (
    "local", "national", "federal", "domestic", "state", "provincial", "county",
)  # fmt: skip
