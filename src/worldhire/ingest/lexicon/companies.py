"""Company legal forms as people write them after a name ("Acme Ltd.", "Allegro Sp. z o.o.",
"PT Bank Central Asia Tbk"), for the résumé entries and the job posts alike.

Most forms match in any case, their dots optional ("S.R.L." = "SRL" = "s.r.l"). A form whose
letters are also a common word matches only as companies write it: a two-letter form with its
inner dot ("S.A", not Tagalog "sa"), or in capitals ("AB", not German "ab 2019"; "AS", not "as").
"""

from __future__ import annotations

import re

# Longest first where one form starts another ("Pvt. Ltd." before "Pvt.").
LEGAL_FORMS_ANY_CASE = (
    "Sp. z o.o.", "S.A. de C.V.", "S. de R.L.", "(Private) Limited", "Private Limited",
    "(Pvt.) Limited", "(Pvt.) Ltd.", "(Pty) Limited", "(Pty) Ltd.", "Pty. Ltd.", "Pvt. Ltd.",
    "Pte. Ltd.", "Sdn. Bhd.", "S.R.L.",
    "S.L.U.", "S.A.S.", "SARL", "Ltda.", "Limited", "GmbH", "Corp.", "Inc.", "Ltd.", "LLC", "PLC",
    # a German charity's company ("Klinikum am See gGmbH"): the form "GmbH" would cut it short
    "gGmbH",
    "Pvt.", "Pte.", "Pty.", "SRL", "S.L.", "S.A.", "B.V.", "N.V.", "A.Ş.", "A.S.", "Lda.", "Kft.",
    "Bhd.", "Tbk", "JSC", "OÜ",
    # Hungary ("Rába Holding Nyrt."), Serbia, Croatia and Slovenia ("Synergy d.o.o.", "Синергија
    # д.о.о."), Czechia and Slovakia ("Kovo s.r.o.")
    "Nyrt.", "Zrt.", "d.o.o.", "д.о.о.", "s.r.o.",
    # Thai: limited (public) company, "บริษัท ซีพี ออลล์ จำกัด (มหาชน)"
    "จำกัด (มหาชน)", "จำกัด",
)
LEGAL_FORMS_IN_CAPITALS = (
    "S.p.A.", "S.P.A.", "SpA", "AG", "SE", "SA", "BV", "NV", "AB", "AS", "Oy", "Co.",
)  # "SPA" and "spa" are words (a single-page app, a spa)


def _spelling(form: str) -> str:
    """The form's pattern: a space after a dot is optional; a dot is optional too, except inside
    a form of two letters ("S.A"), whose letters alone are a word."""
    short = sum(c.isalnum() for c in form) <= 2
    out = []
    for index, char in enumerate(form):
        if char == ".":
            out.append(r"\." if short and index < len(form) - 1 else r"\.?")
        elif char == " ":
            out.append(r"\s*" if form[index - 1] == "." else r"\s+")
        else:
            out.append(re.escape(char))
    return "".join(out)


# One legal form, whatever the surrounding regex's case flag; the caller says what may come
# before and after it.
LEGAL_FORM = (
    "(?:(?i:" + "|".join(_spelling(f) for f in LEGAL_FORMS_ANY_CASE) + ")"
    "|(?-i:" + "|".join(re.escape(f) for f in LEGAL_FORMS_IN_CAPITALS) + "))"
)

# A company's legal form at the end of its name, full stop included ("Sp. z o.o.", "Pvt. Ltd.").
LEGAL_FORM_END = re.compile(rf"\b{LEGAL_FORM}\.?(?<=\.)$")


# Legal forms a name opens with ("PT Cendana Teknologi", "Công ty Cổ phần FPT", "ТОВ «Епіцентр
# К»", "S.C. Alfa S.R.L."), for the résumé entries and the job posts alike. Those whose letters
# are also a word or a code ("PT" Portugal, "CV" a résumé, "SC" South Carolina) count only in
# capitals, as companies write them.
LEGAL_FORMS_BEFORE_ANY_CASE = (
    "Công ty Cổ phần", "Công ty CP", "Công ty TNHH MTV", "Công ty TNHH", "Công ty", "Cong ty",
    "S.C.", "บริษัท",
)
LEGAL_FORMS_BEFORE_IN_CAPITALS = (
    "TMCP", "ТзОВ", "ПрАТ", "ТОВ", "ПАТ", "ООО", "ОАО", "ЗАО", "ПАО", "ФОП", "PT", "CV", "SC",
    "ПП", "ДП", "КП", "АТ", "АО",
)
# One legal form that opens a name, whatever the surrounding regex's case flag.
LEGAL_FORM_BEFORE = (
    "(?:(?i:" + "|".join(_spelling(f) for f in LEGAL_FORMS_BEFORE_ANY_CASE) + ")"
    "|(?-i:" + "|".join(re.escape(f) for f in LEGAL_FORMS_BEFORE_IN_CAPITALS) + "))"
)
