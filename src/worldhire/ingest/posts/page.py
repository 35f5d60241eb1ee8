"""The page a job post was copied from, around its words: a job board's menu, navigation,
logo and buttons, a forum's or social network's lines about the author ("Posted by ...", the
author's headline), greetings and e-mail subjects; and a line cleaned of markup and hashtags.
The title (posts.title) and the company (posts.company) are read past them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from worldhire.ingest.posts.items import PICTOGRAPHS
from worldhire.ingest.posts.text import PostText
from worldhire.ingest.posts.words import pattern
from worldhire.ingest.shared.folded_text import fold

# Hashtags a hiring post ends with ("#hiring #remotejobs", "#lowongankerja"); a résumé has none.
HASHTAGS = re.compile(r"(?<![\w#&])#[^\W\d_]\w{2,}")

# A capital letter in the hiring regions' scripts: company names are written in Cyrillic and
# with diacritics too ("Смерека Софт", "Łódź Data", "Đông Á Tech").
CAP = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻĂÂÎȘȚĐİŞĞА-ЯЁІЇЄҐ"

SUBJECT = re.compile(r"^\s*(?:subject|betreff|assunto|asunto|temat|objet|oggetto|тема|subiect|"
                     r"chủ đề|perihal|re|fwd?)\s*:", re.IGNORECASE)  # fmt: skip

# A line that greets the reader or signs off: never a company's name.
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:day|morning|afternoon)|greetings|hola|olá|ola|bonjour|"
    r"buenas|buenos días|bom dia|boa tarde|oi|galera|halo semuanya|estimad[oa]s?|prezad[oa]s?|"
    r"salut|hallo|guten tag|grüezi|gruezi|sehr geehrte|liebe|dzień dobry|cześć|witam|"
    r"доброго дня|добрий день|привіт|bună ziua|buna ziua|salut|xin chào|chào|halo|selamat|"
    r"thanks|thank you|regards|best|cheers|cumprimentos|saludos|pozdrawiam|mit freundlichen|"
    r"freundliche grüsse|cordialement|buongiorno|buonasera|salve|ciao|gentile|cordiali saluti|"
    r"здравствуйте|всем привет|привет|добрый день|"
    # Swahili, Tagalog, Hindi, Arabic, Hausa and Yoruba openings of a message
    r"habari|hujambo|jambo|salamu|kumusta|magandang (?:araw|umaga|hapon|gabi)|namaste|namaskar|"
    r"assalamu ?alaikum|as-salamu alaykum|salam|sannu|e kaaro|ẹ kú)\b",
    re.IGNORECASE,
)

_MARKS = re.compile(r"\*\*|__|[*_`#>]|" + PICTOGRAPHS.pattern)
# A job board's buttons pasted with the post ("Başvur   Kaydet   Paylaş", "Aplikuj Zapisz").
BUTTONS = re.compile(
    r"\b(?:apply|save|share|başvur|kaydet|paylaş|aplikuj|zapisz|udostępnij|salvar|compartilhar|"
    r"postular|guardar|compartir|postuler|bewerben|speichern|teilen|postularme|postulate|"
    r"postúlate|candidatar-se|candidatarse|iscriviti|salva|откликнуться|aplică|salvează|"
    r"ứng tuyển|lưu tin|lamar|simpan|bagikan|відгукнутися|merken|inscribirme|"
    # a careers site's header links ("Search for Jobs", "Sign In" above a Workday posting)
    r"sign in|log in|sign up|search for jobs|search jobs|find jobs)\b",
    re.IGNORECASE,
)


def clean_line(line: str) -> str:
    line = HASHTAGS.sub(" ", line)  # "... arıyoruz! #işilanı": tags are no part of a name
    return re.sub(r"\s+", " ", _MARKS.sub(" ", line)).strip(" :-–—|·")


# What a job board's menu offers besides the post: signing in, its lists of jobs and companies.
_MENU_WORDS = re.compile(
    r"\b(?:log ?in|sign ?in|sign up|anmelden|einloggen|registrieren|se connecter|connexion|"
    r"ingresar|iniciar sesi[oó]n|entrar|zaloguj|увійти|войти|masuk|daftar|đăng nhập|accedi|"
    r"jobs|empleos|vagas|emplois|offres d'emploi|ofertas|oferty pracy|stellenangebote|вакансії|"
    r"lowongan|việc làm|companies|entreprises|empresas|unternehmen|firmy|startups)\b",
    re.IGNORECASE,
)
_MENU_WORDS_IN_A_LINE = 3


def _page_parts(line: str) -> list[str]:
    """The parts of a line copied from a page: split at separators and at runs of spaces (a
    menu or a row of chips: "Việc làm   Hồ sơ & CV", "Remote   Full-time   Senior")."""
    return re.split(r"\s+[|·•]\s+|\s{3,}", _MARKS.sub(" ", line).strip())


def menu_line(line: str) -> bool:
    """A job board's menu pasted as one line ("StepStone | Jobs finden | Gehaltsplaner |
    Anmelden", "Welcome to the Jungle · Offres d'emploi · Entreprises · Se connecter"): three
    parts or more, one a menu's word, none naming a role; or, its separators lost, a short line
    of three of a menu's words and no role ("Jobs finden Unternehmen Gehaltsplaner Anmelden")."""
    parts = _page_parts(line)
    roles = pattern("role")
    if len(_MENU_WORDS.findall(line)) >= _MENU_WORDS_IN_A_LINE and len(line.split()) <= 8:
        return not roles.search(fold(line))
    return (len(parts) >= 3 and any(_MENU_WORDS.search(x) for x in parts)
            and not any(roles.search(fold(x)) for x in parts))  # fmt: skip


