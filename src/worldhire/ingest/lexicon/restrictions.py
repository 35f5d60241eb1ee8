"""The cue words of the sentences where a job post restricts where its hire may live, per
language, grouped by where the places they govern stand.

A post restricts candidates to a place only through a few kinds of words, in every language: where a
person lives ("based in", "residentes en", "mieszkających w", "wohnhaft in"), where they may work
from ("remote from", "desde", "a partir de", "z", "aus", "dari"), the right to work there,
candidates or hiring in a place, and "only" beside the place. The places a cue governs follow it in
its clause (FORWARD), stand just before it ("UAE or KSA residents", "US only": BACKWARD), or either
(EXCLUSIVE). A word for remote work followed closely by a place ("Remote (Philippines)", "Remote -
LATAM", "praca zdalna z dowolnego miejsca w Polsce") is a cue of its own (REMOTE_WORDS). A phrase
ending in "*" is a stem ("resid*": reside, residing, residents, residir, residentes, résidant,
residenti, rezidenți). Phrases are matched case-insensitively as whole words, as written (so "só" is
not English "so").
"""

from __future__ import annotations

# The papers that let a person work in a country, or live there and so work: a post may ask for
# one ("valid work permit required") or help with it (a visa word, ingest.posts.fields), and a
# résumé line naming one says where the person may work, not where they live
# (ingest.resumes.header).
WORK_PERMITS: tuple[str, ...] = (
    "work permit*", "permit to work",
    "permiso de trabajo", "permiso de residencia",
    "autorização de trabalho", "autorizacao de trabalho", "autorização de residência",
    "pozwolenie na prac*", "pozwolenia na prac*", "pozwoleniem na prac*",
    "zezwolenie na prac*", "zezwolenia na prac*", "zezwoleniem na prac*", "karta pobytu",
    "kartę pobytu", "karty pobytu",
    "дозвіл на роботу", "дозволу на роботу", "дозвол на роботу",
    "разрешение на работу", "разрешения на работу",
    "permis de munc*",
    "permis de travail", "autorisation de travail", "titre de séjour",
    "arbeitserlaubnis*", "arbeitsgenehmigung*", "aufenthaltstitel*", "aufenthaltserlaubnis*",
    "permesso di lavoro", "permesso di soggiorno",
    "çalışma izni*", "calisma izni*",
    "izin kerja",
)  # fmt: skip

# Being allowed to work in a country, said without the paper.
WORK_RIGHTS: tuple[str, ...] = (
    "right to work", "authorized to work", "authorised to work", "eligible to work",
    "legally able to work", "legally allowed to work", "work authorization",
    "work authorisation",
    "autorização para trabalhar", "permiso para trabajar", "autorización para trabajar",
    "prawo do pracy", "prawem do pracy",
    "drept de muncă", "dreptul de a lucra",
)  # fmt: skip

# A visa said to be needless, not refused ("No visa needed since it's remote", "you won't need
# a visa", "sin necesidad de visa"): the post says nothing of sponsoring one.
VISA_NEEDLESS: tuple[str, ...] = (
    "no visa needed", "no visa is needed", "no visa required", "no visa is required",
    "no visa necessary", "no need for a visa", "visa not needed", "visa is not needed",
    "visa not required", "visa is not required", "don't need a visa", "do not need a visa",
    "won't need a visa", "will not need a visa", "doesn't need a visa", "no visa needs",
    "sin necesidad de visa", "no necesitas visa", "no se necesita visa", "não precisa de visto",
    "sem necessidade de visto", "kein visum nötig", "kein visum erforderlich",
    "pas besoin de visa", "nie potrzebujesz wizy", "wiza nie jest potrzebna",
)  # fmt: skip

