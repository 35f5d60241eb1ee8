"""Spoken-language words: language names as the ten hiring-region languages write them (with
their declined forms), level words mapped to CEFR or native/fluent/professional, and the verbs
and labels that make a name a statement about speaking it. The résumé reader and the post reader
(`posts/words.py`) read language names from this one table."""

from __future__ import annotations

# English name -> how people name the language in en, es, pt, pl, uk (and ru), ro, fr, de, vi, id
# (and it, tr, and the first names in ar, th, ms, hu, sr, bg, and in zh, ja, ko, hi: their own
# scripts).
NAMES: dict[str, tuple[str, ...]] = {
    "English": (
        "kiingereza",  # Swahili
        "الإنجليزية", "الانجليزية", "الإنكليزية", "اللغة الإنجليزية", "ภาษาอังกฤษ",
        # the adjective Egyptian posts write ("إنجليزي متوسط": intermediate English)
        "إنجليزي", "انجليزي",
        "bahasa inggeris", "inggeris", "angol", "енглески", "engleski", "английски",
        "english", "inglés", "ingles", "inglês", "angielski", "angielskiego", "angielskim",
        "angielsku", "język angielski", "англійська", "англійської", "англійською",
        "англійську", "английский", "английского", "английским", "engleză", "engleza",
        "englezei", "limba engleză", "anglais", "englisch", "englischkenntnisse", "tiếng anh",
        "anh ngữ", "bahasa inggris", "inggris",
        "английский язык", "английским", "английском", "ingilizce", "i̇ngilizce",
        "ingilizcem", "i̇ngilizcem",  # "İngilizcem ileri seviyede": my English
        "inglese",
    ),
    "Spanish": (
        "الإسبانية", "шпански", "španski", "испански", "ภาษาสเปน",
        "spanish", "español", "castellano", "espanhol", "hiszpański", "hiszpańskiego",
        "hiszpańsku", "іспанська", "іспанської", "испанский", "spaniolă", "spaniola", "espagnol",
        "spanisch", "tiếng tây ban nha", "bahasa spanyol", "spanyol",
        "испанского", "ispanyolca", "ispanyolcam", "i̇spanyolcam",
        "spagnolo",
    ),
    "Portuguese": (
        "portuguese", "portugués", "português", "portugalski", "portugalskiego", "portugalsku",
        "португальська", "португальский", "portugheză", "portugheza", "portugais",
        "portugiesisch", "tiếng bồ đào nha", "bahasa portugis", "portugis",
        "португальского", "portekizce",
        "portoghese",
    ),
    "Polish": (
        "polish", "polaco", "polonês", "polski", "polskiego", "polsku", "język polski",
        "польська", "польської", "польский", "poloneză", "poloneza", "polonais", "polnisch",
        "tiếng ba lan", "bahasa polandia",
        "польского", "lehçe",
        "polacco",
    ),
    "Ukrainian": (
        "ukrainian", "ucraniano", "ucraniana", "ukraiński", "ukraińskiego", "ukraińsku",
        "українська", "української", "українською", "украинский", "ucraineană", "ucraineana",
        "ukrainien", "ukrainisch", "tiếng ukraina", "bahasa ukraina",
        "украинского", "украинским", "украинский язык", "ukraynaca",
        "ucraino",
    ),
    "Russian": (
        "руски", "ruski", "orosz", "الروسية", "ภาษารัสเซีย",
        "russian", "ruso", "russo", "rosyjski", "rosyjskiego", "rosyjsku", "російська",
        "російської", "русский", "русского", "rusă", "rusa", "russe", "russisch", "tiếng nga",
        "bahasa rusia",
        "русский язык", "русским", "rusça", "rusçam",
    ),
    "Romanian": (
        "romanian", "rumano", "romeno", "rumuński", "rumuńskiego", "румунська", "румынский",
        "română", "limba română", "moldovenească", "roumain", "rumänisch", "tiếng rumani",
        "bahasa rumania",
        "румынского", "romence",
        "rumeno",
    ),
    "French": (
        "kifaransa",  # Swahili
        "الفرنسية", "اللغة الفرنسية", "ภาษาฝรั่งเศส", "француски", "френски",
        "french", "francés", "francês", "francuski", "francuskiego", "francusku", "французька",
        "французької", "французский", "franceză", "franceza", "français", "französisch",
        "tiếng pháp", "bahasa prancis", "bahasa perancis", "prancis", "perancis",
        "французского", "fransızca", "fransızcam",
        "francese",
    ),
    "German": (
        "الألمانية", "ภาษาเยอรมัน", "német", "немачки", "nemački", "njemački",
        "немски",
        "german", "alemán", "alemão", "niemiecki", "niemieckiego", "niemiecku", "німецька",
        "німецької", "німецькою", "немецкий", "germană", "germana", "allemand", "deutsch",
        "deutschkenntnisse", "tiếng đức", "bahasa jerman", "jerman",
        "немецкого", "немецким", "almanca", "almancam",
        "tedesco",
    ),
    "Italian": (
        "الإيطالية", "olasz", "италијански", "italijanski", "италиански",
        "italian", "italiano", "włoski", "włoskiego", "włosku", "італійська", "итальянский",
        "italiană", "italien", "italienisch", "tiếng ý", "bahasa italia",
        "итальянского", "italyanca",
    ),
    "Vietnamese": (
        "vietnamese", "vietnamita", "wietnamski", "в'єтнамська", "вьетнамский", "vietnameză",
        "vietnamien", "vietnamesisch", "tiếng việt", "bahasa vietnam",
    ),
    "Indonesian": (
        "indonesian", "indonesio", "indonésio", "indonezyjski", "індонезійська",
        "indoneziană", "indonésien", "indonesisch", "tiếng indonesia", "bahasa indonesia",
    ),
    "Malay": ("malay", "bahasa melayu", "bahasa malaysia", "melayu", "malais", "malaiisch"),
    "Chinese": (
        "中文", "汉语", "漢語", "普通话", "普通話",
        "ภาษาจีน", "الصينية", "bahasa cina", "kínai", "кинески", "китайски",
        "chinese", "mandarin", "mandarín", "mandarim", "cantonese", "cantonés", "chino",
        "chinês", "chiński", "китайська", "китайский", "chineză", "chinois", "chinesisch",
        "tiếng trung", "tiếng hoa", "bahasa mandarin", "bahasa tionghoa",
        "китайского", "çince",
        "cinese",
    ),
    "Japanese": (
        "日本語", "日本语", "ภาษาญี่ปุ่น", "اليابانية", "bahasa jepun", "japán", "јапански", "японски",
        "japanese", "japonés", "japonês", "japoński", "японська", "японский", "japoneză",
        "japonais", "japanisch", "tiếng nhật", "bahasa jepang",
        "японского", "japonca",
        "giapponese",
    ),
    "Korean": (
        "한국어", "조선어",
        "korean", "coreano", "koreański", "корейська", "корейский", "coreeană", "coréen",
        "koreanisch", "tiếng hàn", "bahasa korea",
        "корейского", "korece",
    ),
    "Arabic": (
        "العربية", "اللغة العربية", "ภาษาอาหรับ", "арапски", "arapski",
        "arabic", "árabe", "arabski", "арабська", "арабский", "arabă", "arabe", "arabisch",
        "tiếng ả rập", "bahasa arab",
        "арабского", "arapça", "arapçam",
        "arabo",
    ),
    "Dutch": (
        "dutch", "neerlandés", "holandés", "holandês", "neerlandês", "niderlandzki",
        "holenderski", "нідерландська", "голландська", "olandeză", "néerlandais",
        "niederländisch", "tiếng hà lan", "bahasa belanda",
        "нидерландский", "голландский", "hollandaca", "flemenkçe",
        "olandese",
    ),
    "Turkish": (
        "التركية", "török", "турски", "turski",
        "turkish", "turco", "turecki", "турецька", "турецкий", "turcă", "turc", "türkisch",
        "tiếng thổ nhĩ kỳ", "bahasa turki",
        "турецкого", "türkçe",
    ),
    "Czech": ("czech", "checo", "tcheco", "czeski", "чеська", "cehă", "tchèque", "tschechisch",
              "чешский", "çekçe"),
    "Slovak": ("slovak", "eslovaco", "słowacki", "словацька", "slovacă", "slovaque", "slowakisch"),
    "Hungarian": ("magyar", "мађарски", "mađarski", "унгарски", "hungarian", "húngaro", "węgierski",
                  "угорська", "maghiară", "hongrois",
                  "ungarisch"),
    "Serbian": ("српски", "srpski", "szerb", "сръбски", "serbian", "serbio", "sérvio", "serbski",
                "сербська", "sârbă", "serbe",
                "serbisch", "srpski", "сербский", "sırpça"),
    "Croatian": ("croatian", "croata", "chorwacki", "хорватська", "croată", "croate",
                 "kroatisch", "hrvatski"),
    "Bulgarian": ("български", "бугарски", "bugarski", "bolgár", "bulgarian", "búlgaro",
                  "bułgarski", "болгарська", "bulgară", "bulgare",
                  "bulgarisch", "болгарский", "bulgarca"),
    "Greek": ("greek", "griego", "grego", "grecki", "грецька", "greacă", "grec", "griechisch",
              "греческий", "yunanca", "greco"),
    "Hebrew": ("hebrew", "hebreo", "hebraico", "hebrajski", "іврит", "ebraică", "hébreu",
               "hebräisch", "иврит", "İbranice"),
    "Belarusian": ("belarusian", "białoruski", "білоруська", "bielorruso", "белорусский",
                   "belarusça"),
    "Lithuanian": ("lithuanian", "litewski", "литовська", "lituanien", "litauisch"),
    "Swedish": ("swedish", "sueco", "szwedzki", "шведська", "suedeză", "suédois", "schwedisch"),
    "Norwegian": ("norwegian", "noruego", "norueguês", "norweski", "норвезька", "norvégien",
                  "norwegisch"),
    "Danish": ("danish", "danés", "dinamarquês", "duński", "данська", "danois", "dänisch"),
    "Finnish": ("finnish", "finlandés", "finlandês", "fiński", "фінська", "finlandeză",
                "finnois", "finnisch"),
    "Catalan": ("catalan", "catalán", "català", "catalão", "kataloński", "katalanisch"),
    "Hindi": ("हिंदी", "हिन्दी", "hindi", "хінді", "tiếng hindi", "bahasa hindi", "хинди"),
    "Bengali": ("bengali", "bangla", "бенгальська"),
    "Urdu": ("urdu",),
    "Tamil": ("tamil",),
    "Telugu": ("telugu",),
    "Marathi": ("marathi",),
    "Punjabi": ("punjabi",),
    "Gujarati": ("gujarati",),
    "Kannada": ("kannada",),
    "Malayalam": ("malayalam",),
    "Odia": ("odia", "oriya"),
    "Nepali": ("nepali",),
    "Sinhala": ("sinhala", "sinhalese"),
    "Thai": ("ภาษาไทย", "تايلاندية", "thai", "tailandés", "tailandês", "tajski", "тайська", "thaï",
             "thailändisch",
             "tiếng thái", "bahasa thailand"),
    "Khmer": ("khmer", "tiếng khmer"),
    "Persian": ("persian", "farsi", "persa", "perski", "перська", "persan", "persisch",
                "персидский", "фарси", "farsça"),
    "Swahili": ("swahili", "kiswahili", "suajili", "suaíli", "suahili"),
    "Luo": ("dholuo", "luo"),
    "Kikuyu": ("kikuyu", "gikuyu", "gĩkũyũ"),
    # Kenya's other large languages, as Kenyan CVs name them beside Kiswahili
    "Luhya": ("luhya", "luluhya", "oluluhya"),
    "Kamba": ("kamba", "kikamba"),
    "Kalenjin": ("kalenjin",),
    "Gusii": ("gusii", "ekegusii"),
    "Giriama": ("giriama", "kigiriama"),
    "Yoruba": ("yoruba",),
    "Igbo": ("igbo",),
    "Hausa": ("hausa",),
    # Nigeria's lingua franca: "Pidgin - Fluent" (ISO 639-3 pcm)
    "Nigerian Pidgin": ("nigerian pidgin", "pidgin", "pidgin english"),
    "Twi": ("twi", "asante twi"),
    # West and Central Africa, as French CVs from Senegal, Côte d'Ivoire and Cameroon name them
    "Wolof": ("wolof", "ouolof"),
    "Serer": ("serer", "sérère", "sereer"),
    "Fula": ("fula", "fulani", "peul", "pulaar", "poular", "fulfulde"),
    "Dyula": ("dyula", "dioula", "jula"),
    "Baoulé": ("baoulé", "baoule", "baule"),
    "Bambara": ("bambara", "bamanankan"),
    "Mandinka": ("mandinka", "mandingue", "malinké", "malinke"),
    "Soninke": ("soninke", "soninké", "sarakolé"),
    "Mossi": ("mooré", "moore", "mossi"),
    "Lingala": ("lingala",),
    "Ewondo": ("ewondo",),
    "Basaa": ("basaa", "bassa"),
    "Sango": ("sango",),
    "Kirundi": ("kirundi", "rundi"),
    "Malagasy": ("malagasy", "malgache"),
    "Berber": ("berber", "berbère", "amazigh", "tamazight", "tachelhit", "tarifit"),
    "Kabyle": ("kabyle", "kabyl", "taqbaylit"),  # ISO 639-3 kab, Algeria's largest Berber one
    # Mozambique and South Africa: "changana" in Portuguese
    "Tsonga": ("tsonga", "xitsonga", "changana", "shangaan"),
    "Ewe": ("ewe",),
    "Fon": ("fon", "fongbe"),  # Benin's most spoken language
    "Shona": ("shona",),
    "Kinyarwanda": ("kinyarwanda",),
    "Amharic": ("amharic",),
    "Somali": ("somali",),
    "Zulu": ("zulu", "isizulu"),
    "Xhosa": ("xhosa", "isixhosa"),
    # South Africa's and Botswana's Sotho-Tswana languages, in English or in their own names
    "Tswana": ("tswana", "setswana"),
    "Southern Sotho": ("southern sotho", "sesotho", "sotho"),
    "Northern Sotho": ("northern sotho", "sepedi", "sesotho sa leboa"),
    "Afrikaans": ("afrikaans",),
    "Tagalog": ("tagalog",),
    "Filipino": ("filipino", "wikang filipino"),
    "Cebuano": ("cebuano", "bisaya"),
    "Ilocano": ("ilocano", "ilokano", "iloko"),
    "Javanese": ("javanese", "bahasa jawa"),
    "Sundanese": ("sundanese", "bahasa sunda"),
    "Georgian": ("georgian", "грузинский", "gürcüce"),
    "Armenian": ("armenian", "армянский", "ermenice"),
    "Azerbaijani": ("azerbaijani", "азербайджанский", "azerice", "azerbaycan türkçesi"),
    "Kazakh": ("kazakh", "казахский", "қазақ тілі", "kazakça"),
    "Uzbek": ("uzbek", "узбекский", "o'zbek tili", "özbekçe"),
    "Albanian": ("albanian", "albanese"),
    "Macedonian": ("macedonian",),
    "Slovenian": ("slovenian", "slovene"),
    "Latvian": ("latvian",),
    "Kyrgyz": ("kyrgyz", "kirghiz", "кыргызский", "киргизский", "kırgızca"),
    "Tatar": ("tatar", "татарский", "tatarca"),
    "Tajik": ("tajik", "таджикский", "tacikçe"),
    "Kurdish": ("kurdish", "курдский", "kürtçe"),
    "Estonian": ("estonian",),
}  # fmt: skip