URL = re.compile(r"https?://[^\s)>\]]+")


def after_greeting(line: str) -> str:
    """A line without the greeting it opens with ("Привет! Открыта вакансия Senior ..." goes on
    after it); a line that only greets ("Hi Marta,") is nothing."""
    if not GREETING.match(line):
        return line
    rest = re.split(r"(?<=[!.?])\s+", line, maxsplit=1)
    return rest[1] if len(rest) == 2 and len(rest[1].split()) >= 2 else ""


TAGS = re.compile(r"^(?:\s*#[^\W\d_][\w-]*)+\s*$")
# A forum's or chat's own lines above a post: the board ("r/forhire"), who posted it and when
# ("Posted by u/oddbird_joao · 6h", "Moonmoth Games — Today at 14:02").
FORUM_LINE = re.compile(
    r"^\s*(?:[ru]/[\w-]+\s*$|posted by\b|.{1,40}\s[—–-]\s(?:today|yesterday)\s+at\s+\d|"
    # an X/Threads author ("Maya Reyes @mayabuilds · Dec 2") or a message's sender and time
    # ("Sneha Kulkarni · 3:42 PM")
    r".{1,60}?\s@[\w.]{2,30}\s*(?:[·•]|$)|.{1,60}?\s[·•]\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*$|"
    # a feed's mark of a paid post, between the author's name and headline ("Promoted")
    r"(?:promoted|sponsored|gesponsert|sponsorisé|patrocinado|promowane|promovat|sponsorlu|"
    r"bersponsor|được tài trợ|реклама|промовано)\s*$)",
    re.IGNORECASE,
)

# A social post's author line: their name, then their headline ("Head of Engineering at
# Nordlicht Analytics | Hiring!"): their job and employer, not the job on offer.
HEADLINE = re.compile(
    rf"^\s*[^|@\n]{{3,60}}?\s+(?:at|@|presso|chez|bei|в|у|em|na|no|en|la|w|di|tại)\s+(?P<n>[{CAP}0-9][\w&+.'-]*"
    rf"(?:\s+[{CAP}0-9][\w&+.'-]*){{0,3}})\s*(?:[|•·,]|$)"
)


# What a social network prints beside the author's name: the connection's degree ("• 2nd",
# "· 3rd+", "• 1º", which text cleaning makes "• 1o"), pronouns ("(She/Her)"), a verified tick.
_AUTHOR_MARKS = re.compile(
    r"\s*(?:[•·]\s*(?:1st|2nd|3rd\+?|\d+th\+?|\d°\+?|\d\.?[ºo]\+?)|\((?:he|she|they|lei|lui)/\w+\)|"
    r"[✓✔☑]|\bverified\b)",
    re.IGNORECASE,
)


def author_headline(post: PostText) -> str | None:
    """The headline under the author's name at the top of a pasted social post, if any."""
    lines = [line for line in joined_head(post) if not GREETING.match(line)]
    lines += [i.text(post.text) for i in post.items()[:1]]
    for above, line in pairwise(lines[:6]):
        name = _AUTHOR_MARKS.sub("", above).strip()
        person = re.fullmatch(rf"[{CAP}][\w'-]+(?:\s+[{CAP}][\w'-]+){{1,2}}", name)
        employer = HEADLINE.match(line)
        # "Lumen Labs" over "ML Engineer at Lumen Labs | Berlin" is the company and its title
        if person and employer and fold(employer.group("n")) != fold(name):
            return line
    return None


# A job board's navigation pasted with the post: "Vagas › Data Science › Lviv", "< Back to all
# jobs", "Oferty pracy > Python > Kraków".
NAVIGATION = re.compile(
    # (a closing guillemet inside a name is no breadcrumb: "ООО «Северный Лён»")
    r"(?:^|\s)[›»](?:\s|$)|\s>\s.*\s>\s|^\s*[<←]\s|"
    # a path from the board's home page, whatever joins it ("Inicio / Empleos / Tecnología")
    r"^\s*(?i:home|inicio|início|accueil|startseite|strona główna|головна|trang chủ|beranda)"
    r"\s*[/>|]\s|"
    # a menu pasted as one line: "Việc làm IT  Công ty  Blog", "Jobs  People  Learning"
    r"^\s*\S+(?: \S+){0,2}(?:\s{2,}\S+(?: \S+){0,2}){2,}\s*$"
)


def _logo(text: str, start: int, line: str) -> bool:
    """A job board's name pasted above its menu ("We Work Remotely" / "Remote Jobs   Top Remote
    Companies   Post a Job"): the board's, not the employer's nor the role's."""
    following = text[start + len(line) + 1 :].split("\n", 1)[0]
    # (a row of chips below a short title is no menu: "Remote   Full-time   Senior")
    parts = _page_parts(following)
    menu = sum(bool(_MENU_WORDS.search(x)) for x in parts) >= 2
    return len(line.split()) <= 4 and (menu_line(following) or menu)


# A printed page's running head, pasted from a newspaper's PDF with the advert: "THE NEW VISION,
# Friday, December 4, 2026   CLASSIFIEDS 41" names the paper and its date, not the employer.
RUNNING_HEAD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\b",
    re.IGNORECASE,
)


def joined_head(post: PostText) -> list[str]:
    """Head lines with a wrapped line put back ("Híbrido (São" / "Paulo)"), without a job
    board's navigation or a printed page's running head."""
    out: list[str] = []
    for start, line in post.head:
        if NAVIGATION.search(line) or FORUM_LINE.match(line) or _logo(post.text, start, line):
            continue
        if RUNNING_HEAD.search(line):
            continue
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out
