"""The parts of a requirement item that do not ask for what they name: the words a welcome
governs ("Portuguese a plus", "ideally in a consumer business"), the clauses that tell the reader
they need not bring a thing or will be taught it ("no Java needed", "Terraforma nauczymy Cię"),
the conditions of the job ("Bersedia ditempatkan di Surabaya"), the reasons given ("porque todo
pasa por nuestra base de datos"), a job board's search tags, what a spoken language is used for
("Inglés B2 (reuniones con clientes)") and a degree's fields of study. Each is a list of
[start, end) spans of the item's text.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon import cue_pattern
from worldhire.ingest.lexicon.experience import EXPERIENCE
from worldhire.ingest.lexicon.requirement_markers import NICE_BEFORE_MARKERS
from worldhire.ingest.posts.fields import years_in
from worldhire.ingest.posts.words import pattern, spoken_language_names
from worldhire.ingest.shared.folded_text import fold

# The word for experience in the hiring languages (the résumés' lexicon, with the Polish and
# Ukrainian endings a post may give it: "doświadczeniu", "досвідом").
EXPERIENCE_WORDS = cue_pattern(EXPERIENCE, r"do[sś]wiadczeni\w*", r"досвід\w*")


# The welcoming words that stand before what they welcome ("ideally in a consumer business").
_WELCOME_BEFORE = frozenset(fold(p) for p in NICE_BEFORE_MARKERS)
# Where a clause ends inside an item: a welcome reaches no further back or forward.
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|\n")
# A welcome that goes on to the rest of its clause ("would be a real advantage, as would some
# R", "serait un plus, ainsi qu'une certification PMP"), folded.
_WELCOME_GOES_ON = re.compile(
    r"[^.;]{0,30}?,?\s*(?:as would|as is|as are|and so is|and so are|as well as|ainsi qu|"
    r"de meme que|tout comme|asi como|assim como|cosi come|come anche|sowie|ebenso|"
    r"podobnie jak|jak rowniez|так само як|а також)\b"
)
# Words that open a new requirement inside a list ("..., bisa Python (pandas) menjadi nilai
# plus", "..., il francese è un plus"): a welcome after them reaches back to them, not to the
# items before the comma.
_LEAD = re.compile(
    r"\s*(?:bisa|mampu|paham|knowledge of|familiarity with|familiar with|experience (?:with|in)|"
    r"exposure to|conhecimento (?:em|de)|conocimientos? (?:de|en)|znajomosc|знание|знання|"
    r"понимание|розуміння|"
    r"kenntnisse|connaissance|conoscenza|biet|"
    # an article opens a new subject ("inglese fluente, il francese è un plus")
    r"il|lo|la|el|los|las|the|der|die|das|le|les)\b(?!')"
)


# A conjunction between two welcomes of one thing ("apprécié mais pas indispensable", "a plus,
# but not required", "mile widziany, ale nie jest konieczny"), folded.
_BUT = re.compile(
    r"[\s,]*(?:mais|but|ale|aber|pero|mas|dar|tapi|nhung|але|но|ma|not)?[\s,]*"
)


def _part_break_outside_brackets(text: str, begin: int, end: int) -> int:
    """The last comma, or dash with a space on each side, in text[begin:end] outside brackets
    ("AWS (Lambda, ECS) será um diferencial": the comma between Lambda and ECS parts no welcome
    from what it welcomes; "Docker and a feature store – Feast is nice to have": the dash ends
    what the line requires); -1 when there is none."""
    depth = 0
    for index in range(end - 1, begin - 1, -1):
        char = text[index]
        depth += (char == ")") - (char == "(")
        if depth > 0:
            continue
        if char == "," or (char in "-–—" and text[index - 1 : index].isspace()
                           and text[index + 1 : index + 2].isspace()):
            return index
    return -1


def _opens_with_welcome_before(welcome: str) -> bool:
    return any(welcome == word or welcome.startswith(word + " ") for word in _WELCOME_BEFORE)


def optional_spans(text: str, found: list[int]) -> list[tuple[int, int]]:
    """The parts of an item that a word of welcome governs (`found`: where the item's names
    start): what follows "ideally in" or "bonus:" up to the clause's end, and what precedes "is
    a plus" back to the clause's start, the end of what the item requires ("Spanish is a must,
    Portuguese a plus"), the previous welcome, or a comma before words that open a new
    requirement; a welcome inside brackets that follow a name governs the brackets ("a cloud
    platform (GCP preferred)")."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    asks = [m.end() for m in pattern("must").finditer(folded)]
    for marker in pattern("nice").finditer(folded):
        if spans and _BUT.fullmatch(folded, spans[-1][1], marker.start()):
            # "Kotlin apprécié mais pas indispensable", "Rust ... a plus, but not required":
            # the second welcome restates the first, and governs nothing after it
            spans.append((spans[-1][1], marker.end()))
            continue
        starts = [0, *(m.end() for m in _CLAUSE_END.finditer(folded, 0, marker.start()))]
        begin = max(starts[-1], *(e for e in asks if e <= marker.start()),
                    spans[-1][1] if spans else 0)
        begin = min(begin, marker.start())
        end_match = _CLAUSE_END.search(folded, marker.end())
        end = end_match.start() if end_match else len(text)
        bracket = folded.rfind("(", begin, marker.start())
        if bracket > folded.rfind(")", begin, marker.start()) and any(
            bracket < f < marker.start() for f in found
        ):
            spans.append((bracket, marker.end()))
            continue
        comma = _part_break_outside_brackets(folded, begin, marker.start())
        # "Docker, Kubernetes — желательно": a dash before the welcome sets it apart from the
        # whole clause it welcomes, back to a part that opens with its own lead word
        dashed = comma >= 0 and folded[comma] in "-–—" and (
            not folded[comma + 1 : marker.start()].strip()
        )
        if dashed:
            comma = _part_break_outside_brackets(folded, begin, comma)
        followed_by_words = bool(re.match(r"\s*[^\W\d_]", folded[marker.end() :]))
        # "ROS 2 ideally (not a must)"; a longer welcome that opens with one of these words
        # welcomes what follows it too ("ưu tiên ứng viên ...": "prefer candidates who ...");
        # one that ends its clause welcomes what precedes it ("Kubernetes — желательно;")
        before_postfix = _opens_with_welcome_before(marker.group(0)) and followed_by_words
        # "Java et Spring Boot, Kotlin apprécié", "Python is a must, Rust a plus": a name between
        # the last comma and the welcome is what it welcomes, not the list before the comma
        named_in_part = not dashed and any(comma < f < marker.start() for f in found)
        # "At least 2 yrs customer service experience, e-commerce is a big plus": a part that
        # asks for years is asked for, whatever the next part welcomes
        asked_years = comma > begin and years_in(text[begin:comma]) is not None
        if comma >= 0 and (before_postfix or named_in_part or asked_years
                           or _LEAD.match(folded, comma + 1)):
            begin = comma + 1
        named_before = any(begin <= f < marker.start() for f in found)
        named_after = any(marker.end() <= f < end for f in found)
        # "Python, mile widziany Rust", "SQL, deseable Snowflake": a welcome that opens a part
        # of the list welcomes the name after it
        opens_part = comma >= 0 and not folded[comma + 1 : marker.start()].strip()
        forward = (
            (before_postfix and followed_by_words)
            or folded[marker.end() :].lstrip()[:1] == ":"
            or (named_after and (opens_part or not named_before))
        )
        if forward:
            spans.append((marker.start(), end))
            continue
        goes_on = _WELCOME_GOES_ON.match(folded, marker.end())
        # "Rust a plus (our ingestion service is in Rust)": the aside explains the welcome
        aside = re.match(r"\s*\([^()]*\)", folded[marker.end() :])
        spans.append((begin, end if goes_on else marker.end() + (aside.end() if aside else 0)))
    return spans


def denied_spans(text: str, optional: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The welcomes among `optional` (from `optional_spans`, in order) that only say a thing is
    not required ("Kubernetes is not required", "Knowledge of Scala is not mandatory", "German is
    not required"): what they govern is asked for nowhere. One that another welcome goes on
    from or to ("not required but would help", "a big plus but not required", "desirable but
    not essential") still welcomes."""
    runs: list[list[tuple[int, int]]] = []
    for span in optional:
        if runs and runs[-1][-1][1] == span[0]:
            runs[-1].append(span)  # "... but not required": the welcome goes on
        else:
            runs.append([span])
    denied = []
    for run in runs:
        markers = [m.group(0) for a, b in run for m in pattern("nice").finditer(fold(text[a:b]))]
        if markers and all(pattern("not_required").fullmatch(m) for m in markers):
            denied += run
    return denied


# "no Java needed", "keine Java-Kenntnisse nötig", "No prior Terraform or Ansible experience
# needed": a need denied around the thing's name.
_NO_NEED = re.compile(
    r"(?<!\w)(?:no\s+(?:\S+\s+){1,5}?(?:needed|required|necessary)|"
    r"keine?\w*\s+(?:\S+\s+){0,3}?(?:notig|erforderlich|notwendig)|"
    # "Aucune connaissance en programmation n'est demandée", "Aucun diplôme n'est exigé"
    r"aucune?\s+(?:\S+\s+){0,5}?n['’](?:est|sont)\s+(?:pas\s+)?"
    r"(?:demande|requis|exige|necessaire|obligatoire)\w*)(?!\w)"
)
# Thai runs its words together, so its denial stands inside a run of letters: "ไม่จำเป็นต้องมี
# ประสบการณ์ SAP" ("no need to have SAP experience"), "ไม่ต้องมีประสบการณ์" ("need not have").
_THAI_NO_NEED = re.compile(r"ไม่(?:จำเป็น|ต้องมี)")
# Where a clause ends, for a denial: a sentence's end, a line's, a semicolon or a dash between
# words ("no Java needed on the job itself — ...").
_DENIAL_END = re.compile(r"[;.!?](?:\s|$)|\n|\s[—–-]\s")
# What follows a denial's dash gives its reason ("No Spark tuning needed – the lead runs a Spark
# bootcamp", "No coding needed – the robotics club has its own teacher") unless it turns to what
# the post does ask ("no Java needed – but Kotlin is a must"), folded.
_REASON_AFTER_DASH = re.compile(r"\s[—–-]\s(?!\s*(?:but|mais|pero|mas|ale|aber|dar|tapi|ma)\b)")
_SENTENCE_END = re.compile(r"[;.!?](?:\s|$)|\n")


# "we care about outcomes, not notebooks", "Ergebnisse, nicht Notebooks": what follows the
# contrast is what the post does not ask for, to the clause's end or its closing bracket ("not
# just", below, sets aside the lesser thing; "not less" and "not later" contrast nothing).
_CONTRAST = re.compile(
    r"(?:,|\bbut)\s+(?:not|no|nao|nicht|pas)\s+"
    r"(?!(?:just|only|merely|simply|solo|so|nur|seulement|less|fewer|more|later|earlier|before|"
    r"after|menos|mas|weniger|mehr|moins|plus)\b)[^);.!?\n]*"
)


# "live models, not just notebooks", "a proper query not just ORM", "(not just research)", folded:
# the lesser thing the post sets aside for what it asks, to the clause's end or its closing
# bracket; "not only Rust but also Elixir" asks for both.
_NOT_JUST = re.compile(r"\bnot\s+(?:just|only|merely|simply)\b(?![^);.!?\n]*\bbut\b)[^);.!?\n]*")


def refused_spans(text: str, *, taught: bool) -> list[tuple[int, int]]:
    """The clauses of an item that tell the reader they do not need a thing, or (`taught`: the
    item is under no welcome heading) that the team will teach it ("You don't need Kubernetes
    experience; ...", "Pas besoin de connaître Spark : ...", "Terraforma nauczymy Cię na
    miejscu"), unless the clause also welcomes it ("Holistor es un plus, pero si no lo usaste
    te enseñamos")."""
    folded = fold(text)
    denials = [
        *pattern("denied").finditer(folded), *_NO_NEED.finditer(folded),
        *_THAI_NO_NEED.finditer(folded),
    ]
    if taught:
        denials += pattern("taught").finditer(folded)
    spans = []
    for denial in denials:
        starts = [0, *(m.end() for m in _DENIAL_END.finditer(folded, 0, denial.start()))]
        end_match = _DENIAL_END.search(folded, denial.end())
        if end_match and _REASON_AFTER_DASH.match(folded, end_match.start()):
            sentence_end = _SENTENCE_END.search(folded, end_match.end())
            reason_end = sentence_end.start() if sentence_end else len(text)
            if not pattern("must").search(folded, end_match.end(), reason_end):
                end_match = sentence_end
        begin, end = starts[-1], end_match.start() if end_match else len(text)
        begin, end = _within_bracket(folded, denial.start(), begin, end)
        # "Nu e necesară experiența cu Saga, oferim instruire": a "not required" beside the
        # denial welcomes nothing
        welcomes = [m.group(0) for m in pattern("nice").finditer(folded, begin, end)]
        if all(pattern("not_required").fullmatch(w) for w in welcomes):
            spans.append((begin, end))
    spans += [contrast.span() for contrast in _CONTRAST.finditer(folded)]
    spans += [lesser.span() for lesser in _NOT_JUST.finditer(folded)]
    return spans


def team_use_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of an item that say which tools the team uses ("nosotros usamos Tango
    Gestión con un módulo de depósito", "we work with Snowflake and dbt"), from those words to
    the clause's end, unless the clause asks for or welcomes what it names ("we use Airflow,
    so experience with it is a plus"). Inside brackets they say which instance of a category
    the team has ("a cloud warehouse (we use BigQuery)"), and are left to the category."""
    folded = fold(text)
    spans = []
    for use in pattern("team_uses").finditer(folded):
        if folded.rfind("(", 0, use.start()) > folded.rfind(")", 0, use.start()):
            continue
        end_match = _DENIAL_END.search(folded, use.end())
        end = end_match.start() if end_match else len(text)
        if not (pattern("must").search(folded, use.end(), end)
                or pattern("nice").search(folded, use.end(), end)):  # fmt: skip
            spans.append((use.start(), end))
    return spans


def _within_bracket(folded: str, at: int, begin: int, end: int) -> tuple[int, int]:
    """A denial's clause cut to the bracket it stands in ("Comfortable using Trello (we'll teach
    you everything else)"): the words before the bracket are what the post asks."""
    opened = folded.rfind("(", begin, at)
    if opened < 0 or ")" in folded[opened:at]:
        return begin, end
    closed = folded.find(")", at, end)
    return opened, closed + 1 if closed >= 0 else end


# A job board's tags for its search ("Palabras clave: ingeniero, datos, sql, python, etl"), to
# the end of their line: words to find the post by, not what it asks for.
_TAGS = re.compile(
    r"(?:^|(?<=\n))\W*(?:palabras clave|palavras-chave|keywords|key words|tags|"
    r"słowa kluczowe|mots-clés|schlagwörter|từ khóa|kata kunci|ключові слова|"
    r"ключевые слова|cuvinte cheie)\s*:[^\n]*",
    re.IGNORECASE,
)


# A job board's field of the employer's trade ("Secteur : Conseil en recrutement", "Industry:
# Staffing"), to the next field ("·", "|") or the line's end, a line a PDF wrapped (going on in
# lower case) included: what the employer does, not a skill the hire needs.
_TRADE_FIELD = re.compile(
    r"\b(?:secteur|sector|industry|branche|branża|sektor|ramo|rubro|settore|галузь|отрасль)"
    r"\s*:[^·|\n]*(?:\n(?-i:(?=[^\W\d_A-ZÀ-ÞА-Я]))[^·|\n]*)*",
    re.IGNORECASE,
)


def tag_spans(text: str) -> list[tuple[int, int]]:
    """The lines of a job board's search tags, and its fields of the employer's trade."""
    return [m.span() for m in (*_TAGS.finditer(text), *_TRADE_FIELD.finditer(text))]


def condition_spans(text: str) -> list[tuple[int, int]]:
    """From each word that opens a condition of the job ("Available for rotational shifts",
    "Bersedia ditempatkan di Surabaya", "Bereitschaft zum Schichtdienst", "Must reside around
    Apapa, Ijora or Surulere") to its clause's end: where to live and what to be ready for are
    no skills, whatever words they use ("shifts", a town's name)."""
    folded = fold(text)
    spans = []
    for marker in pattern("condition").finditer(folded):
        end = _DENIAL_END.search(folded, marker.end())
        spans.append((marker.start(), end.start() if end else len(text)))
    return spans


# The words that open a clause giving a reason, folded ("because", "porque", "bo", "pentru că").
_REASON = re.compile(
    r"(?<!\w)(?:because|porque|pois|ya que|ja que|puesto que|poniewaz|gdyz|bo|бо|"
    r"оскільки|тому що|адже|потому что|так как|pentru ca|deoarece|fiindca|parce que|puisque|"
    r"weil|denn|karena|sebab|perche|poiche|cunku|(?<=, )da)(?!\w)"
)


# A clause after a comma whose subject is a thing and whose verb is "being" gives a reason too
# ("..., la documentation de nos fournisseurs étant en anglais", "..., the vendor's manuals
# being in English"), folded: from the comma on. (Without a determiner, "..., comfortable being
# on call", the words still speak of the hire.)
_BEING_CLAUSE = re.compile(
    r",\s*(?=(?:(?:the|our|their|its|la|le|les|el|los|las|nuestr[oa]s?|noss[oa]s?|notre|nos|"
    r"leurs?)\s|l')[^,;.!?\n]{1,80}?(?<!\w)(?:etant|being|siendo|sendo|fiind)(?!\w))"
)


def reason_spans(text: str) -> list[tuple[int, int]]:
    """From each word that opens a reason to its clause's end."""
    folded = fold(text)
    spans = []
    for reason in (*_REASON.finditer(folded), *_BEING_CLAUSE.finditer(folded)):
        end = _DENIAL_END.search(folded, reason.end())
        spans.append((reason.start(), end.start() if end else len(text)))
    return spans


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked out (offsets kept)."""
    chars = list(text)
    for begin, end in spans:
        chars[begin:end] = " " * (end - begin)
    return "".join(chars)


# After a language and how well it is spoken, the words that open what it is used for
# ("English good enough to argue in code review", "Inglês para leitura de documentação").
_LANGUAGE_USE = re.compile(
    r"[^,;.()\n]{0,30}?\b(?:to|for|para|pour|per|pentru|fur|zum|zur|untuk|để|"
    r"для|aby|щоб|чтобы)\b"
)


def language_use_spans(text: str) -> list[tuple[int, int]]:
    """The brackets after a language that say what it is used for ("Anglais courant
    (publications, conférences)", "Inglés B2 (reuniones con clientes)"), and the clause that
    goes on to say it ("English good enough to argue in code review"): no skills."""
    names = spoken_language_names()
    folded = fold(text)
    spans = []
    for name in names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded):
            use = _LANGUAGE_USE.match(folded, match.end())
            if use is not None:
                end = _CLAUSE_END.search(folded, use.end())
                spans.append((use.end(), end.start() if end else len(text)))
    for paren in re.finditer(r"\(([^()]*)\)", text):
        before = fold(text[max(0, paren.start() - 30) : paren.start()])
        words = re.findall(r"[^\W\d_]+", before)[-3:]
        grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, 4)}
        if grams & names.keys():
            spans.append((paren.start(), paren.end()))
    return spans + _communication_in_a_language(folded)


# Words that make communicating a skill asked of its own ("communication skills in English").
_SKILL_AFTER = re.compile(r"\s+(?:and\s+\w+\s+)?(?:skills?|abilit(?:y|ies))\b")


def _communication_in_a_language(folded: str) -> list[tuple[int, int]]:
    """The word for communicating said within a clause beside a language's name ("clear
    communication in English", "Tiếng Anh giao tiếp tốt"): how the language is used."""
    spans = []
    for word in pattern("communication").finditer(folded):
        if _SKILL_AFTER.match(folded, word.end()):
            continue
        starts = [m.end() for m in _CLAUSE_END.finditer(folded, 0, word.start())]
        end = _CLAUSE_END.search(folded, word.end())
        begin = max(starts[-1] if starts else 0, word.start() - 40)
        stop = min(end.start() if end else len(folded), word.end() + 40)
        if pattern("spoken_language").search(folded, begin, stop):
            spans.append(word.span())
    return spans


# "English and French are the working languages of the Secretariat", "les langues de travail
# sont ...": the organisation's languages, not what it asks of the hire (the next sentence does).
_WORKING_LANGUAGES = re.compile(
    r"\b(?:working|official) languages?\b|\blangues? (?:de travail|officielles?)\b|"
    r"\bidiomas? (?:de trabajo|oficial(?:es)?)\b|\blinguas? (?:de trabalho|oficia(?:l|is))\b",
)


def working_language_spans(text: str) -> list[tuple[int, int]]:
    """The sentences that name an organisation's working or official languages."""
    folded = fold(text)
    spans = []
    for said in _WORKING_LANGUAGES.finditer(folded):
        start = max(folded.rfind(c, 0, said.start()) for c in ".;\n") + 1
        end = re.compile(r"[;.\n]").search(folded, said.end())
        spans.append((start, end.start() if end else len(text)))
    return spans


def degree_span(text: str, *, bullet: bool) -> tuple[int, int] | None:
    """Where an item asks for a degree: from the degree's word to the end of a bullet, or of
    the sentence's clause (up to a comma before a lower-case word: "ein abgeschlossenes Studium
    der Statistik, Informatik oder Mathematik mit, haben mindestens 2 Jahre..."). What it names
    is a field of study, not a skill ("BSc in Computer Science, Engineering or a related
    field")."""
    folded = fold(text)
    match = pattern("degree").search(folded)
    related = _RELATED_FIELD.search(folded)
    if bullet and related is not None:
        # "Ingeniero(a) Comercial, Civil Industrial o carrera afín": fields of study all along
        return 0, _degree_end(text, related.end())
    if match is None:
        return None
    start = match.start()
    # "CA / ICWA / MBA Finance preferred", "ACCA (finalist) / CA (Inter) / M.Com": the
    # qualifications listed with the degree, each with its stage
    while joined := re.search(r"[\w.+&]+(?:\s*\([^()]*\))?\s*/\s*$", text[:start]):
        start = joined.start()
    if bullet:
        return start, _degree_end(text, match.end())
    end = _DEGREE_CLAUSE_END.search(text, match.end())
    stop = end.start() if end else len(text)
    # "degree in statistics, data science, geography or a related field": every field listed
    # up to the related field, in the same sentence, is one of study
    sentence_end = re.compile(r"[;.](?:\s|$)").search(text, match.end())
    if related is not None and match.end() <= related.start() and (
        sentence_end is None or related.end() <= sentence_end.start()
    ):
        stop = max(stop, related.end())
    # "... or a related field with at least 3 years of experience in data analysis": the
    # experience asked after the degree is no field of study
    experience = _EXPERIENCE_AFTER_DEGREE.search(text, match.end(), stop)
    return start, experience.start() if experience else stop


_EXPERIENCE_AFTER_DEGREE = re.compile(
    r"\s(?:with|and|plus|having)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|"
    r"over|more\s+than)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)


# The end of a degree's clause in running text: a comma before a lower-case word, a semicolon, a
# full stop; not the dot of an abbreviated minimum or maximum ("pendidikan min. S1 Statistika").
_DEGREE_CLAUSE_END = re.compile(
    r",\s+(?=[a-zà-ÿ])|(?<!\b[Mm]in)(?<!\b[Mm]ín)(?<!\b[Mm]ax)(?<!\b[Mm]áx)(?<!\b[Mm]aks)[;.](?:\s|$)"
)


def _degree_end(text: str, after: int) -> int:
    """The end of a bullet's degree: the bullet's end, unless a later part of it goes on to
    experience ("Min. S1 Statistika/Matematika, pengalaman 2+ thn sbg data scientist, jago
    Python (pandas), SQL": one bullet that holds the whole profile)."""
    for cut in re.finditer(r"[,;]\s+|\.\s+", text[after:]):
        part = re.split(r"[,;(]|\.\s", text[after + cut.end() :], maxsplit=1)[0]
        if _EQUIVALENT.search(part):
            continue  # "..., Computer Science or equivalent practical experience": the degree's
            # alternative, still part of it
        if EXPERIENCE_WORDS.search(part) or years_in(part) is not None:
            return after + cut.start()
    return len(text)


# Experience offered in place of a degree ("or equivalent practical experience", "o experiencia
# equivalente", "ou expérience équivalente").
_EQUIVALENT = re.compile(
    r"\b(?:equivalent|comparable)\s+(?:\w+\s+)?(?:experience|work experience)|"
    r"experiencia equivalente|experiência equivalente|expérience équivalente|"
    r"vergleichbare (?:berufserfahrung|erfahrung)|równoważne doświadczenie",
    re.IGNORECASE,
)
# The words that close a list of fields of study ("or a related field", "o afín", "ou domaine
# connexe", "lub kierunki pokrewne"), folded.
_RELATED_FIELD = re.compile(
    r"\b(?:(?:or|and) (?:a |any )?related (?:field|discipline|degree|area|course|subject)s?|"
    r"(?:o|y) (?:carrera |area |areas |carreras )?afin(?:es)?|carrera afin|"
    r"ou (?:domaine|area|areas) (?:connexe|correlata|correlatas|semelhante|afim|afins)|"
    r"o affin[ei]|kierunk\w* pokrewn\w*|lub pokrewn\w*|або суміжн\w*|или смежн\w*|"
    r"sau domenii conexe|oder verwandte[nrs]? studiengang\w*)\b"
)
