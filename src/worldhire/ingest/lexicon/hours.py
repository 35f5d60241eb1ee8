"""Hour and zone words: zone abbreviations with their meanings, regions people offer to work the
hours of ("European hours", "US East Coast mornings"), local ways of naming a zone ("czasu
polskiego", "hora de Brasília"), hour and willingness words in the ten languages."""

from __future__ import annotations

# Abbreviation (as written, upper case) -> the zones it names, most common meaning first. A
# person's country picks another meaning when that country's zone keeps the same clock all year
# (IST in Ireland is Irish time; PST in the Philippines is Manila; CST in China is Shanghai).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "UTC": ("UTC",), "GMT": ("UTC", "Europe/London"), "Z": ("UTC",),
    "WAT": ("Africa/Lagos",), "EAT": ("Africa/Nairobi",), "CAT": ("Africa/Maputo",),
    "SAST": ("Africa/Johannesburg",),
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"), "PKT": ("Asia/Karachi",),
    "BST": ("Europe/London", "Asia/Dhaka"), "BDT": ("Asia/Dhaka",), "NPT": ("Asia/Kathmandu",),
    "CET": ("Europe/Berlin",), "CEST": ("Europe/Berlin",), "MEZ": ("Europe/Berlin",),
    "MESZ": ("Europe/Berlin",), "EET": ("Europe/Bucharest", "Africa/Cairo"),
    "EEST": ("Europe/Bucharest", "Africa/Cairo"), "OEZ": ("Europe/Bucharest",),
    "OESZ": ("Europe/Bucharest",), "WET": ("Europe/Lisbon",), "WEST": ("Europe/Lisbon",),
    "WEZ": ("Europe/Lisbon",), "MSK": ("Europe/Moscow",), "TRT": ("Europe/Istanbul",),
    "GST": ("Asia/Dubai",), "AST": ("America/Halifax", "Asia/Riyadh"),
    "ICT": ("Asia/Bangkok", "Asia/Ho_Chi_Minh"), "WIB": ("Asia/Jakarta",),
    "WITA": ("Asia/Makassar",), "WIT": ("Asia/Jayapura",), "PHT": ("Asia/Manila",),
    "PHST": ("Asia/Manila",), "SGT": ("Asia/Singapore",), "MYT": ("Asia/Kuala_Lumpur",),
    "HKT": ("Asia/Hong_Kong",), "JST": ("Asia/Tokyo",), "KST": ("Asia/Seoul",),
    "AEST": ("Australia/Sydney",), "AEDT": ("Australia/Sydney",),
    "ACST": ("Australia/Adelaide",), "AWST": ("Australia/Perth",),
    "NZST": ("Pacific/Auckland",), "NZDT": ("Pacific/Auckland",),
    "EST": ("America/New_York",), "EDT": ("America/New_York",), "ET": ("America/New_York",),
    "CST": ("America/Chicago", "Asia/Shanghai", "America/Havana", "America/Mexico_City"),
    "CDT": ("America/Chicago",), "CT": ("America/Chicago",),
    "MST": ("America/Denver", "America/Phoenix"), "MDT": ("America/Denver",),
    "MT": ("America/Denver",), "PST": ("America/Los_Angeles", "Asia/Manila"),
    "PDT": ("America/Los_Angeles",), "PT": ("America/Los_Angeles",),
    "AKST": ("America/Anchorage",), "HST": ("Pacific/Honolulu",),
    "BRT": ("America/Sao_Paulo",), "BRST": ("America/Sao_Paulo",),
    "ART": ("America/Argentina/Buenos_Aires",), "CLT": ("America/Santiago",),
    "COT": ("America/Bogota",), "PET": ("America/Lima",), "UYT": ("America/Montevideo",),
    "VET": ("America/Caracas",),
}  # fmt: skip

# UTC offsets that are not whole hours have no Etc/GMT zone: the zone most people on them use.
FRACTIONAL_OFFSETS: dict[int, str] = {
    330: "Asia/Kolkata", 345: "Asia/Kathmandu", 270: "Asia/Kabul", 210: "Asia/Tehran",
    390: "Asia/Yangon", 570: "Australia/Darwin", 630: "Australia/Lord_Howe",
    525: "Australia/Eucla", 765: "Pacific/Chatham", -210: "America/St_Johns",
    -570: "Pacific/Marquesas",
}  # fmt: skip

