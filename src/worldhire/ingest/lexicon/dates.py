"""Date words: month names and abbreviations (with declined forms), "present" words, and the
words that open or join a date range, in the ten hiring-region languages (plus Russian and
Italian month names, which people mix in), Turkish, Arabic, Thai, Malay, Hungarian, Serbian and
Bulgarian."""

from __future__ import annotations

# Month number -> every written form (full, genitive/locative, abbreviation without its dot).
MONTHS: dict[int, tuple[str, ...]] = {
    1: (
        "january", "jan", "enero", "ene", "janeiro", "styczeń", "stycznia", "styczniu", "sty",
        "січень", "січня", "січні", "січ", "январь", "января", "январе", "янв", "ianuarie", "ian",
        "janvier", "janv", "januar", "jänner", "januari", "gennaio",
        "ocak",
        # ar (Egypt, Gulf; Levant; Maghreb), th, ms, hu, sr (Cyrillic, Latin), bg
        "يناير", "كانون الثاني", "جانفي", "ม.ค", "มกราคม", "január", "јануар", "јануара",
        "januara", "януари",
    ),
    2: (
        "february", "feb", "febr", "febuary", "feburary", "febrero", "fevereiro", "fev", "luty",
        "lutego", "lutym", "lut", "лютий", "лютого", "лютому", "лют", "февраль", "февраля",
        "феврале", "фев", "февр", "februarie", "février", "févr", "fév", "februar", "feber",
        "februari", "peb", "febbraio",
        "şubat",
        "فبراير", "شباط", "فيفري", "ก.พ", "กุมภาพันธ์", "február", "фебруар",
        "фебруара", "februara", "февруари",
    ),
    3: (
        "march", "mar", "marzo", "março", "marzec", "marca", "marcu", "березень", "березня",
        "березні", "бер", "март", "марта", "марте", "мар", "martie", "mars", "märz", "maerz",
        "mär", "mrz", "maret",
        "mart",
        "مارس", "آذار", "มี.ค", "มีนาคม", "mac", "március", "márc", "marta", "марта",
    ),
    4: (
        "april", "apr", "abril", "abr", "kwiecień", "kwietnia", "kwietniu", "kwi", "квітень",
        "квітня", "квітні", "квіт", "кві", "апрель", "апреля", "апреле", "апр", "aprilie", "avril",
        "avr", "aprile",
        "nisan",
        "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "เม.ย", "เมษายน", "április", "ápr",
        "априла", "aprila", "април",
    ),
    5: (
        "may", "mayo", "maio", "mai", "maj", "maja", "maju", "травень", "травня", "травні",
        "трав", "тра", "май", "мая", "мае", "mei", "maggio",
        "mayıs",
        "مايو", "أيار", "ماي", "พ.ค", "พฤษภาคม", "május", "máj", "мај", "маја", "maja", "май",
    ),
    6: (
        "june", "jun", "junio", "junho", "czerwiec", "czerwca", "czerwcu", "cze", "червень",
        "червня", "червні", "черв", "чер", "июнь", "июня", "июне", "июн", "iunie", "iun", "juin",
        "juni", "giugno",
        "haziran",
        "يونيو", "يونيه", "حزيران", "جوان", "มิ.ย", "มิถุนายน", "június", "jún", "јун", "јуна",
        "juna", "юни",
    ),
    7: (
        "july", "jul", "julio", "julho", "lipiec", "lipca", "lipcu", "lip", "липень", "липня",
        "липні", "лип", "июль", "июля", "июле", "июл", "iulie", "iul", "juillet", "juil", "juli",
        "luglio",
        "temmuz",
        "يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "ก.ค", "กรกฎาคม", "julai", "július", "júl",
        "јул", "јула", "jula", "юли",
    ),
    8: (
        "august", "aug", "agosto", "ago", "sierpień", "sierpnia", "sierpniu", "sie", "серпень",
        "серпня", "серпні", "серп", "сер", "август", "августа", "августе", "авг", "août", "agustus",
        "agu", "agt", "ags", "agust",
        "ağustos",
        "أغسطس", "اغسطس", "آب", "أوت", "غشت", "ส.ค", "สิงหาคม", "ogos", "augusztus", "август",
        "августа", "avgust", "avgusta",
    ),
    9: (
        "september", "sep", "sept", "septiembre", "setiembre", "set", "setembro", "wrzesień",
        "września", "wrześniu", "wrz", "вересень", "вересня", "вересні", "вер", "сентябрь",
        "сентября", "сентябре", "сен", "сент", "septembrie", "septembre", "settembre",
        "eylül",
        "سبتمبر", "أيلول", "ايلول", "شتنبر", "ก.ย", "กันยายน", "szeptember", "szept", "септембар",
        "септембра", "septembar", "septembra", "септември",
    ),
    10: (
        "october", "oct", "octubre", "outubro", "out", "październik", "października",
        "październiku", "paź", "жовтень", "жовтня", "жовтні", "жовт", "жов", "октябрь", "октября",
        "октябре", "окт", "octombrie", "octobre", "oktober", "okt", "ottobre",
        "ekim",
        "أكتوبر", "اكتوبر", "تشرين الأول", "ต.ค", "ตุลาคม", "október", "октобар", "октобра",
        "oktobar", "oktobra", "октомври",
    ),
    11: (
        "november", "nov", "noviembre", "novembro", "listopad", "listopada", "listopadzie", "lis",
        "листопад", "листопада", "листопаді", "лист", "лис", "ноябрь", "ноября", "ноябре", "ноя",
        "noiembrie", "noi", "novembre", "nop",
        "kasım",
        "نوفمبر", "تشرين الثاني", "نونبر", "พ.ย", "พฤศจิกายน", "новембар", "новембра", "novembar",
        "novembra", "ноември",
    ),
    12: (
        "december", "dec", "diciembre", "dic", "dezembro", "dez", "grudzień", "grudnia",
        "grudniu", "gru", "грудень", "грудня", "грудні", "груд", "гру", "декабрь", "декабря",
        "декабре", "дек", "decembrie", "décembre", "déc", "dezember", "desember", "des", "dicembre",
        "aralık",
        "ديسمبر", "كانون الأول", "دجنبر", "ธ.ค", "ธันวาคม", "disember", "dis", "децембар",
        "децембра", "decembar", "decembra", "декември",
    ),
}  # fmt: skip

