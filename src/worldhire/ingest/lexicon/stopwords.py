"""Function words and letters that tell the hiring regions' languages apart, for language
detection. Each list holds the words most frequent in résumé and job-post prose of that language
(articles, prepositions, pronouns, auxiliaries, and a few résumé words such as "years" and
"experience"); diacritic-free spellings are added by the detector, for text typed without them.
Russian is here so Russian text is not read as Ukrainian."""

from __future__ import annotations

STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "the", "and", "of", "to", "in", "a", "for", "with", "on", "at", "is", "was", "i", "my",
        "as", "by", "from", "that", "this", "an", "are", "we", "have", "has", "be", "it", "our",
        "using", "years", "experience", "team", "worked", "built", "led", "developed", "which",
        "into", "across", "over", "per", "including", "currently", "responsible", "will",
        "you", "your", "looking", "based", "work", "working", "role", "s", "t", "ll", "ve",
        "m", "english", "fluent",
    ),
    "es": (
        "el", "la", "los", "las", "de", "del", "y", "en", "con", "para", "por", "un", "una",
        "que", "es", "se", "como", "al", "mi", "mis", "más", "sobre", "años", "experiencia",
        "trabajo", "desarrollo", "también", "su", "sus", "fue", "he", "desde", "actualmente",
        "equipo", "empresa", "proyectos", "datos", "busco", "soy", "tengo", "entre", "hasta",
        "nuestro", "nuestra", "muy", "este", "esta",
    ),
    "pt": (
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos",
        "nas", "com", "para", "por", "um", "uma", "que", "é", "não", "ao", "à", "mais", "como",
        "sou", "meu", "minha", "anos", "experiência", "trabalho", "desenvolvimento", "também",
        "pelo", "pela", "atualmente", "equipe", "empresa", "projetos", "dados", "tenho",
        "atuei", "atuo", "até", "você", "nosso", "nossa", "inglês", "espanhol", "fluente",
        "disponível", "início", "sem", "sobre", "entre", "pra",
    ),
    "pl": (
        "i", "w", "z", "na", "do", "nie", "się", "że", "jest", "to", "od", "o", "oraz", "dla",
        "jako", "po", "przy", "przez", "roku", "lat", "pracy", "doświadczenie", "jestem", "mam",
        "zespole", "projektów", "który", "która", "które", "firmie", "obecnie", "danych",
        "systemów", "ze", "we", "pracowałem", "pracowałam", "odpowiedzialny", "tym", "czy",
        "bardzo", "szukam", "nasz", "twoje",
    ),
    "uk": (
        "і", "в", "у", "на", "з", "та", "що", "до", "для", "не", "як", "це", "від", "за",
        "по", "я", "мене", "роботи", "досвід", "років", "також", "який", "яка", "які",
        "розробка", "розробки", "компанії", "команді", "даних", "зараз", "працюю", "працював",
        "працювала", "маю", "було", "щоб", "ми", "наш", "ви", "вашої", "із", "зі", "під",
    ),
    "ru": (
        "и", "в", "на", "с", "что", "не", "по", "для", "как", "это", "от", "за", "я", "работы",
        "опыт", "лет", "также", "который", "которая", "разработка", "компании", "команде",
        "данных", "сейчас", "работаю", "работал", "было", "чтобы", "мы", "наш", "вы", "из",
        "под", "года", "год", "или",
        # Russian where Ukrainian writes otherwise (тільки, його, мені, де, коли, знання ...)
        "к", "о", "об", "только", "его", "её", "ее", "их", "мне", "меня", "был", "была",
        "были", "будет", "есть", "но", "если", "более", "ещё", "еще", "знание", "уровне",
        "языка", "навыки", "команде", "командой", "месяцев", "году", "этом", "где", "когда",
        "занимался", "занималась", "участвовал", "участвовала", "владею", "готов", "готова",
        "ищу", "требуется", "обязательно", "желательно", "удаленно", "удалённо", "руководил",
        "руководила", "внедрил", "внедрила", "разработал", "разработала", "разработчик",
        "разработчиков", "построение", "написание", "проекте", "проектах",
    ),
    "tr": (
        "ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "gibi", "daha", "çok",
        "en", "az", "yıl", "yıllık", "deneyim", "deneyimi", "üzerine", "ben", "biz", "ekibimize",
        "arıyoruz", "geliştirdim", "çalışıyorum", "çalıştım", "kullanarak", "iyi", "derecede",
        "bilen", "ve", "veya", "her", "tüm", "sonra", "önce", "kadar", "ise", "mi", "ya",
        "icin", "uzerine", "calisiyorum", "gelistirdim", "yonetimi", "takibi", "hizmetleri",
        "modeli", "tabanlı", "tabanli", "süresi", "suresi", "tahmini",
    ),
    "ro": (
        "și", "în", "de", "la", "cu", "pe", "pentru", "din", "care", "este", "un", "o", "al",
        "ale", "ai", "mai", "sunt", "am", "ani", "experiență", "dezvoltare", "echipa", "echipă",
        "prin", "sau", "fost", "lucrez", "lucrat", "proiecte", "companie", "date", "acum",
        "într", "între", "unei", "unui", "noastră", "nostru", "căutăm", "limba", "nivel",
        "engleză", "franceză",
    ),
    "fr": (
        "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "pour", "avec", "dans",
        "sur", "par", "au", "aux", "est", "que", "qui", "je", "mon", "ma", "mes", "ans",
        "expérience", "développement", "équipe", "plus", "été", "actuellement", "entreprise",
        "projets", "données", "nous", "vous", "votre", "notre", "chez", "depuis", "ai", "suis",
        "l", "d", "qu", "j", "anglais", "espagnol", "courant", "notions", "à",
    ),
    "de": (
        "der", "die", "das", "und", "in", "mit", "für", "von", "zu", "den", "dem", "des", "ist",
        "ein", "eine", "einer", "im", "auf", "als", "bei", "ich", "sowie", "jahre", "erfahrung",
        "entwicklung", "wurde", "über", "nach", "seit", "aktuell", "unternehmen", "projekte",
        "daten", "wir", "sie", "ihre", "unser", "unsere", "nicht", "auch", "bin", "habe",
    ),
    "vi": (
        "và", "của", "là", "các", "có", "trong", "với", "cho", "được", "những", "một", "tôi",
        "làm", "việc", "năm", "kinh", "nghiệm", "phát", "triển", "công", "ty", "dự", "án",
        "khách", "hàng", "hệ", "thống", "dữ", "liệu", "hiện", "tại", "nhóm", "quản", "lý",
        "chúng", "bạn", "không", "người", "đã", "từ", "đến",
    ),
    "id": (
        "dan", "di", "yang", "dengan", "untuk", "dari", "ke", "pada", "dalam", "ini", "itu",
        "sebagai", "saya", "tahun", "pengalaman", "kerja", "tim", "proyek", "serta", "adalah",
        "juga", "oleh", "telah", "sistem", "pengembangan", "perusahaan", "data", "saat",
        "bekerja", "memiliki", "kami", "anda", "kita", "tidak", "akan", "bisa", "lebih",
        "sehingga", "bahasa", "inggris", "dasar", "aktif", "lulusan", "seluruh", "waktu",
    ),
}  # fmt: skip