# Names of a zone in words, lower case ("czasu polskiego", "hora de Brasília", "Kyiv time").
ZONE_PHRASES: dict[str, str] = {
    "czasu polskiego": "Europe/Warsaw", "polskiego czasu": "Europe/Warsaw",
    "hora de brasília": "America/Sao_Paulo", "horário de brasília": "America/Sao_Paulo",
    "horário de brasilia": "America/Sao_Paulo", "brasília time": "America/Sao_Paulo",
    "heure de paris": "Europe/Paris", "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris", "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin", "ora româniei": "Europe/Bucharest",
    "ora romaniei": "Europe/Bucharest", "ora româniei (eet)": "Europe/Bucharest",
    "за київським часом": "Europe/Kyiv", "київського часу": "Europe/Kyiv",
    "київський час": "Europe/Kyiv", "за києвом": "Europe/Kyiv", "з києвом": "Europe/Kyiv",
    "kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv",
    "по московскому времени": "Europe/Moscow", "московского времени": "Europe/Moscow",
    "по мск": "Europe/Moscow", "мск": "Europe/Moscow", "moscow time": "Europe/Moscow",
    "по киеву": "Europe/Kyiv", "по киевскому времени": "Europe/Kyiv",
    "по минскому времени": "Europe/Minsk", "по алматинскому времени": "Asia/Almaty",
    "по астанинскому времени": "Asia/Almaty", "по ташкентскому времени": "Asia/Tashkent",
    "по бишкекскому времени": "Asia/Bishkek", "по тбилисскому времени": "Asia/Tbilisi",
    "по ереванскому времени": "Asia/Yerevan", "türkiye saati": "Europe/Istanbul",
    "türkiye saatiyle": "Europe/Istanbul", "tr saati": "Europe/Istanbul",
    "istanbul saati": "Europe/Istanbul", "istanbul time": "Europe/Istanbul",
    "giờ việt nam": "Asia/Ho_Chi_Minh", "giờ vn": "Asia/Ho_Chi_Minh",
    "giờ hà nội": "Asia/Ho_Chi_Minh", "hora de españa": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid", "hora de méxico": "America/Mexico_City",
    "hora del centro": "America/Mexico_City", "hora de argentina": "America/Argentina/Buenos_Aires",
    "hora argentina": "America/Argentina/Buenos_Aires",
    "hora de colombia": "America/Bogota", "hora de lisboa": "Europe/Lisbon",
    "hora de portugal": "Europe/Lisbon", "waktu indonesia barat": "Asia/Jakarta",
    "manila time": "Asia/Manila", "philippine time": "Asia/Manila", "lagos time": "Africa/Lagos",
    "nigerian time": "Africa/Lagos", "nairobi time": "Africa/Nairobi",
    "east africa time": "Africa/Nairobi", "west africa time": "Africa/Lagos",
    "india time": "Asia/Kolkata", "indian standard time": "Asia/Kolkata",
    "cairo time": "Africa/Cairo", "london time": "Europe/London", "uk time": "Europe/London",
    "berlin time": "Europe/Berlin", "warsaw time": "Europe/Warsaw",
    "central european time": "Europe/Berlin", "eastern european time": "Europe/Bucharest",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles",
    "central time": "America/Chicago", "mountain time": "America/Denver",
    "czasu warszawskiego": "Europe/Warsaw", "polish time": "Europe/Warsaw",
    "київським часом": "Europe/Kyiv", "ora bucureștiului": "Europe/Bucharest",
    "hora española": "Europe/Madrid", "central africa time": "Africa/Maputo",
    "india standard time": "Asia/Kolkata", "indochina time": "Asia/Ho_Chi_Minh",
    "gulf standard time": "Asia/Dubai", "ora germaniei": "Europe/Berlin",
    "heure allemande": "Europe/Berlin", "hora alemana": "Europe/Berlin",
}  # fmt: skip

