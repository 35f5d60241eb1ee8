"""Pay words: currency symbols and names, scale words ("k", "mil", "tys.", "mln", "triệu",
"juta", "lakh"), periods ("/mies.", "por mês", "pro Monat", "/tháng", "per bulan") and basis
(gross/net) in the hiring regions' languages. ISO 4217 codes come from the FX table."""

from __future__ import annotations

# Symbol or word -> ISO 4217 code. Codes themselves ("PLN", "usd") are added from the FX table.
CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "u$s": "USD", "usd$": "USD", "dollars": "USD", "dollar": "USD",
    "dólares": "USD", "dolares": "USD", "dólar": "USD", "dolarów": "USD", "dolary": "USD",
    "dolari": "USD", "доларів": "USD", "долари": "USD", "долларов": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur€": "EUR", "євро": "EUR", "евро": "EUR",
    "£": "GBP", "pounds": "GBP",
    "r$": "BRL", "reais": "BRL", "real": "BRL",
    "mx$": "MXN", "mxn$": "MXN", "pesos mexicanos": "MXN",
    "col$": "COP", "cop$": "COP", "pesos colombianos": "COP",
    "ar$": "ARS", "ars$": "ARS", "pesos argentinos": "ARS",
    "clp$": "CLP", "s/": "PEN", "s/.": "PEN", "soles": "PEN",
    "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "s$": "SGD", "nz$": "NZD",
    "zł": "PLN", "zl": "PLN", "złotych": "PLN", "zlotych": "PLN", "złote": "PLN", "złoty": "PLN",
    "lei": "RON", "leu": "RON",
    "₴": "UAH", "грн": "UAH", "грн.": "UAH", "гривень": "UAH", "гривні": "UAH", "гривня": "UAH",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah.": "UAH",
    "₫": "VND", "đ": "VND", "đồng": "VND", "vnđ": "VND", "vnd": "VND",
    "rp": "IDR", "rp.": "IDR", "rupiah": "IDR",
    "₹": "INR", "rs": "INR", "rs.": "INR", "rupees": "INR", "rupias": "INR", "inr.": "INR",
    "₦": "NGN", "naira": "NGN", "n": "NGN",
    "ksh": "KES", "kshs": "KES", "ksh.": "KES", "kes.": "KES", "shillings": "KES",
    "e£": "EGP", "le": "EGP", "l.e.": "EGP", "egp.": "EGP", "ج.م": "EGP", "جنيه": "EGP",
    "جنيه مصري": "EGP", "جنيها": "EGP", "جنيهاً": "EGP", "บาท": "THB", "฿": "THB",
    "₱": "PHP", "php": "PHP", "pesos": "MXN",
    "৳": "BDT", "tk": "BDT", "taka": "BDT",
    "pkr.": "PKR", "₨": "PKR", "nrs": "NPR", "nrs.": "NPR", "npr.": "NPR", "slrs": "LKR",
    "slrs.": "LKR", "lkr.": "LKR", "rm": "MYR", "rm.": "MYR",
    "r": "ZAR", "rand": "ZAR",
    "chf": "CHF", "fr.": "CHF", "kč": "CZK", "ft": "HUF", "din.": "RSD", "dinara": "RSD",
    "₺": "TRY", "tl": "TRY", "₽": "RUB", "руб": "RUB", "рублей": "RUB", "¥": "JPY", "₩": "KRW",
    "руб.": "RUB", "рубля": "RUB", "₸": "KZT", "тг": "KZT", "тенге": "KZT",
    "tenge": "KZT", "сум": "UZS", "so'm": "UZS", "сом": "KGS", "лира": "TRY", "лир": "TRY",
    "lira": "TRY", "türk lirası": "TRY", "dolar": "USD", "долл.": "USD", "у.е.": "USD",
    "ghs": "GHS", "gh₵": "GHS", "₵": "GHS", "cedis": "GHS",
    # French-speaking Africa, the Maghreb and Québec: "350 000 FCFA net/mois", "8 000 DH",
    # "4 500 DT", "55 000 $ CA"
    "fcfa": "XOF", "f cfa": "XOF", "francs cfa": "XOF", "franc cfa": "XOF", "cfa": "XOF",
    "dh": "MAD", "dhs": "MAD", "dirhams": "MAD", "dirham": "MAD", "dt": "TND", "dinars": "TND",
    "$ ca": "CAD", "$ can": "CAD", "$ cad": "CAD",
}  # fmt: skip