# Parts of a year written where a month would be ("Q3 2021", "mid-2020 to early 2022"), read as
# the month they begin with. (A season before a year dates a job within that year: job_dates.)
PARTS_OF_YEAR: dict[int, tuple[str, ...]] = {
    1: ("q1", "h1", "early", "beginning of", "start of", "principios", "inicios", "início",
        "inicio", "début", "początek", "początku"),
    4: ("q2",),
    6: ("mid", "middle of", "mediados", "meados", "połowa", "połowie"),
    7: ("q3", "h2"),
    10: ("q4", "late", "end of", "finales", "fines", "final de", "koniec", "końcu", "кінець",
         "наприкінці"),
}  # fmt: skip

# Vietnamese month numerals after "tháng" ("tháng ba", "tháng mười hai").
VI_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("một", "giêng"), 2: ("hai",), 3: ("ba",), 4: ("tư", "bốn"), 5: ("năm",), 6: ("sáu",),
    7: ("bảy",), 8: ("tám",), 9: ("chín",), 10: ("mười",), 11: ("mười một",),
    12: ("mười hai", "chạp"),
}  # fmt: skip

# "Present" / "until now" as the end of a range.
OPEN_END: tuple[str, ...] = (
    # en
    "present", "the present", "present day", "presently", "current", "currently", "now",
    "continuing",
    "today", "ongoing", "date", "till date", "to date", "till now", "until now", "current date",
    "this day",
    # es
    "actualidad", "la actualidad", "actual", "actualmente", "presente", "el presente", "hoy",
    "hoy en día", "la fecha", "hasta la fecha", "hasta hoy", "hasta ahora", "hasta el presente",
    "ahora", "vigente",
    # pt
    "atual", "atualmente", "actualmente", "o presente", "hoje", "o momento", "momento",
    "até o momento", "até ao momento", "até hoje", "até a data", "até à data", "data atual",
    "agora", "o momento atual",
    # pl
    "obecnie", "nadal", "teraz", "dziś", "dzisiaj", "chwili obecnej", "do chwili obecnej",
    "do teraz", "do dziś", "do dzisiaj", "aktualnie", "trwa", "obecna", "chwila obecna",
    # uk, ru
    "дотепер", "тепер", "теперішній час", "теперішнього часу", "по теперішній час",
    "до теперішнього часу", "сьогодні", "по сьогодні", "до сьогодні", "сьогоднішній день",
    "зараз", "наразі", "донині", "нині", "до цього часу", "настоящее время",
    "по настоящее время", "наст. время", "н.в.", "н. в.", "сейчас", "по н.в.",
    "по сей день", "по настоящий момент", "до настоящего времени", "по текущий момент",
    "текущее время", "настоящий момент", "наст. вр.", "н/в", "по цей день", "цей день",
    "т.ч.", "т. ч.", "н.ч.", "н. ч.",
    # tr
    "halen", "hâlâ", "hala", "devam ediyor", "devam etmekte", "halen devam ediyor", "devam",
    "günümüz", "günümüze", "günümüze kadar", "şu an", "şu anda", "şimdi", "bugün", "mevcut",
    # ro
    "prezent", "în prezent", "până în prezent", "pana in prezent", "până acum", "azi",
    "astăzi", "curent", "acum", "data curentă", "în curs",
    # fr
    "aujourd'hui", "à aujourd'hui", "à ce jour", "ce jour", "présent", "maintenant", "en cours",
    "à nos jours", "a nos jours", "nos jours", "a ce jour",
    "actuel", "actuellement", "auj.",
    # de
    "heute", "bis heute", "dato", "bis dato", "jetzt", "bis jetzt", "aktuell", "laufend",
    "gegenwärtig", "derzeit", "heutiger tag", "bis zum heutigen tag",
    # vi
    "nay", "hiện tại", "hiện nay", "đến nay", "đến hiện tại", "bây giờ",
    # id
    "sekarang", "saat ini", "kini", "hingga kini", "sampai sekarang", "hingga sekarang",
    "sampai saat ini", "hingga saat ini", "skrg",
    # ar, th, hu, sr, bg
    "حتى الآن", "حتى الان", "الآن", "الان", "حاليا", "حالياً", "حتى تاريخه", "حتى اليوم",
    "ปัจจุบัน", "จนถึงปัจจุบัน", "jelenleg", "napjainkig", "máig", "folyamatban", "тренутно",
    "trenutno", "данас", "до данас", "danas", "do danas", "сада", "sada", "до момента",
    "момента", "настоящем", "днес", "до днес",
    # it
    "oggi", "in corso", "attuale", "ad oggi", "a oggi", "attualmente", "tuttora", "presente",
    "oggi in corso",
)  # fmt: skip