# Letters only one or two of the languages use: each occurrence is evidence for them.
LETTERS: dict[str, str] = {
    "pl": "ąęłśźżń",
    "ro": "ășțşţ",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "de": "äöüß",
    "fr": "èêëœùû",
    "vi": "ươđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    "uk": "іїєґ",
    "ru": "ыэъё",
    "tr": "ğışİı",
}

# Word endings and beginnings typical of each language, for the content words of short lines
# ("Automatizarea rapoartelor lunare", "Mengoptimalkan query SQL"). Only words of five letters
# or more are looked at.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("tion", "ing", "ed", "ly", "ness", "ity", "ship", "ers", "ment"),
    "es": ("ción", "ciones", "mente", "idad", "ía", "ado", "ada", "ando", "iendo", "ico", "ica"),
    "pt": ("ção", "ções", "mente", "idade", "ão", "ões", "ado", "ada", "ando", "endo", "ico",
           "ica", "ário"),
    "fr": ("tion", "tions", "ment", "eur", "euse", "ité", "ée", "ées", "aux", "eux", "ique",
           "ères", "ière"),
    "de": ("ung", "ungen", "keit", "heit", "lich", "isch", "schaft", "chen", "ieren", "ierung",
           "kenntnisse"),
    "pl": ("ów", "ych", "ami", "ach", "ować", "ość", "ości", "ski", "skiego", "owy", "owa",
           "owe", "anie", "enie", "cji", "ymi"),
    "ro": ("ul", "ului", "ele", "elor", "ilor", "ție", "ții", "ează", "ări", "ăți", "area",
           "ilor", "ată"),
    "id": ("kan", "nya", "annya", "ikan"),
    "ru": ("ние", "ния", "ением", "ый", "ые", "ыми", "ых", "ать", "ться", "ал", "ил", "ость",
           "ение", "ения", "ировал", "ой", "ая", "ую", "ией", "ием", "ешь"),
    "uk": ("ння", "ати", "ити", "ів", "ав", "ив", "ість", "ій", "ої", "ою", "ює", "ують",
           "ується"),
    "tr": ("ları", "leri", "ların", "lerin", "lar", "ler", "ması", "mesi", "dım", "dim",
           "yoruz", "iyorum", "ıyorum", "lık", "lik", "ında", "inde", "sı", "si"),
}  # fmt: skip
PREFIXES: dict[str, tuple[str, ...]] = {
    "id": ("meng", "meny", "mem", "men", "ber", "peng", "pem", "pen", "per", "ter", "sebag"),
    "de": ("ge", "ver", "zusammen", "über"),
}  # fmt: skip