# Currency names several countries share, read by where the person lives: the CFA franc of
# Central Africa (XAF) beside the West African one (XOF), the Emirati dirham, the Algerian dinar.
_CENTRAL_AFRICAN_FRANC = {"CM": "XAF", "GA": "XAF", "CG": "XAF", "TD": "XAF", "CF": "XAF"}
SHARED_NAMES: dict[str, dict[str, str]] = {
    **{name: _CENTRAL_AFRICAN_FRANC
       for name in ("fcfa", "f cfa", "francs cfa", "franc cfa", "cfa")},
    **{name: {"AE": "AED"} for name in ("dhs", "dirhams", "dirham")},
    "dinars": {"DZ": "DZD"},
    # Rupees are Pakistan's, Nepal's and Sri Lanka's too: "Rs. 85,000" in Lahore
    **{name: {"PK": "PKR", "NP": "NPR", "LK": "LKR"}
       for name in ("rs", "rs.", "rupees", "₨")},
}

# Tokens that name a currency only next to a number written with one, never alone in a word:
# "n" (Nigerian shorthand "N500k"), "r" (rand), "le", "tl", "ft", "đ" would otherwise read words.
GLUED_ONLY: frozenset[str] = frozenset({"n", "r", "le", "tl", "ft", "đ", "dh", "dt"})
# Of those, the ones their countries write after the amount: "120.000 TL", "450 000 Ft",
# "15.000.000 đ", "18 000 DH" (Morocco), "4 500 DT" (Tunisia).
WRITTEN_AFTER: frozenset[str] = frozenset({"tl", "ft", "đ", "dh", "dt"})

# Scale word -> (multiplier, currency it implies or None).
SCALES: dict[str, tuple[float, str | None]] = {
    "k": (1e3, None), "к": (1e3, None), "thousand": (1e3, None), "mil": (1e3, None),
    "tys": (1e3, None), "tys.": (1e3, None), "tysięcy": (1e3, None), "тис": (1e3, None),
    "тис.": (1e3, None), "тисяч": (1e3, None), "тыс": (1e3, None), "тыс.": (1e3, None),
    "mii": (1e3, None), "mille": (1e3, None), "tausend": (1e3, None), "tsd.": (1e3, None),
    "nghìn": (1e3, "VND"), "ngàn": (1e3, "VND"), "ribu": (1e3, "IDR"), "rb": (1e3, "IDR"),
    "m": (1e6, None), "mn": (1e6, None), "mm": (1e6, None), "mln": (1e6, None),
    "mln.": (1e6, None), "mio": (1e6, None), "mio.": (1e6, None), "million": (1e6, None),
    "millions": (1e6, None), "millones": (1e6, None), "millón": (1e6, None), "milhões": (1e6, None),
    "milhão": (1e6, None), "milioane": (1e6, None), "milion": (1e6, None), "miliony": (1e6, None),
    "milionów": (1e6, None), "млн": (1e6, None), "млн.": (1e6, None), "мільйонів": (1e6, None),
    "millionen": (1e6, None), "triệu": (1e6, "VND"), "tr": (1e6, "VND"), "juta": (1e6, "IDR"),
    "jt": (1e6, "IDR"), "jt.": (1e6, "IDR"), "tỷ": (1e9, "VND"), "miliar": (1e9, "IDR"),
    "lpa": (1e5, "INR"), "lakh": (1e5, "INR"), "lakhs": (1e5, "INR"), "lac": (1e5, "INR"),
    "lacs": (1e5, "INR"), "crore": (1e7, "INR"), "crores": (1e7, "INR"), "cr": (1e7, "INR"),
}  # fmt: skip
# Scale words that also state the period ("12 LPA" is lakhs per annum).
SCALE_PERIOD: dict[str, str] = {"lpa": "year"}

