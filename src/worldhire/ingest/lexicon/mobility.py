"""Work authorization, sponsorship and relocation phrases in the ten hiring-region languages
(English ones are read by fields.work_authorization's own patterns)."""

from __future__ import annotations

# A country's people by their English adjective, as work authorization and a post's restriction
# name them ("Polish citizen", "South African citizens only").
NATIONALITIES: dict[str, str] = {
    "american": "US", "british": "GB", "canadian": "CA", "irish": "IE", "australian": "AU",
    "indian": "IN", "singaporean": "SG", "filipino": "PH", "philippine": "PH",
    "indonesian": "ID", "vietnamese": "VN", "kenyan": "KE", "nigerian": "NG", "ghanaian": "GH",
    "south african": "ZA", "egyptian": "EG", "brazilian": "BR", "mexican": "MX",
    "colombian": "CO", "argentine": "AR", "argentinian": "AR", "chilean": "CL", "peruvian": "PE",
    "polish": "PL", "romanian": "RO", "serbian": "RS", "ukrainian": "UA", "turkish": "TR",
    "german": "DE", "french": "FR", "spanish": "ES", "italian": "IT", "dutch": "NL",
    "portuguese": "PT", "ugandan": "UG", "rwandan": "RW", "tanzanian": "TZ", "zambian": "ZM",
    "ethiopian": "ET", "malaysian": "MY", "pakistani": "PK", "bangladeshi": "BD",
}  # fmt: skip

NO_SPONSORSHIP: tuple[str, ...] = (
    "não preciso de visto", "não necessito de visto", "não preciso de patrocínio",
    "sem necessidade de visto", "não requer visto", "no necesito visa", "no necesito visado",
    "no requiero visa", "no requiero patrocinio", "no necesito patrocinio",
    "sin necesidad de visa", "sin necesidad de visado", "bez konieczności sponsorowania wizy",
    "bez konieczności sponsorowania", "nie potrzebuję wizy", "nie wymagam sponsorowania",
    "nie potrzebuję sponsorowania", "bez potrzeby wizy", "не потребую візи",
    "не потрібна віза", "віза не потрібна", "не потребую візової підтримки",
    "nu am nevoie de viză", "nu am nevoie de sponsorizare", "fără sponsorizare",
    "nu necesit viză", "pas besoin de visa", "pas besoin de parrainage",
    "sans besoin de sponsorisation", "sans besoin de visa", "aucun visa requis",
    "kein visum erforderlich", "benötige kein visum", "kein sponsoring erforderlich",
    "keine arbeitserlaubnis erforderlich", "benötige keine arbeitserlaubnis",
    "không cần bảo lãnh visa", "không cần visa", "không cần tài trợ visa",
    "tidak memerlukan sponsor visa", "tidak perlu visa", "tidak memerlukan visa",
)  # fmt: skip
NEEDS_SPONSORSHIP: tuple[str, ...] = (
    "preciso de visto", "necessito de visto", "preciso de patrocínio", "necesito visa",
    "necesito visado", "requiero patrocinio", "necesito patrocinio", "potrzebuję wizy",
    "wymagam sponsorowania", "potrzebuję sponsorowania", "потребую візи", "потрібна віза",
    "потребую візової підтримки", "am nevoie de viză", "necesit viză",
    "am nevoie de sponsorizare", "besoin d'un visa", "besoin d'une sponsorisation",
    "besoin de parrainage", "benötige ein visum", "benötige visa-sponsoring",
    "benötige eine arbeitserlaubnis", "cần bảo lãnh visa", "cần visa",
    "memerlukan sponsor visa", "perlu visa",
)  # fmt: skip
EU_CITIZEN: tuple[str, ...] = (
    "cidadania europeia", "cidadão europeu", "cidadã europeia", "passaporte europeu",
    "ciudadanía europea", "ciudadano europeo", "ciudadana europea", "pasaporte europeo",
    "obywatel ue", "obywatelka ue", "obywatelstwo ue", "громадянство єс", "громадянин єс",
    "громадянка єс", "cetățean ue", "cetățenie ue", "cetățenie europeană",
    "citoyen européen", "citoyenne européenne", "nationalité européenne", "eu-bürger",
    "eu-bürgerin", "eu-staatsbürger", "công dân eu", "warga negara uni eropa",
)  # fmt: skip
CITIZENSHIP: dict[str, str] = {
    "obywatelstwo polskie": "PL", "cidadania portuguesa": "PT", "cidadania italiana": "IT",
    "cidadania brasileira": "BR", "ciudadanía española": "ES", "ciudadanía mexicana": "MX",
    "nacionalidad española": "ES", "nationalité française": "FR",
    "deutsche staatsbürgerschaft": "DE", "deutscher staatsbürger": "DE",
    "cetățenie română": "RO", "cetățean român": "RO", "громадянство україни": "UA",
    "громадянин україни": "UA", "громадянка україни": "UA", "wni": "ID",
    "warga negara indonesia": "ID", "quốc tịch việt nam": "VN",
    "гражданство: россия": "RU", "гражданство рф": "RU", "гражданство: рф": "RU",
    "гражданство: казахстан": "KZ", "гражданство: беларусь": "BY",
    "гражданство: узбекистан": "UZ", "гражданство: кыргызстан": "KG",
    "гражданство: армения": "AM", "гражданство: грузия": "GE", "гражданство: украина": "UA",
    "гражданство беларусь": "BY", "гражданство: армянское": "AM", "гражданство армянское": "AM",
    "t.c. vatandaşı": "TR", "türk vatandaşı": "TR", "uyruk: t.c.": "TR", "uyruk: türk": "TR",
    "uyruk türk": "TR", "uyruk: türkiye": "TR",
}  # fmt: skip

