"""Words of stated experience ("5 años de experiencia", "ponad 5 lat doświadczenia", "mehr als
5 Jahre Berufserfahrung", "5 năm kinh nghiệm", "pengalaman 5 tahun") in the ten languages."""

from __future__ import annotations

YEAR_WORDS: tuple[str, ...] = (
    "years", "year", "yrs", "yr", "y", "años", "año", "anos", "ano", "lat", "lata", "rok",
    "roku", "років", "роки", "рік", "року", "лет", "года", "год", "ani", "an", "ans", "année",
    "années", "jahre", "jahren", "jahr", "năm", "tahun", "thn",
)  # fmt: skip
# "5-letnie doświadczenie", "5-jährige Berufserfahrung", "5-річний досвід"
YEAR_ADJECTIVES: tuple[str, ...] = (
    "letnie", "letniego", "letnim", "jährige", "jährigen", "jähriger", "річний", "річного",
    "year", "years",
)  # fmt: skip
MONTH_WORDS: tuple[str, ...] = (
    "months", "month", "mos", "mo", "meses", "mês", "mes", "miesięcy", "miesiące", "місяців",
    "місяці", "luni", "mois", "monate", "monaten", "tháng", "bulan",
)  # fmt: skip
EXPERIENCE: tuple[str, ...] = (
    "experience", "exp", "industry experience", "work experience", "experiencia",
    "experiência", "doświadczenia", "doświadczenie", "doświadczeniem", "досвіду", "досвід",
    "опыта", "опыт", "experiență", "experienta", "experiențã", "expérience",
    "expériences", "erfahrung", "berufserfahrung", "praxiserfahrung", "kinh nghiệm",
    "pengalaman", "berpengalaman",
)  # fmt: skip
QUANTIFIERS: tuple[str, ...] = (
    "over", "more than", "nearly", "almost", "about", "around", "approximately", "approx.",
    "~", ">", "close to", "más de", "casi", "cerca de", "mais de", "quase", "ponad", "prawie",
    "około", "ok.", "понад", "майже", "близько", "більше", "більше ніж", "peste", "aproape",
    "circa", "plus de", "près de", "environ", "mehr als", "über", "fast", "rund", "etwa",
    "hơn", "gần", "khoảng", "trên", "lebih dari", "hampir", "sekitar",
)  # fmt: skip
# Words that say the figure is the whole career ("total work experience of 2.5 years").
TOTAL: tuple[str, ...] = (
    "total", "overall", "in total", "altogether", "łącznie", "łączne", "łącznego", "w sumie",
    "całkowite", "загальний", "загалом", "загального", "totală", "în total", "au total",
    "insgesamt", "gesamt", "gesamte", "tổng", "tổng cộng", "keseluruhan", "totalnya",
)  # fmt: skip
# Between "N years" and a subject that makes it a claim of experience ("over 6 years in ML").
CLAIM_LINKS: tuple[str, ...] = (
    "in", "at", "as", "of", "building", "working", "with", "doing", "developing", "leading",
    "en", "como", "em", "w", "jako", "у", "як", "în", "ca", "dans", "comme", "als", "im",
    "trong", "làm", "di", "sebagai",
)  # fmt: skip
# Before "N years" they make it a claim too ("I have 6 years in data science").
CLAIM_OPENERS: tuple[str, ...] = (
    "have", "having", "has", "with", "bring", "bringing", "tengo", "tenho", "mam", "маю",
    "am", "j'ai", "habe", "có", "memiliki",
)  # fmt: skip
ENGLISH_NUMBERS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "a couple of": 2,
}  # fmt: skip
# Spans of time that need no "years" after them ("over a decade of experience").
ENGLISH_SPANS: dict[str, float] = {"a decade": 10, "one decade": 10, "two decades": 20}