# "Or", opening a bracket that offers another figure ("(or USD 12 per hour for tutoring)").
ALTERNATIVE_WORDS: tuple[str, ...] = (
    "or", "o", "ou", "oder", "lub", "albo", "ili", "или", "або", "sau", "hoặc", "atau", "veya",
)  # fmt: skip

# Between the two ends of a pay range.
RANGE_JOINERS: tuple[str, ...] = (
    "to", "a", "até", "do", "bis", "à", "au", "până la", "до", "đến", "hingga", "sampai", "s/d",
    "and", "y", "e", "und", "et", "și", "dan", "và", "i",
)  # fmt: skip

PERIODS: dict[str, tuple[str, ...]] = {
    "year": (
        "/year", "/yr", "/y", "/a", "/annum", "per year", "per annum", "a year", "per yr",
        "p.a.", "p.a", "pa", "p/a", "annual", "annually", "yearly", "ctc", "lpa", "/ano",
        "por ano", "ao ano", "anual", "anuais", "al año", "por año", "/año", "anuales", "rocznie",
        "na rok", "/rok", "roczne", "rocznego", "rok", "на рік", "/рік", "річних", "на год",
        "в год", "pe an", "/an", "anuali", "par an", "par année", "/année", "annuellement",
        "annuel", "annuels", "annuelle", "jährlich",
        "pro jahr", "im jahr", "/jahr", "all'anno", "annui", "annuo", "annua", "ral",
        "/год", "в год.", "yıllık", "/yıl", "yillik", "jahresgehalt", "jahresbrutto", "/năm",
        "mỗi năm",
        "một năm", "hàng năm", "per tahun", "/tahun", "pertahun", "setahun", "/thn",
    ),
    "month": (
        "/month", "/mo", "/mth", "/m", "per month", "a month", "monthly", "pm", "p.m.", "per mo",
        "/mês", "/mes", "por mês", "por mes", "ao mês", "al mes", "mensais", "mensal",
        "mensuales", "mensual", "mensualmente", "mensalmente", "miesięcznie", "mies.", "/mies",
        "/mies.", "na miesiąc", "/mc", "mc", "m-c", "miesięczne", "mies", "на місяць", "/міс",
        "/міс.", "міс.", "на міс", "щомісяця", "в месяц", "/мес", "pe lună", "/lună", "/luna",
        "lunar", "lunari", "par mois", "/mois", "mensuel", "mensuels", "mensuelle", "pro monat",
        "monatlich", "/monat", "im monat", "mtl.", "/tháng", "mỗi tháng", "một tháng",
        "hàng tháng", "per bulan", "/bulan", "perbulan", "sebulan", "/bln", "tiap bulan",
        "/мес.", "в мес.", "ежемесячно", "/ay", "aylık", "ayda", "aylik", "al mese", "mensili",
        "/hó", "havonta", "havi", "месечно", "mesečno", "mesecno", "месечна", "mesečna",
        "شهريا", "شهرياً", "شهري", "في الشهر", "/เดือน", "ต่อเดือน", "บาท/เดือน",
    ),
    "week": (
        "/week", "/wk", "per week", "a week", "weekly", "/semana", "por semana", "tygodniowo",
        "semanal", "semanales", "semanais", "semanalmente", "a la semana", "à semana",
        "/tydzień", "par semaine", "pro woche", "/tuần", "per minggu",
    ),
    "day": (
        "/day", "per day", "a day", "daily", "/d", "/dia", "por dia", "/día", "por día",
        "al día", "dziennie", "/dzień", "za dzień", "na dzień", "/день", "за день", "на день",
        "pe zi", "/zi", "par jour", "/jour", "/j", "tjm", "pro tag", "/tag", "tagessatz", "/ngày",
        "mỗi ngày", "per hari", "/hari", "sehari", "day rate", "daily rate",
    ),
    "hour": (
        "/hour", "/hr", "/h", "per hour", "an hour", "hourly", "ph", "p/h", "/hora", "por hora",
        "la hora", "/godz", "/godz.", "na godzinę", "za godzinę", "/год", "за годину",
        "на годину", "в час", "pe oră", "/oră", "/ora", "par heure", "/heure", "de l'heure",
        "pro stunde", "/std", "/std.", "stundensatz", "/giờ", "mỗi giờ", "per jam", "/jam",
        "hourly rate",
    ),
}  # fmt: skip

