"""Signals found in a candidate's evidence, each with the sentence that shows it.

A signal is a pattern of what people write when they have done a thing ("deployed", "p95 of
40 ms", "maintainer of"), matched in the text of one evidence item. The sentence around a match is
the citation a reviewer reads to check the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.core.texts import shortened

# Only a full stop before a space or the end ends a sentence: not one inside a number ("F1
# 0.93"), a link ("github.com/ana") or a name ("Node.js").
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s|$)")

# Each signal is written in the hiring regions' languages: a Polish or Vietnamese résumé shows
# the same work in its own words ("Wdrożyłem model", "Xây dựng hệ thống"), and scoring only
# English would rank people by the language they wrote in.

# Systems the person built or shipped; CVs in Romance languages name the work as a noun
# ("Conception des tableaux de bord", "Desarrollo de modelos", "Sviluppo di modelli").
BUILT = re.compile(
    r"\b(built|shipped|designed|architected|launched|implemented|developed|created|wrote|"
    r"led the (?:design|build|migration)|migrated|rebuilt|owned|"
    # the work, never the worker ("desarrollo", not "desarrollador")
    r"développ(?:é|ée|és|ées|ement|ons)|conçu\w*|conception|construit\w*|créé\w*|création|"
    r"mis(?:e)? en place|implémenté\w*|implémentation|automatisé\w*|automatisation|refonte|"
    r"desarroll(?:é|ó|o|amos|ado|ada|ados|adas|ando)|diseñ(?:é|ó|o|ado|ada)|"
    r"constru[íiy]\w*|creé|creó|creación|automaticé|automatiz(?:ación|ado|ada|ei|ou|ação)|"
    r"implement(?:é|ó|ación|aciones|ação|ações|ei|ou|at|ată|are|ato|ata|azione|iert)|"
    r"desenvolv(?:i|eu|emos|ido|ida|imento|endo)|projetei|projetou|criei|criou|criação|"
    r"implant(?:ei|ou|ação|ado|ada)|svilupp(?:ato|ata|ati|o|are|ando)|"
    r"progettat\w*|progettazione|realizzat\w*|realizzazione|opracow\w+|zbudow\w+|"
    r"stworzy\w+|wdroż\w+|zaprojektow\w+|zautomatyzow\w+|"
    r"розроб(?:ив|ила|или|ка|ки|лено|лений|ляв|ляла)|створ(?:ив|ила|или|ення)|впровад\w+|"
    r"побудув\w+|dezvolt(?:at|ată|are|area)|proiectat|proiectare|"
    r"entwickelt\w*|entwicklung|aufgebaut|gebaut|konzipiert|automatisiert|"
    r"xây dựng|phát triển|triển khai|thiết kế|"
    r"membangun|mengembangkan|merancang|mengimplementasikan|pengembangan|"
    r"разработал\w*|разработка|создал\w*|внедрил\w*|внедрение|построил\w*|"
    r"спроектировал\w*|автоматизировал\w*|geliştird\w+|geliştirme|tasarlad\w+|"
    r"oluşturd\w+|hayata geçird\w+)\b", re.I)
_UNITS = (
    r"requests?|users?|customers?|documents?|events?|records?|rows?|images?|hours of audio|"
    r"predictions?|transactions?|queries|sku?s|series|tables|models?|services?|sites|teams|tb|"
    r"gb|qps|rps|requests per second|concurrent|merchants?|"
    r"utilisateurs|clients|transactions|lignes|enregistrements|commandes|marchands|commerçants|"
    r"usuari[oa]s|clientes|transacciones|filas|registros|pedidos|comercios|tiendas|"
    r"usuários|transações|linhas|lojas|utenti|clienti|transazioni|righe|ordini|"
    r"użytkownik\w*|klient\w*|transakcj\w*|wierszy|rekord\w*|zamówie\w*|"
    r"користувач\w*|клієнт\w*|транзакц\w*|utilizatori|tranzacții|nutzer\w*|kunden|"
    r"transaktionen|người dùng|khách hàng|giao dịch|pengguna|pelanggan|transaksi|"
    r"пользовател\w*|транзакци\w*|kullanıcı\w*|müşteri\w*|işlem\w*"
)
_MULTIPLIERS = (
    r"k|m|b|bn|million|billion|thousand|millions?|milliards?|millones|miles|milhões|mil|milioni|"
    r"mln|mld|tys\.?|тис\.?|тыс\.?|млн|milioane|mii|mio\.?|tausend|triệu|nghìn|juta|ribu|"
    r"bin|milyon"
)
# Scale: a number with a unit of load or size ("2 millions de transactions", "40 utilisateurs").
SCALE = re.compile(
    rf"\b\d[\d,.]*\s*(?:(?:{_MULTIPLIERS})\b\.?)?\+?\s*(?:(?:de|d['’]|di)\s*)?(?:{_UNITS})\b",
    re.I)
# Outcomes with numbers: percentages, before/after, latency figures, money.
OUTCOME = re.compile(
    r"(\b\d[\d.]*\s?%|\bfrom \S+ (?:to|down to) \S+|\bp9[59]\b[^.;\n]{0,20}\d|"
    r"\b(?:usd|\$|eur|€)\s?\d[\d,.]*\s?[km]?\b|\bf1\b[^.;\n]{0,12}\d|\bmape\b|\bauc\b[^.;\n]{0,12}\d|"
    r"\b(?:cut|reduced|raised|lifted|improved|increased|saved|halved|doubled|"
    r"réduit\w*|réduction|diminué\w*|augmenté\w*|amélioré\w*|gain de|économis\w+|"
    r"reduj\w+|reducción|reduciendo|aument\w+|mejor[éóa]\w*|ahorr\w+|reduzi\w*|redução|"
    r"melhor(?:ei|ou|ia|amos)|"
    r"ridott\w*|riduzione|aumentat\w*|migliorat\w*|zmniejsz\w+|skróci\w+|zwiększ\w+|"
    r"poprawi\w+|скорот\w+|зменш\w+|збільш\w+|покращ\w+|redus|reducere|crescut|"
    r"îmbunătăți\w*|reduziert|gesenkt|erhöht|verbessert|giảm|tăng|cải thiện|mengurangi|"
    r"meningkatkan|menurunkan|menghemat|сократил\w*|снизил\w*|увеличил\w*|улучшил\w*|"
    r"повысил\w*|azaltt\w+|düşürd\w+|artırd\w+|iyileştird\w+)\b[^.;\n]{0,60}\d)",
    re.I)
PRODUCTION = re.compile(
    r"\b(in production|production|deployed|deployment|on[- ]call|incidents?|sla|slo|uptime|"
    r"latency|p9[59]|monitoring|observability|rollouts?|canary|ci/cd|kubernetes|serving|"
    r"served|live traffic|blue[- ]green|terraform|helm|"
    r"déploi\w+|déployé\w*|astreinte|producción|despliegue|desplegad\w+|produção|"
    r"produzione|produkcj\w+|produkcyjn\w+|продакшн\w*|розгорт\w+|"
    r"producție|productie|produktion\w*|produktiv\w*|bereitgestellt|vận hành|produksi|"
    r"развертывани\w*|развернул\w*|canlı ortam\w*|üretim ortam\w*)\b",
    re.I)
COLLABORATION = re.compile(
    r"\b(open[- ]source|github stars?|\d+ stars|maintainers?|maintain(?:ed)?|"
    r"contribut(?:ed|or|ions?)|"
    r"pull requests?|merged|code reviews?|reviewed|mentor(?:ed|ing)?|pair(?:ed|ing)|"
    r"cross[- ]functional|team of \d+|with (?:the )?(?:product|design|compliance|clinical) team|"
    r"community|hugging face hub|kaggle|co[- ]authored|"
    r"encadr\w+|mentorat|tutorat|mentoría|mentoria|revue de code|revisión de código|"
    r"revisão de código|(?:équipe|equipo|equipe) de \d+|(?:squadra|team) di \d+|"
    r"zespo\w+ \d+|наставни\w+|менторств\w*|echip\w+ de \d+|betreu\w+|membimbing)\b", re.I)
# Open-source contribution: merged pull requests to a named project, maintainership, stars,
# upstream patches ("Contributor to vLLM (2 merged PRs)", "a 1.4k-star repository").
OPEN_SOURCE = re.compile(
    r"\b(open[- ]source|\d+ merged (?:prs?|pull requests?|patches|commits)|"
    r"merged (?:\d+ )?(?:prs?|pull requests?|patches)|"
    r"(?:prs?|pull requests?|patches) (?:were )?merged|"
    r"(?:core |co-?)?maintainers? (?:of|for|on)|(?:core )?contributor (?:to|of|on)|"
    r"contributed (?:\w+ ){0,3}upstream|"
    r"contributed (?:code|patches|fixes|features|prs?|pull requests?) to|upstreamed|"
    r"\d[\d.,]*\s?k?\+?[- ]?(?:github )?stars?|github stars?|stars on github|"
    r"published (?:to|on) (?:pypi|npm|crates\.io|cran|hugging ?face)|pypi package|npm package)\b",
    re.I)
WRITING = re.compile(
    r"\b(blog(?: posts?| series)?|wrote (?:the )?(?:docs|documentation|guide|design docs?|rfcs?)|"
    r"design docs?|rfcs?|technical writing|documentation|tutorials?|talks?|spoke at|"
    r"published|paper|articles?|newsletter|runbooks?|postmortems?|write-?ups?|"
    r"rédig\w+|redacté|redactado|redactada|redacción|redigi|redação|documentación|"
    r"documentação|documentazione|dokumentacj\w+|документац\w+|documentați\w+|"
    r"dokumentation|artículos?|artigos?|articol\w*|artykuł\w*|статт\w+|publié\w*|"
    r"publicad[oa]s?|publicat|publicată|publicate|pubblicat\w*|"
    r"opublikowa\w+|опублікова\w+|veröffentlich\w+|ponencias?|conférences?|tài liệu)\b",
    re.I)
# A "Time zone:" field says where the person is, not that they have worked across zones.
DISTRIBUTED = re.compile(
    r"\b(remote(?:ly)?|distributed team|async(?:hronous)?(?:-first)?|across \d+ time ?zones|"
    r"time ?zones?\b(?!\s*:)|overlap|us clients?|european clients?|clients? in the (?:us|uk|eu)|"
    r"contractor|freelanc\w*|upwork|toptal|written design docs|recorded demos|"
    r"fully distributed|work from home|employer[- ]of[- ]record|"
    r"télétravail|à distance|fuseaux horaires|indépendant\w*|teletrabajo|trabajo remoto|"
    r"en remoto|a distancia|zonas horarias|autónom[oa]|teletrabalho|trabalho remoto|"
    r"fusos horários|autônom[oa]|da remoto|smart working|lavoro agile|fusi orari|"
    r"zdaln\w+|stref\w* czasow\w+|віддален\w+|часов\w+ пояс\w*|la distanță|"
    r"fusuri orare|homeoffice|home-office|zeitzonen|từ xa|múi giờ|jarak jauh|zona waktu|"
    r"удал[её]нн\w+|удал[её]нно|часов\w+ пояс\w*|uzaktan|saat dilim\w*)\b",
    re.I)
DEPTH = re.compile(
    r"\b(from scratch|optimi[sz]ed|profil(?:ed|ing)|benchmark(?:ed|s)?|custom (?:kernel|loss|"
    r"layer|operator)|reproduc(?:ed|ing)|ablations?|internals|cuda kernels?|quantis\w*|quantiz\w*|"
    r"distributed training|fine-tun\w*|architecture|trade-?offs?|root cause|debugg\w*|"
    r"optimis(?:é|ée|és|ées|ation)|optimiz(?:ación|ado|ada|é|ó)|otimiz\w+|ottimizz\w+|"
    r"optymaliz\w+|оптиміз\w+|optimiert|"
    r"tối ưu|optimasi|de zéro|desde cero|do zera|з нуля|de la zero|von grund auf|"
    r"arquitectura|arquitetura|architettura|architektur\w*|архітектур\w+|arhitectur\w+|"
    r"kiến trúc|arsitektur)\b", re.I)

EVIDENCE_KINDS = {
    EvidenceKind.JOB, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY, EvidenceKind.PUBLICATION,
}


@dataclass(frozen=True)
class Hit:
    """One match of a signal: the item it is in, and the sentence a reader should see."""

    evidence_id: str | None
    title: str
    kind: EvidenceKind | None
    snippet: str
    match: str


def sentence_around(text: str, start: int, end: int, limit: int = 220) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return shortened(text[left:right], limit)


def _items(candidate: Candidate, backed_only: bool) -> list[EvidenceItem | None]:
    """Evidence items to read; None stands for the headline and summary."""
    items: list[EvidenceItem | None] = [
        e for e in candidate.evidence if not backed_only or e.kind in EVIDENCE_KINDS
    ]
    return items if backed_only else [None, *items]


def find(candidate: Candidate, pattern: re.Pattern[str], *, backed_only: bool = True) -> list[Hit]:
    """Every sentence matching the pattern, at most one hit per sentence."""
    hits: list[Hit] = []
    for item in _items(candidate, backed_only):
        text = f"{candidate.headline}\n{candidate.summary}" if item is None else item.text
        seen: set[str] = set()
        for m in pattern.finditer(text):
            snippet = sentence_around(text, m.start(), m.end())
            if snippet in seen:
                continue
            seen.add(snippet)
            hits.append(Hit(
                item.id if item else None, item.title if item else "profile summary",
                item.kind if item else None, snippet, m.group(0),
            ))
    return hits


def distinct_items(hits: list[Hit]) -> int:
    return len({h.evidence_id for h in hits})