# Regions whose hours people offer to work -> the zone that stands for them. "US hours" with no
# coast reads as Eastern: it is where most US teams that hire abroad overlap first.
REGIONS: dict[str, str] = {
    **{w: "Europe/Berlin" for w in (
        "european", "europe", "eu", "cet", "cest", "central european", "continental european",
        "europejskich", "europejskie", "europejskim", "europejskiej", "europeu", "europeus",
        "europeo", "europeos", "europa", "européen", "européennes", "européens", "européenne",
        "europäischen", "europäische", "europäischer", "europene", "european", "європейськими",
        "європейським", "європейський", "європейські", "châu âu", "eropa", "mez",
    )},
    **{w: "Europe/London" for w in ("uk", "british", "london", "gmt", "bst")},
    **{w: "America/New_York" for w in (
        "us east coast", "east coast", "us eastern", "eastern", "est", "edt", "et", "new york",
        "nyc", "costa este", "costa leste", "wschodniego wybrzeża", "ostküste", "côte est",
        "us", "u.s.", "usa", "american", "north american", "americano", "americanos",
        "amerykańskich", "amerykańskie", "americane", "américains", "américaines",
        "amerikanischen", "mỹ", "amerika", "eua", "ee.uu.", "estados unidos", "американськими",
        "американським",
    )},
    **{w: "America/Los_Angeles" for w in (
        "us west coast", "west coast", "pacific", "pst", "pdt", "pt", "california",
        "silicon valley", "costa oeste", "zachodniego wybrzeża", "westküste", "côte ouest",
    )},
    **{w: "America/Chicago" for w in ("us central", "central", "cst", "cdt", "ct")},
    **{w: "Australia/Sydney" for w in ("australian", "australia", "aest", "aedt", "sydney")},
    **{w: "Asia/Singapore" for w in ("singapore", "sgt", "asian", "apac")},
    **{w: "Asia/Kolkata" for w in ("indian", "india", "ist")},
    **{w: "Asia/Dubai" for w in ("gulf", "gst", "dubai", "uae", "middle east")},
    **{w: "America/Sao_Paulo" for w in ("brazilian", "brasil", "brazil", "brt")},
}  # fmt: skip

# Words that make a region or zone name a statement about hours.
HOUR_WORDS: tuple[str, ...] = (
    "hours", "hour", "time", "timezone", "time zone", "time zones", "timezones",
    "business hours", "working hours", "office hours", "work hours", "workday", "workdays",
    "schedule", "shift", "shifts", "day", "days", "horario", "horarios", "horas", "hora",
    "zona horaria", "jornada", "horário", "horários", "fuso horário", "fuso", "expediente",
    "godzinach", "godziny", "godzin", "czasie", "czasu", "strefie czasowej", "strefie",
    "годинами", "години", "годин", "часом", "час", "часовому поясі", "ore", "orele", "orar",
    "program", "programul", "fus orar", "fusul orar", "heures", "horaires", "fuseau",
    "fuseau horaire", "heure", "arbeitszeiten", "arbeitszeit", "zeiten", "zeit", "zeitzone",
    "geschäftszeiten", "bürozeiten", "stunden", "giờ", "múi giờ", "giờ làm việc", "khung giờ",
    "jam", "jam kerja", "zona waktu", "waktu",
)  # fmt: skip

# Parts of a day -> (start, end) in the region's zone.
DAY_PARTS: dict[str, tuple[float, float]] = {
    **{w: (9.0, 12.0) for w in (
        "morning", "mornings", "mañanas", "mañana", "manhãs", "manhã", "rano", "rana",
        "rankiem", "ранок", "ранки", "вранці", "dimineața", "dimineata", "matin", "matins",
        "matinée", "matinées", "vormittag", "vormittags", "morgens", "buổi sáng", "pagi",
    )},
    **{w: (13.0, 17.0) for w in (
        "afternoon", "afternoons", "tardes", "tarde", "popołudnia", "popołudniami",
        "після обіду", "după-amiaza", "după-amiază", "après-midi", "nachmittag",
        "nachmittags", "buổi chiều", "sore", "siang",
    )},
    **{w: (17.0, 21.0) for w in (
        "evening", "evenings", "noches", "noite", "noites", "wieczorem", "wieczory",
        "вечорами", "вечір", "seara", "soir", "soirée", "soirs", "abend", "abends",
        "buổi tối", "malam",
    )},
}  # fmt: skip

# Office hours with no region: the person's own working day, in their own zone.
OFFICE_HOURS: dict[str, tuple[float, float]] = {
    "business hours": (9.0, 17.0), "office hours": (9.0, 17.0),
    "normal working hours": (9.0, 17.0), "standard working hours": (9.0, 17.0),
    "giờ hành chính": (8.0, 17.0), "horário comercial": (9.0, 18.0),
    "horario comercial": (9.0, 18.0), "horario de oficina": (9.0, 18.0),
    "godziny biurowe": (9.0, 17.0), "standardowe godziny pracy": (9.0, 17.0),
    "heures de bureau": (9.0, 18.0), "bürozeiten": (9.0, 17.0), "geschäftszeiten": (9.0, 17.0),
    "jam kantor": (8.0, 17.0), "jam kerja normal": (8.0, 17.0),
    "program de birou": (9.0, 17.0), "робочі години": (9.0, 18.0),
}  # fmt: skip