# Words between the two ends of a range ("2018 to 2020", "de 2018 a 2020", "od 2018 do 2020").
RANGE_JOINERS: tuple[str, ...] = (
    "to", "until", "till", "through", "thru", "a", "al", "hasta", "até", "ao", "à", "au", "do",
    "по", "до", "până", "până în", "până la", "bis", "đến", "tới", "hingga", "sampai", "s/d",
    "s.d.", "s.d", "sd", "jusqu'à", "jusqu'au", "jusqu'en", "fino a", "al", "ad", "fino al", "-",
    "إلى", "الى", "حتى", "ถึง", "จนถึง",
)  # fmt: skip

# Words before an open range ("since 2021", "desde 2019", "od 2020", "seit 2018", "từ 2021").
SINCE: tuple[str, ...] = (
    "since", "from", "starting", "starting in", "starting from", "desde", "a partir de", "od",
    "od roku", "з", "із", "зі", "від", "с", "со", "din", "din anul", "începând cu",
    "începând din", "depuis", "dès", "seit", "ab", "từ", "kể từ", "sejak", "mulai", "dari",
    "dal", "منذ", "ตั้งแต่",
)  # fmt: skip

# Turkish says "since" after the date, which takes the ablative ending: "2021'den beri", "Mart
# 2019'dan bu yana", "2020 yılından itibaren".
SINCE_AFTER: tuple[str, ...] = ("beri", "bu yana", "buyana", "itibaren")

# Words before a closed range that only frame it ("from 2020 to 2022", "w latach 2018–2020").
RANGE_PREFIXES: tuple[str, ...] = (
    *SINCE, "de", "del", "du", "von", "vom", "z", "w latach", "w okresie", "у", "в", "u",
    "în perioada", "in the years", "during", "pada", "tahun", "trong", "năm", "in", "da",
    "w okresie od", "من",
)  # fmt: skip

# "between 2018 and 2020" in each language: the opener, then the joiner.
BETWEEN: tuple[str, ...] = (
    "between", "entre", "zwischen", "între", "intre", "pomiędzy", "między", "між", "antara",
    "giữa",
)  # fmt: skip
# Romanian typed without its comma-below letters: "intre 2017 si 2020".
BETWEEN_JOINERS: tuple[str, ...] = (
    "and", "y", "e", "und", "și", "si", "et", "i", "oraz", "та", "і", "й", "dan", "và", "a",
)  # fmt: skip

# A word naming the year before it ("năm 2020", "tahun 2020", "anul 2020", "roku 2020").
YEAR_BEFORE: tuple[str, ...] = (
    "năm", "tahun", "anul", "roku", "року", "the year", "el año", "o ano", "im jahr", "พ.ศ.",
    "ปี",
)  # fmt: skip
# ... and after it ("2020 r.", "2020 року", "2018–2020 рр.").
YEAR_AFTER: tuple[str, ...] = (
    "r.", "rr.", "roku", "р.", "рр.", "року", "рік", "році", "роках", "г.", "гг.", "года",
    "году", "годах",
)  # fmt: skip