# Level words -> a CEFR level, native/fluent/professional, or the level word people use (basic,
# intermediate, conversational, advanced: kept as the word, not turned into a CEFR level the text
# never states). Longer phrases are tried first.
LEVELS: dict[str, str] = {
    **{w: "native" for w in (
        "native", "native speaker", "mother tongue", "first language", "home language", "nativo",
        "nativa", "nativos", "nativas", "natives", "lengua materna", "idioma materno",
        "língua materna", "materna", "materno", "maternos", "ojczysty", "język ojczysty",
        "ojczysta", "рідна", "рідний", "рідна мова", "родной", "nativ", "nativă",
        "limba maternă", "maternă", "langue maternelle", "maternelle", "natif",
        "langues maternelles", "maternelles",  # "Wolof, sérère : langues maternelles"
        "muttersprache", "muttersprachlich", "erstsprache", "bản ngữ", "tiếng mẹ đẻ",
        "bahasa ibu", "penutur asli", "madrelingua", "lingua madre", "lugha ya mama",
        "родная", "родные", "родной язык", "ana dil", "ana dili", "anadil",
        "اللغة الأم", "لغة أم", "اللغة الام", "ภาษาแม่", "anyanyelv", "anyanyelvi", "anyanyelvem",
        "матерњи", "матерњи језик", "maternji", "maternji jezik", "майчин", "майчин език",
    )},
    **{w: "fluent" for w in (
        "fluent", "fluently", "fluency", "proficient", "excellent",
        # "bilingue", "Bilingüe español-inglés": both at a high level, neither said to be the
        # mother tongue (LinkedIn's "Native or Bilingual" reads "native" first)
        "bilingual", "bilingue", "bilingüe", "bilíngue", "bilingv", "dwujęzyczny",
        "свободно", "свободный", "свободное владение", "akıcı", "akıcı seviyede",
        "fluido", "fluida", "con fluidez", "fluidez", "fluente", "fluência", "excelente",
        "biegły", "biegle", "biegła", "biegłym", "biegłość", "płynny", "płynnie", "вільно",
        "вільне володіння", "вільний", "вільна", "fluentă", "fluență", "excelent", "courant",
        "couramment", "courants", "courantes", "fluide", "fließend", "verhandlungssicher",
        "ausgezeichnet",
        "بطلاقة", "طلاقة", "ممتاز", "folyékony", "folyékonyan", "tárgyalóképes", "течно", "tečno",
        "свободно владеене",
        "thành thạo", "lưu loát", "trôi chảy", "fasih", "lancar", "aktif", "ottimo", "ottima",
        "eccellente",
        "kwa ufasaha",
        # French CVs: "Anglais : lu, écrit, parlé" (commas read as spaces, see spoken_languages)
        "lu écrit parlé", "lu parlé écrit", "écrit lu parlé", "parlé lu écrit",
    )},
    **{w: "professional" for w in (
        "full professional", "professional working", "working proficiency", "working knowledge",
        "professional", "profesional", "profissional", "робочий", "робочий рівень",
        "professionnel", "beruflich", "activo",
    )},
    # Words keep their word: a reader who sees "avanzado" records "advanced", not a CEFR level
    # the text never states.
    **{w: "advanced" for w in (
        "advanced", "avanzado", "avanzada", "avançado", "avançada", "zaawansowany",
        "zaawansowana", "zaawansowanym", "просунутий", "avansat", "avansată", "avancé", "avancée",
        "fortgeschritten", "nâng cao", "lanjutan", "tingkat lanjut", "mahir",
        "продвинутый", "ileri", "ileri seviye", "ileri düzey", "çok iyi", "ileri seviyede",
        "ileri düzeyde",
        "avanzato", "avanzata",
        "متقدم", "haladó", "felsőfok", "felsőfokú", "напредни", "napredni", "напреднало",
    )},
    **{w: "C1" for w in (
        "very good", "muy bueno", "muito bom", "bardzo dobry", "bardzo dobra", "високий",
        "дуже добре", "foarte bine", "très bon", "très bien", "sehr gut", "sehr gute",
        "rất tốt", "sangat baik",
        "в совершенстве", "molto buono", "molto buona",
        "ดีมาก",  # very good: the highest of a Thai job board's levels
    )},
    **{w: "B2" for w in (
        "upper intermediate", "upper-intermediate", "good", "intermedio alto",
        "intermedio-alto", "bueno", "intermediário avançado", "intermédio avançado", "bom",
        "średnio zaawansowany", "średniozaawansowany wyższy", "dobry", "dobra", "dobrze",
        "вище середнього", "добрий", "добре", "intermediar avansat", "bine",
        "intermédiaire avancé", "bon", "bonne", "gut", "gute", "gute kenntnisse", "tốt",
        "khá", "baik", "buono", "buona",
        "средне-продвинутый", "выше среднего",
        "ดี",  # good
    )},
    **{w: "intermediate" for w in (
        "intermediate", "intermedio", "intermediário", "intermédio", "średniozaawansowany",
        "średni", "średnim", "średniozaawansowanym", "середній", "intermediar", "mediu",
        "nivel mediu", "intermédiaire",
        "mittelstufe", "mittel", "trung cấp", "trung bình", "menengah", "moyen", "niveau moyen",
        "средний", "средний уровень", "orta", "orta seviye", "orta düzey", "orta seviyede",
        "orta düzeyde", "discreto", "discreta", "ปานกลาง",
        "متوسط", "középfok", "középfokú", "средњи", "srednji", "средно", "средно ниво",
    )},
    **{w: "conversational" for w in (
        "conversational", "conversacional", "conversação", "komunikatywny", "komunikatywnie",
        "komunikatywnym",
        "розмовний", "розмовна", "conversațional", "conversationnel", "giao tiếp", "percakapan",
        "разговорный", "разговорная",
    )},
    **{w: "A2" for w in (
        "elementary", "pre-intermediate", "limited", "elemental", "pre-intermedio",
        "elementar", "elementarny", "елементарний", "нижче середнього", "élémentaire",
        "элементарный", "ниже среднего",
    )},
    **{w: "basic" for w in (
        "basic", "beginner", "básico", "básica", "principiante", "iniciante", "podstawowy",
        "podstawowa", "początkujący", "базовий", "базовий рівень", "початковий",
        "початковий рівень", "базова", "базовою", "de bază", "începător", "débutant",
        "notions", "niveau scolaire", "scolaire", "podstawowym", "anfänger", "base", "di base",
        "elementare", "scolastico", "sufficiente",
        "scolastica",
        "grundlagen", "grundkenntnisse", "schulkenntnisse", "cơ bản", "sơ cấp", "dasar", "pemula",
        "pasif",
        "базовый", "базовый уровень", "начальный", "начальный уровень", "başlangıç",
        "başlangıç seviyesi", "temel", "temel seviye", "başlangıç seviyesinde", "temel seviyede",
        "مبتدئ", "أساسي", "alapfok", "alapfokú", "alapszint", "основни", "osnovni", "основни ниво",
        "osnovni nivo", "основно", "начинаещ",
        "พอใช้",  # fair: the lowest of a Thai job board's three levels
    )},
}  # fmt: skip