# Words that make clock hours an offer rather than the person's own day ("happy to work ...");
# "available 9-18" is their day. A region's hours ("European hours") are always an offer.
OFFER_WORDS: tuple[str, ...] = (
    "happy to", "willing to", "can", "could", "able to", "flexible", "open to", "ready to",
    "comfortable", "glad to", "overlap", "adapt", "adjust",
    "dispuesto", "dispuesta", "puedo", "flexibilidad", "adaptarme", "posso", "flexível",
    "disposto", "disposta", "mogę", "gotów", "gotowa", "gotowy", "elastyczn", "dostosować",
    "можу", "готовий", "готова", "гнучк", "pot", "dispus", "dispusă", "flexibil", "peux",
    "prêt", "prête", "flexible", "kann", "bereit", "flexibel", "có thể", "sẵn sàng",
    "linh hoạt", "bisa", "bersedia", "siap", "fleksibel", "dapat",
)  # fmt: skip

# Words that make hours an overlap with someone else's day, on top of the person's own.
OVERLAP_WORDS: tuple[str, ...] = (
    "overlap", "overlapping", "solapamiento", "solape", "sobreposição", "sobreposicao",
    "pokrywanie", "pokrywania", "nakładanie", "перекриття", "перетин", "suprapunere",
    "chevauchement", "überschneidung", "überlappung", "trùng giờ", "irisan waktu",
)  # fmt: skip

# Words that say numbers are hours of the day ("Working hours: 9-5", "godz. 8–16").
HOURS_CUES: tuple[str, ...] = (
    "working hours", "work hours", "hours", "available", "availability", "schedule", "shift",
    "i work", "working", "horario", "horário", "horas",
    "godz.", "godz", "godziny", "godzinach", "w godzinach", "години", "з 9",
    "ore", "orar", "program", "heures", "horaires", "de 9h", "arbeitszeit",
    "arbeitszeiten", "giờ làm việc", "giờ", "jam kerja", "jam",
    "pukul", "график", "график работы", "работаю", "çalışma saatleri", "mesai",
    "vardiya",
)  # fmt: skip
# Words that open a range of anything ("from 3 to 5 years", "curse de 3-4 săptămâni", "CACES 3
# et 5"): a cue of hours only right before the range ("from 9 to 6", "de 8 a 17", "od 8 do 16").
RANGE_OPENERS: tuple[str, ...] = (
    "from", "between", "das", "de", "entre", "od", "з", "între", "von", "zwischen", "từ",
    "dari", "с",
)  # fmt: skip

# A number range followed by one of these is an amount, not hours of the day ("4-6 hours").
DURATION_WORDS: tuple[str, ...] = (
    "hours", "hour", "hrs", "hr", "h of", "h overlap", "h a day", "h/day", "days", "day",
    "weeks", "week", "months", "month", "years", "year", "yrs", "people", "persons",
    "engineers", "horas", "godzin", "godziny", "годин", "години", "ore", "heures", "stunden",
    "tiếng", "jam", "días", "dias", "dni", "днів", "zile", "jours", "tage", "ngày", "hari",
    "%", "x", "k", "m", "tygodni", "semanas", "lat", "anos", "años", "років", "ani", "ans",
    "jahre", "năm", "tahun", "of overlap", "overlap", "săptămâni", "saptamani", "semaines",
    "wochen", "tuần", "minggu", "тижнів", "тижні", "недель", "недели", "hafta",
)  # fmt: skip

# Labels before a person's own zone ("Time zone: EAT", "Strefa czasowa: CET").
ZONE_LABELS: tuple[str, ...] = (
    "time zone", "timezone", "tz", "zona horaria", "huso horario", "fuso horário", "fuso",
    "strefa czasowa", "strefa", "часовий пояс", "пояс", "fus orar", "fusul orar",
    "fuseau horaire", "fuseau", "zeitzone", "múi giờ", "zona waktu",
)  # fmt: skip