# "Net" words; "netto + VAT" and B2B figures are an invoice before VAT: what the company pays.
BASIS: dict[str, tuple[str, ...]] = {
    "invoice": ("+ vat", "+vat", "plus vat", "+ iva", "+ tva", "+ mwst", "+ mwst.", "b2b",
                "+ пдв", "faktura", "fakturą"),
    "net": (
        "net", "netto", "neto", "nett", "líquido", "líquidos", "liquido", "take-home",
        "take home", "in hand", "in-hand", "after tax", "after taxes", "po opodatkowaniu",
        "на руки", "на руку", "чистими", "нетто", "чистыми", "после вычета налогов",
        "după impozitare", "după taxe", "après impôts",
        "nach steuern", "sau thuế", "thực nhận", "thực lĩnh", "bersih", "net lunar", "netti",
        "nettó", "нето", "صافي", "صافى",
    ),
    "gross": (
        "gross", "brutto", "bruto", "brutos", "bruta", "brut", "bruts", "brută", "ctc",
        "cost to company", "before tax", "before taxes", "pre-tax", "pretax",
        "antes de impuestos", "antes de impostos", "przed opodatkowaniem", "брутто",
        "до оподаткування", "înainte de impozitare", "avant impôts", "vor steuern", "trước thuế",
        "kotor", "gaji kotor", "lương gross", "lordi", "lordo", "ral",
        "до вычета налогов", "до вычета ндфл", "brüt", "bruttó", "бруто", "إجمالي", "اجمالي",
    ),
}  # fmt: skip

# Where a country's people write "$" for their own peso (Mexico, Colombia, Argentina, Chile...).
LOCAL_DOLLAR_SIGN: dict[str, str] = {
    "MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "UY": "UYU", "DO": "DOP",
}  # fmt: skip
# Where they write "$" for their own dollar ("58 000 $ par année" in Québec).
OWN_DOLLAR_SIGN: dict[str, str] = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD"}

# A country's own currency, for an amount written without one under a pay heading or cue.
COUNTRY_CURRENCY: dict[str, str] = {
    "US": "USD", "PL": "PLN", "RO": "RON", "UA": "UAH", "VN": "VND", "ID": "IDR", "IN": "INR",
    "BR": "BRL", "PT": "EUR", "ES": "EUR", "FR": "EUR", "DE": "EUR", "AT": "EUR", "IT": "EUR",
    "NL": "EUR", "BE": "EUR", "IE": "EUR", "GB": "GBP", "MX": "MXN", "CO": "COP", "AR": "ARS",
    "CL": "CLP", "PE": "PEN", "NG": "NGN", "KE": "KES", "EG": "EGP", "ZA": "ZAR", "GH": "GHS",
    "PK": "PKR", "BD": "BDT", "PH": "PHP", "RS": "RSD", "CZ": "CZK", "HU": "HUF", "TR": "TRY",
    "MD": "MDL", "CH": "CHF", "CA": "CAD", "AU": "AUD", "SG": "SGD", "MY": "MYR", "TH": "THB",
    "NP": "NPR", "LK": "LKR", "RU": "RUB", "KZ": "KZT", "UZ": "UZS", "KG": "KGS", "AM": "AMD",
    "GE": "GEL",
    "MA": "MAD", "TN": "TND", "DZ": "DZD", "SN": "XOF", "CI": "XOF", "BJ": "XOF", "BF": "XOF",
    "ML": "XOF", "TG": "XOF", "NE": "XOF", "CM": "XAF", "GA": "XAF", "CG": "XAF", "TD": "XAF",
}  # fmt: skip