# The places these govern follow them in their clause.
FORWARD: tuple[str, ...] = (
    # the right to work there, in every language
    *WORK_PERMITS, *WORK_RIGHTS,
    # en
    "based in", "based within", "located in", "living in", "live in", "lives in",
    "people living in", "resid*", "domiciled in", "remote from", "remotely from", "remote in",
    "remote within",
    "work from", "working from", "within", "hire from", "hiring from", "hire in", "hiring in",
    "hire people in", "hire candidates in", "employ people in", "employ candidates in",
    "employ people who live in", "recruit from", "recruiting from", "recruit in",
    "candidates in", "candidates from", "candidates based in", "candidates located in",
    "applicants in", "applicants from", "applicants based in", "open to candidates in",
    "open to candidates from", "open to applicants in", "open to people in", "anywhere in",
    "from anywhere in", "must be in", "you need to be in", "you'll need to be in",
    "you have to be in", "you should be in", "you must be in", "you need to be based in",
    "you must live in", "you need to live in",
    # es
    "desde", "que vivan en", "que viva en", "radicad*", "ubicados en", "ubicado en",
    "basado en", "basados en", "candidatos de",
    "candidatos en", "personas de", "cualquier país de", "cualquier lugar de", "dentro de",
    # pt
    "a partir de", "de qualquer lugar d", "de qualquer país d", "quem mora", "quem more",
    "quem vive", "quem viva", "morando no", "morando na", "morando em",
    "baseado no", "baseada no", "baseado em",
    "baseada em", "candidatos do", "candidatos da", "candidatos de", "pessoas do", "pessoas de",
    # pl
    "z terenu", "z dowolnego miejsca w", "z dowolnego kraju", "mieszkając*", "zamieszkał*",
    "kandydaci z", "kandydatów z", "osoby z", "osób z",
    # uk
    "які проживають", "що проживають", "які перебувають в", "що перебувають в",
    "з будь-якої країни",
    "кандидатів з", "кандидати з",
    # ru
    "из любого города", "из любой точки", "проживающих в", "проживающие в", "кандидатов из",
    "кандидаты из",
    # ro
    "oriunde în", "din orice țară din", "cu domiciliul în", "rezid*", "candidați din",
    "să locuiască în", "sa locuiasca in", "locuiesc în", "locuiește în", "locuiești în",
    # fr
    "depuis", "résid*", "basé en", "basée en", "basés en", "basé au", "basée au", "basés au",
    "domicili*", "candidats en", "candidats au", "candidats basés", "autoris*",
    "ouvert aux candidats",
    "ouvert aux personnes",
    # de
    "innerhalb", "wohnhaft in", "wohnsitz in", "mit wohnsitz", "ansässig in",
    "bewerber aus", "bewerberinnen aus",
    "kandidaten aus", "von überall in",
    # it
    "con residenza in", "da qualsiasi paese", "da tutta", "da tutto",
    "candidati in", "candidati da",
    # id
    "berdomisili di", "tinggal di", "yang tinggal di", "kandidat dari", "kandidat di",
    "kandidat yang", "terbuka untuk", "dari mana saja di", "di mana saja di",
    # vi
    "sinh sống tại", "sinh sống ở", "cư trú tại", "ứng viên tại", "ứng viên ở",
    # tr
    "ikamet eden", "yaşayan",
    # ar: "السكن في العاشر من رمضان أو الزقازيق" (living in), "مقيم في" (resident in)
    "السكن في", "الإقامة في", "الاقامة في", "مقيم في", "مقيمين في", "يقيم في",
)  # fmt: skip

# "Only" and its kin: the places they govern stand on either side ("US only", "only in Kenya").
EXCLUSIVE: tuple[str, ...] = (
    "only", "exclusively", "solo", "sólo", "solamente", "únicamente", "exclusivamente",
    "apenas", "somente", "só", "tylko", "wyłącznie", "лише", "тільки", "виключно", "doar",
    "numai", "exclusiv", "uniquement", "seulement", "exclusivement", "nur", "ausschließlich",
    "soltanto", "esclusivamente", "hanya", "khusus", "sahaja", "chỉ", "sadece", "yalnızca",
)  # fmt: skip

# The places these govern stand just before them ("UAE or KSA residents", "EU citizens").
BACKWARD: tuple[str, ...] = (
    "residents", "resident", "citizens", "nationals", "passport holders", "residentes",
    "rezidenți", "résidents", "residenti", "ikamet eden", "yaşayan", "dahil",
)  # fmt: skip

# Words for remote work: a place right after one says where the remote work may be done from.
REMOTE_WORDS: tuple[str, ...] = (
    "remote", "remotely", "fully remote", "work from home", "wfh", "remot*", "teletrabajo",
    "home office", "zdaln*", "віддален*", "дистанційн*", "télétravail", "à distance",
    "full remote", "da remoto", "in remoto", "lavoro remoto", "mobiles arbeiten",
    "jarak jauh", "từ xa", "uzaktan", "удаленн*", "удалённ*", "удаленка",
    "дистанционн*",
)  # fmt: skip

# Country names that Unicode's country tables write formally ("Federación de Rusia") but people
# write plainly, in the hiring regions' languages, with the forms that follow prepositions.
PLAIN_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "RU": ("russia", "rusia", "rússia", "rosja", "rosji", "russie", "russland", "росія",
           "росії", "rusya"),
    "BY": ("belarus", "bielorrusia", "bielorrússia", "białoruś", "białorusi", "biélorussie",
           "weißrussland", "білорусь", "білорусі"),
    "KR": ("south korea", "corea del sur", "coreia do sul", "korea południowa", "corée du sud",
           "südkorea", "hàn quốc", "korea selatan"),
    "AE": ("uae", "u.a.e.", "emirates", "united arab emirates"),
    "SA": ("ksa", "saudi arabia", "saudi"),
    "CZ": ("czech republic",),
}  # fmt: skip

# The languages whose Unicode country names the gazetteer adds (pycountry's translations;
# its Vietnamese names are spelled syllable by syllable, as posts do not write them).
GAZETTEER_LANGUAGES: tuple[str, ...] = (
    "es", "pt", "pl", "uk", "ro", "fr", "de", "it", "id", "tr",
)  # fmt: skip