RELOCATION: tuple[str, ...] = (
    "willing to relocate", "open to relocation", "open to relocate", "ready to relocate",
    "happy to relocate", "able to relocate", "can relocate", "available for relocation",
    "open for relocation", "relocation", "relocate", "disponibilidad para reubicarme",
    "disponible para reubicarme", "dispuesto a reubicarme", "dispuesta a reubicarme",
    "disponibilidad para mudarme", "dispuesto a mudarme", "dispuesta a mudarme",
    "dispuesto a trasladarme", "reubicación", "disponível para mudança",
    "disponibilidade para mudança", "disponível para realocação", "aberto a realocação",
    "aberta a realocação", "relocação", "realocação", "gotowy do relokacji",
    "gotowa do relokacji", "gotowy do przeprowadzki", "gotowa do przeprowadzki",
    "otwarty na relokację", "otwarta na relokację", "możliwość relokacji", "relokacja",
    "готовий до релокації", "готова до релокації", "готовий до переїзду",
    "готова до переїзду", "готовий переїхати", "готова переїхати", "можу переїхати",
    "готов к переезду", "готова к переезду", "готов переехать", "релокація",
    "dispus să mă relochez", "dispusă să mă relochez",
    "dispus să mă mut", "dispusă să mă mut", "deschis la relocare", "disponibil pentru relocare",
    "relocare", "prêt à déménager", "prête à déménager", "prêt à me relocaliser",
    "prête à me relocaliser", "mobilité géographique", "ouvert à la relocalisation",
    "umzugsbereit", "bereit umzuziehen", "bereitschaft zum umzug", "umzugsbereitschaft",
    "sẵn sàng chuyển", "sẵn sàng di chuyển", "có thể chuyển đến", "bersedia relokasi",
    "bersedia pindah", "bersedia ditempatkan", "siap relokasi",
    "рассматриваю релокацию", "рассматриваю переезд",
    "taşınmaya açığım", "taşınmaya açık", "tasinmaya acigim", "tasinmaya acik",
    "yurt dışına taşınmaya açığım", "relokasyona açığım",
)  # fmt: skip
# Before a relocation phrase, these make it a refusal ("not open to relocation").
RELOCATION_REFUSALS: tuple[str, ...] = (
    "not", "no", "don't", "do not", "unwilling", "nie", "no estoy", "não", "не", "nu",
    "pas", "nicht", "kein", "keine", "không", "tidak",
)  # fmt: skip
# Between a relocation phrase and the places ("to", "a", "para", "do", "nach", "în", "ke").
RELOCATION_TO: tuple[str, ...] = (
    "to", "into", "within", "across", "a", "al", "para", "em", "do", "na", "w", "до", "в",
    "у", "în", "la", "à", "au", "en", "nach", "in", "ke", "di", "đến", "tới",
)  # fmt: skip