# Level words that only count written just before a name ("a little French", "some Spanish"):
# after a name they are everyday words ("English with some clients"). Not evidence of speaking
# on their own either: "some Spanish clients" needs a speaking cue.
LEVELS_BEFORE: dict[str, str] = {
    "a little": "basic", "a bit of": "basic", "some": "basic", "little": "basic",
    "un peu de": "basic", "un peu d'": "basic", "un peu d’": "basic", "un poco de": "basic",
    "um pouco de": "basic", "trochę": "basic", "ein wenig": "basic", "etwas": "basic",
    "algo de": "basic", "alguma coisa de": "basic", "quelques notions de": "basic",
    "quelques notions d'": "basic", "notions de": "basic", "notions d'": "basic",
    "notions d’": "basic",
}  # fmt: skip

# Nouns between a level and the name: "basic knowledge of German", "good command of English".
LEVEL_NOUNS: tuple[str, ...] = (
    "knowledge", "command", "understanding", "grasp", "proficiency", "skills",
)  # fmt: skip

# Verbs and labels that make a language name a statement about speaking it.
SPEAK_CUES: tuple[str, ...] = (
    "speak", "speaks", "speaking", "spoken", "languages", "language", "hablo", "idiomas",
    "znam", "znam język",
    "idioma", "lenguas", "falo", "línguas", "mówię", "języki", "język", "znajomość języka",
    "znajomość języków", "розмовляю", "володію", "мови", "мова", "знання мов", "vorbesc",
    "limbi", "limbi străine", "limba", "je parle", "parle", "langues", "ich spreche",
    "spreche", "sprachen", "sprachkenntnisse", "nói", "ngoại ngữ", "ngôn ngữ", "berbicara",
    "bahasa", "kemampuan bahasa", "parlo", "lingue", "lingua",
    "языки", "знание языков", "владею", "говорю", "diller", "yabancı dil", "konuşuyorum",
    "biliyorum", "lugha",
)  # fmt: skip

