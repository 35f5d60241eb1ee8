"""Words of stated experience ("5 años de experiencia", "ponad 5 lat doświadczenia", "mehr als
5 Jahre Berufserfahrung", "5 năm kinh nghiệm", "pengalaman 5 tahun", "8 anni di esperienza") in
the ten languages and Italian."""

from __future__ import annotations

import re

YEAR_WORDS: tuple[str, ...] = (
    "years", "year", "yrs", "yr", "y", "años", "año", "anos", "ano", "lat", "lata", "rok",
    "roku", "років", "роки", "рік", "року", "лет", "года", "год", "ani", "an", "ans", "année",
    "années", "jahre", "jahren", "jahr", "năm", "tahun", "thn", "роками", "років", "latami",
    "yıl", "yıllık", "sene", "senelik", "anni", "anno",
    "سنوات", "سنة", "سنين", "عام", "عاما", "عاماً", "أعوام", "اعوام",
)  # fmt: skip
# "5-letnie doświadczenie", "5-jährige Berufserfahrung", "5-річний досвід"
YEAR_ADJECTIVES: tuple[str, ...] = (
    "letnie", "letniego", "letnim", "jährige", "jährigen", "jähriger", "річний", "річного",
    "year", "years",
)  # fmt: skip
MONTH_WORDS: tuple[str, ...] = (
    "months", "month", "mos", "mo", "meses", "mês", "mes", "miesięcy", "miesiące", "місяців",
    "місяці", "luni", "mois", "monate", "monaten", "tháng", "bulan",
    "месяцев", "месяца", "месяц", "ay", "aylık", "mesi", "mese",
    "monat", "miesiąc", "miesiąca", "міс", "місяць", "місяця", "мес",
)  # fmt: skip
EXPERIENCE: tuple[str, ...] = (
    "experience", "exp", "industry experience", "work experience", "experiencia",
    "experiência", "doświadczenia", "doświadczenie", "doświadczeniem", "досвіду", "досвід",
    "опыта", "опыт", "experiență", "experienta", "experiențã", "expérience",
    "expériences", "erfahrung", "berufserfahrung", "praxiserfahrung", "kinh nghiệm",
    "pengalaman", "berpengalaman",
    "deneyim", "deneyime", "deneyimli", "deneyimim", "tecrübe", "tecrübeli",
    # the possessive: "7 yıllık ihracat tecrübesi", "6 yıllık operasyon deneyimi"
    "deneyimi", "tecrübesi", "tecrübem",
    "experiance", "experince", "expirience", "exprience",
    "trayectoria", "trajetória", "trajectória", "стаж",
    "стажем", "стажу", "staż", "stażu", "esperienza", "esperienze", "esperienza lavorativa",
    # Arabic, with "with" joined to it as Arabic writes it: "محاسب أول بخبرة ٨ سنوات"
    "خبرة", "بخبرة", "الخبرة", "خبرتي",
)  # fmt: skip
QUANTIFIERS: tuple[str, ...] = (
    "over", "more than", "nearly", "almost", "about", "around", "approximately", "approx.",
    "~", ">", "close to", "más de", "casi", "cerca de", "mais de", "quase", "ponad", "prawie",
    # "há uns 8 anos", "desde hace unos 6 años": "some", before a number, is "about"
    "uns", "umas", "unos", "unas", "alrededor de", "por volta de", "aproximadamente",
    "około", "ok.", "понад", "майже", "близько", "більше", "більше ніж", "peste", "aproape",
    "circa", "plus de", "près de", "environ", "mehr als", "über", "fast", "rund", "etwa",
    "hơn", "gần", "khoảng", "trên", "lebih dari", "hampir", "sekitar",
    "более", "больше", "свыше", "почти", "около", "порядка", "fazla", "yaklaşık", "üzeri",
    "oltre", "più di", "quasi",
)  # fmt: skip
# Words that say the figure is the whole career ("total work experience of 2.5 years").
TOTAL: tuple[str, ...] = (
    "total", "overall", "in total", "altogether", "łącznie", "łączne", "łącznego", "w sumie",
    "całkowite", "загальний", "загалом", "загального", "totală", "în total", "au total",
    "insgesamt", "gesamt", "gesamte", "tổng", "tổng cộng", "keseluruhan", "totalnya",
    "in totale", "complessiva", "complessivi",
)  # fmt: skip
# Between "N years" and a subject that makes it a claim of experience ("over 6 years in ML").
CLAIM_LINKS: tuple[str, ...] = (
    "in", "at", "as", "of", "building", "working", "with", "doing", "developing", "leading",
    "en", "como", "em", "w", "jako", "у", "як", "în", "ca", "dans", "comme", "als", "im",
    "trong", "làm", "di", "sebagai", "в", "на", "doing", "on", "across", "managing", "nel",
    "nella", "come", "à",
    "driving", "running", "supervising", "designing", "teaching",
)  # fmt: skip
# Before "N years" they make it a claim too ("I have 6 years in data science").
CLAIM_OPENERS: tuple[str, ...] = (
    "have", "having", "has", "with", "bring", "bringing", "tengo", "tenho", "mam", "маю",
    "am", "j'ai", "habe", "có", "memiliki", "the last", "the past", "last", "past", "ho",
    "have spent", "has spent", "ve spent",  # "I have spent nine years at the front desk"
    # "Enfermera general con 9 años en hospitalización", "llevo ocho años en recursos humanos"
    "con", "com", "avec", "cu", "mit", "dengan", "llevo", "levo",
)  # fmt: skip
# Number words written before a year word ("siete años", "seis anos", "fünf Jahre"), in the
# languages whose numbers do not collide with a year word (Vietnamese "năm" is both five and
# year, so Vietnamese has none here). Keys are folded (no accents), and a word written with
# accents has its written form too: the text is matched as written ("pięć", "fünf").
ENGLISH_NUMBERS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "a couple of": 2,
    # es
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12, "quince": 15, "veinte": 20,
    # pt
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10,
    "vinte": 20,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "douze": 12, "vingt": 20,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "zwolf": 12, "zwanzig": 20, "fünf": 5, "zwölf": 12,
    # pl
    "dwa": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6, "siedem": 7, "osiem": 8,
    "dziewiec": 9, "dziesiec": 10, "pietnascie": 15, "pięć": 5, "sześć": 6, "dziewięć": 9,
    "dziesięć": 10, "piętnaście": 15,
    # pl, after "od" and "ponad" ("od sześciu lat", "ponad pięciu lat")
    "dwoch": 2, "trzech": 3, "czterech": 4, "pieciu": 5, "szesciu": 6, "siedmiu": 7, "osmiu": 8,
    "dziewieciu": 9, "dziesieciu": 10, "dwóch": 2, "pięciu": 5, "sześciu": 6, "ośmiu": 8,
    "dziewięciu": 9, "dziesięciu": 10,
    # uk
    "два": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8,
    "дев'ять": 9, "десять": 10,
    # ro
    "doi": 2, "trei": 3, "patru": 4, "cinci": 5, "sase": 6, "sapte": 7, "noua": 9, "zece": 10,
    "șase": 6, "şase": 6, "șapte": 7, "şapte": 7, "nouă": 9,
    # id
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10,
    # it ("almeno tre anni di esperienza"; "sei" and "nove" as es and pt write them)
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "dieci": 10, "dodici": 12, "quindici": 15, "venti": 20,
}  # fmt: skip
# The number words as a regex alternation matched as written, longest first ("a couple of"
# before "a"; "dziesięciu" before "dziesięć").
NUMBER_WORDS = "|".join(re.escape(w) for w in sorted(ENGLISH_NUMBERS, key=len, reverse=True))
# "Ingénieure depuis 4 ans", "há 5 anos", "seit über 7 Jahren", "de aproape 9 ani", "od 5
# lat", "вже 6 років", "sejak 3 tahun", "for 11 years" (after "I've been driving"): a span of
# time up to now, before the figure.
SINCE: tuple[str, ...] = (
    "depuis", "há", "ha", "hace", "desde hace", "seit", "od", "від", "вже", "уже", "de",
    "sejak", "selama", "từ",
)  # fmt: skip
# Spans of time that need no "years" after them ("over a decade of experience").
ENGLISH_SPANS: dict[str, float] = {"a decade": 10, "one decade": 10, "two decades": 20}