# Words that say a line is about pay: salary and rate words in the ten languages. The first
# ones are weak (they also start other sentences); `SALARY_WORDS` are the rest.
WEAK_CUES: tuple[str, ...] = (
    "expected", "expectation", "expectations", "expecting", "expect", "desired", "looking for",
    # the money emoji profile READMEs and social posts set before a rate: "💸 Open to remote
    # contracts from USD 5,500/month"
    "💸", "💰", "💵",
)
SALARY_WORDS: tuple[str, ...] = (
    "salary", "compensation", "pay", "rate", "ctc", "lpa", "remuneration", "budget", "wage",
    "package", "salario", "sueldo", "pretensión salarial", "pretensiones", "remuneración",
    "aspiración salarial", "aspiracion salarial", "salario deseado", "expectativa salarial",
    "pretensões salariais",
    "salário",
    "pretensão salarial", "pretensão", "pretensión", "remuneração", "wynagrodzenie",
    "oczekiwania finansowe", "stawka",
    "pensja", "зарплата", "заробітна плата", "очікування", "ставка", "salariu", "salariul",
    "așteptări salariale", "pretenții salariale", "pretentii salariale", "salaire", "prétentions",
    "prétention salariale", "attentes salariales", "pretensiones salariales",
    "expectativas salariales", "rémunération", "tjm", "gehalt",
    "gehaltsvorstellung", "gehaltswunsch", "vergütung", "stundensatz", "tagessatz",
    # Swiss German says Lohn and Salär where Germany says Gehalt (not "Lohn" alone: it opens
    # "Lohn- und Gehaltsabrechnung", a payroll clerk's work)
    "lohnvorstellung", "lohnvorstellungen", "lohnerwartung", "salärvorstellung",
    "lương",
    "mức lương", "mong muốn", "gaji", "ekspektasi gaji", "harapan gaji",
    "зарплатные ожидания", "желаемая зарплата", "ожидаемая зарплата", "ожидания по зарплате",
    "ожидания",
    "заработная плата", "доход", "желаемый доход", "ücret", "ücret beklentisi", "maaş",
    "maaş beklentisi", "maas beklentisi", "ucret beklentisi", "beklenti", "beklentim",
    "ral", "retribuzione", "stipendio", "compenso", "aspettative economiche", "tariffa",
    "bérigény", "fizetési igény", "fizetés", "зарада", "очекивана зарада", "plata", "zarada",
    "očekivana zarada", "الراتب", "راتب", "الراتب المتوقع", "เงินเดือน", "เงินเดือนที่ต้องการ",
)  # fmt: skip

# Words after a monthly figure that say how many monthly payments make a year where more than
# twelve is the custom: Portugal's and Spain's 14 ("(x14)", "14 pagas", "14 salários"), Austria's
# "14x", a 13th salary ("13 Gehälter"); or the salaries paid on top of twelve, Turkey's bonus
# ("yılda 2 maaş ikramiye": two salaries a year as bonus, 14 in all). Lower-cased text; a
# numbered group is the count, the group `extra` the salaries on top of twelve.
PAYMENTS_A_YEAR = (
    r"\(\s*[x×]\s?(1[3-5])\s*\)|[x×]\s?(1[3-5])(?!\d)|(?<!\d)(1[3-5])\s?[x×](?![^\W\d_])|"
    r"(?<!\d)(1[3-5])\s+(?:pagas|pagos|pagamentos|prestações|salários|salarios|sueldos|"
    r"mensualidades|monthly (?:payments|salaries)|salaries|payments|gehälter|monatsgehälter|"
    r"monatslöhne|löhne|pensji|pensje|wypłat)(?!\w)|"
    r"(?<!\d)(?P<extra>[1-4])\s+maa[şs](?:\s+tutar[ıi]nda)?\s+ikramiye"
)