# What a person says they do in a language, without a level: "Tiếng Anh: đọc hiểu tài liệu"
# (reads documents), "English: reading and writing", "Inglés: lectura técnica".
USE_WORDS: tuple[str, ...] = (
    "read", "reading", "write", "writing", "understand", "understanding", "lectura",
    "escritura", "comprensión", "leo", "escribo", "entiendo", "leitura", "escrita",
    "compreensão", "leio", "escrevo", "entendo", "lecture", "compréhension", "je lis",
    "czytanie", "pisanie", "rozumienie", "czytam", "rozumiem", "читання", "читаю", "розумію",
    "письмо", "citit", "citire", "scris", "înțeleg", "đọc hiểu", "đọc", "viết", "membaca",
    "menulis", "memahami", "lesen", "schreiben", "verstehen",
    # the rows of the old European CV's self-assessment grid
    "reading skills", "writing skills", "verbal skills", "speaking skills", "listening skills",
    "spoken interaction", "spoken production", "lettura",
    "scrittura", "espressione orale", "écriture", "expression orale", "expresión oral",
    "expressão oral", "sprechen", "mówienie",
)  # fmt: skip

# Communicating, said beside a language's name in a job post: how the language is used ("clear
# communication in English", "Tiếng Anh giao tiếp tốt", "bisa komunikasi dalam bahasa Inggris"),
# not a skill asked of its own, unlike "communication skills".
COMMUNICATION_WORDS: tuple[str, ...] = (
    "communication", "communicate", "communicating", "comunicación", "comunicarse",
    "comunicação", "comunicar", "comunicare", "communiquer", "kommunikation", "komunikacja",
    "komunikatywny", "komunikatywnym", "komunikatywnie", "комунікація", "комунікації",
    "спілкування", "общение", "общения", "giao tiếp", "komunikasi", "berkomunikasi",
    "iletişim",
)  # fmt: skip

# Using a language at work is weak evidence of it ("I work in English daily"); it reads as
# professional working proficiency, the level the ILR scale gives daily professional use.
WORK_CUES: tuple[str, ...] = (
    "work in", "working in", "worked in", "working language", "work language",
    "daily in", "communicate in", "communicating in", "communication in", "trabajo en",
    "trabajé en", "trabalho em", "trabalhei em", "pracuję po", "pracowałem po",
    "pracowałam po", "працюю", "lucrez în", "am lucrat în", "je travaille en",
    "travaillé en", "ich arbeite auf", "arbeitssprache", "làm việc bằng", "bekerja dalam",
    "bahasa kerja", "lavoro in",
)  # fmt: skip

# Words that join languages sharing one level ("English and Swahili fluently").
JOINERS: tuple[str, ...] = (
    "and", "y", "e", "i", "oraz", "та", "і", "й", "și", "si", "et", "und", "và", "dan", "&",
    "и", "ve", "ed",
)  # fmt: skip

# Names that are also programming languages or common words: never a spoken language.
NOT_LANGUAGES: frozenset[str] = frozenset({
    "java", "go", "golang", "rust", "ruby", "swift", "kotlin", "scala", "julia", "dart",
    "elixir", "erlang", "haskell", "lua", "perl", "php", "python", "bash", "shell", "sql",
    "html", "css", "matlab", "fortran", "pascal", "cobol", "lisp", "prolog", "ada", "basic",
    "crystal", "nim", "zig", "solidity", "groovy", "apex", "c", "r", "even", "are", "label",
    "mono", "pal", "bit", "ron", "tonga",
})  # fmt: skip

# Languages named by their people's island or country in a list that already says it lists
# languages: Indonesian CVs drop "bahasa" ("Bahasa: Indonesia (bahasa ibu), Jawa, Inggris"), Thai
# ones "ภาษา" ("ภาษา: ไทย - ภาษาแม่, อังกฤษ - พอใช้"). Only under a languages heading: elsewhere
# "Indonesia", "Jawa" and "ไทย" are places or peoples. Keys as `fold` leaves them.
LISTED_FORMS: dict[str, str] = {
    "indonesia": "Indonesian", "jawa": "Javanese", "sunda": "Sundanese", "melayu": "Malay",
    "ไทย": "Thai", "อังกฤษ": "English",
}  # fmt: skip
