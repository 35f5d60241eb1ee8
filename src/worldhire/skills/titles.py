"""Job-title normalization: free text to a canonical role family, a seniority and specialisms.

Role families (the canonical vocabulary; compensation pools pay by these):

  AI/ML builders     ml_engineer, mlops_engineer, ai_engineer (LLM/GenAI apps, prompt, chatbots),
                     computer_vision, nlp, research_scientist (incl. applied scientist, ML/AI
                     researcher), research_engineer, robotics_engineer
  Data               data_scientist, data_analyst, data_engineer, analytics_engineer, bi_engineer
                     (BI developers/analysts, Power BI), data_architect (incl. data modeler),
                     data_governance (quality, master data, data management), data_operations,
                     statistician (incl. statistical programmer), quantitative_analyst (quant,
                     actuarial, pricing, risk), bioinformatics, business_analyst (product,
                     marketing, insight analysts), academic_research (research assistant or
                     associate, postdoc)
  Software & infra   software_engineer, platform_engineer (DevOps, SRE, cloud, infrastructure,
                     systems), security_engineer, solutions_architect (incl. AI/software architect),
                     qa_engineer
  Leadership         data_leadership (head of data, data/analytics manager or lead),
                     ai_leadership (head of AI, director of ML, ML manager), engineering_manager,
                     product_manager (incl. product owner, AI/data product manager)
  Other              consultant, manager (unspecified), designer, sales, technical_writer, other

Seniority follows the salary data's four levels: EN (intern, trainee, junior, graduate, "I"),
MI ("II"), SE (senior, staff, lead, principal, "III" and above) and EX (head of, director, VP,
chief). A title without a seniority cue gives None: the caller decides the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from worldhire.core.models import Seniority

FAMILIES: tuple[str, ...] = (
    "ml_engineer", "mlops_engineer", "ai_engineer", "computer_vision", "nlp",
    "research_scientist", "research_engineer", "robotics_engineer",
    "data_scientist", "data_analyst", "data_engineer", "analytics_engineer", "bi_engineer",
    "data_architect", "data_governance", "data_operations", "statistician",
    "quantitative_analyst", "bioinformatics", "business_analyst", "academic_research",
    "software_engineer", "platform_engineer", "security_engineer", "solutions_architect",
    "qa_engineer",
    "data_leadership", "ai_leadership", "engineering_manager", "product_manager",
    "consultant", "manager", "designer", "sales", "technical_writer", "other",
)  # fmt: skip


_ACRONYMS = {"ml": "ML", "mlops": "MLOps", "ai": "AI", "nlp": "NLP", "bi": "BI", "qa": "QA"}


def family_label(family: str) -> str:
    """A role family as people write it ("mlops_engineer" -> "MLOps engineer")."""
    words = [_ACRONYMS.get(w, w) for w in family.split("_")]
    first = words[0] if words[0] in _ACRONYMS.values() else words[0].capitalize()
    return " ".join([first, *words[1:]])


@dataclass(frozen=True)
class NormalizedTitle:
    family: str
    seniority: Seniority | None
    specialisms: tuple[str, ...] = field(default=())
    confidence: float = 1.0


# Abbreviations and foreign-language titles, expanded before matching (word-bounded, lowercase).
_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"\bsr\b\.?", "senior"),
    (r"\bjr\b\.?", "junior"),
    (r"\bassoc\b\.?", "associate"),
    (r"\bmgr\b", "manager"),
    (r"\bdir\b\.?", "director"),
    (r"\beng\b\.?", "engineer"),
    (r"\bengr\b\.?", "engineer"),
    (r"\bdev\b", "developer"),
    (r"\bswe\b", "software engineer"),
    (r"\bsde\b", "software development engineer"),
    (r"\bsre\b", "site reliability engineer"),
    (r"\bmle\b", "machine learning engineer"),
    (r"\bml\b", "machine learning"),
    (r"\bai/ml\b|\bml/ai\b", "ai machine learning"),
    (r"\bdl\b", "deep learning"),
    (r"\bcv\b", "computer vision"),
    (r"\bbi\b", "business intelligence"),
    (r"\bds\b", "data scientist"),
    (r"\bde\b(?= engineer)", "data"),
    (r"\bvp\b", "vice president"),
    (r"\bcto\b|\bcdo\b|\bcaio\b", "chief officer"),
    (r"\bpm\b", "product manager"),
    (r"\bqa\b", "quality assurance"),
    (r"\bgen ?ai\b", "generative ai"),
    (r"\bllms?\b", "llm"),
    (r"\bfull[ -]stack\b", "fullstack"),
    (r"\bback[ -]end\b", "backend"),
    (r"\bfront[ -]end\b", "frontend"),
    (r"\bpost[ -]?doc(toral)?\b", "postdoctoral"),
    # Spanish, Portuguese, French, German titles seen in job ads.
    (r"\banalista de datos\b|\banalista de dados\b|\bdatenanalyst\w*\b", "data analyst"),
    (r"\bcient[ií]fico de (datos|dados)\b|\bdatenwissenschaftler\w*\b", "data scientist"),
    (r"\bingeniero de datos\b|\bengenheiro de dados\b|\bing[ée]nieur (des )?donn[ée]es\b",
     "data engineer"),
    (r"\bing[ée]nieur\b|\bingeniero\b|\bengenheiro\b|\bingenieur\b", "engineer"),
    (r"\bd[ée]veloppeur\b|\bdesarrollador\b|\bentwickler\b", "developer"),
    (r"\bstage\b|\bstagiaire\b|\bpraktikant\w*\b|\bpasante\b|\best[aá]gi[oa]\w*\b", "intern"),
)  # fmt: skip

# (pattern, family, confidence). First match wins, so specific rules come before generic ones.
_FAMILY_RULES: tuple[tuple[str, str, float], ...] = (
    # Leadership first: "Head of AI" is a leader, not an AI engineer.
    (r"\b(head|director|vice president|chief)\b.*\b(machine learning|ai|artificial intelligence"
     r"|deep learning)\b", "ai_leadership", 1.0),
    (r"\b(machine learning|ai|artificial intelligence) (engineering )?manager\b", "ai_leadership",
     1.0),
    (r"\b(head|director|vice president|chief)\b.*\b(data|analytics|business intelligence"
     r"|insights?)\b", "data_leadership", 1.0),
    (r"\bchief officer\b", "ai_leadership", 0.6),
    (r"\b(analytics engineering|engineering) manager\b|\b(head|director|vice president|chief)\b"
     r".*\b(engineering|software|technology)\b", "engineering_manager", 1.0),
    (r"\bproduct (manager|owner)\b", "product_manager", 1.0),
    # AI/ML specialities.
    (r"\bmlops\b|\bmachine learning (infrastructure|platform|ops|operations|performance)\b"
     r"|\bml ?ops\b", "mlops_engineer", 1.0),
    (r"\b(computer|machine) vision\b|\bimage processing\b", "computer_vision", 1.0),
    (r"\bnlp\b|\bnatural language\b|\bspeech\b|\bconversational\b", "nlp", 1.0),
    (r"\bprompt engineer|\bchatbot\b|\bllm\b|\bgenerative ai\b", "ai_engineer", 1.0),
    (r"\brobotic|\bautonomous vehicle\b|\bself[- ]driving\b", "robotics_engineer", 0.9),
    (r"\bbioinformatic|\bcomputational biolog", "bioinformatics", 1.0),
    (r"\b(machine learning|ai|artificial intelligence|deep learning) research(er)? engineer\b"
     r"|\bresearch engineer\b", "research_engineer", 1.0),
    (r"\b(machine learning|ai|artificial intelligence|deep learning) research(er|ers)?\b"
     r"|\bresearch scientist\b|\bapplied (research )?scientist\b|\bprincipal researcher\b"
     r"|\b(machine learning|ai) scientist\b|\bapplied machine learning scientist\b",
     "research_scientist", 1.0),
    (r"\bmachine learning\b|\bdeep learning\b|\bmodel engineer\b", "ml_engineer", 1.0),
    (r"\bai data scientist\b", "data_scientist", 1.0),
    (r"\b(ai|artificial intelligence) (solutions? )?architect\b", "solutions_architect", 1.0),
    (r"\b(ai|artificial intelligence)\b", "ai_engineer", 0.9),
    (r"\balgorithm", "ml_engineer", 0.7),
    (r"\b(data|analytics) (team )?lead\b|\b(data|analytics|insights?|business intelligence)"
     r" manager\b|\bdata (analytics|strategy|science|operations|management) (team )?"
     r"(lead|manager)\b"
     r"|\bmanager data\b|\bdata scientist manager\b|\bdata strateg", "data_leadership", 0.9),
    # Data.
    (r"\bdata scien|\bdecision scientist\b", "data_scientist", 1.0),
    (r"\bquant|\bactuar|\bpricing analyst\b|\brisk analyst\b", "quantitative_analyst", 1.0),
    (r"\bstatistic", "statistician", 1.0),
    (r"\banalytics engineer", "analytics_engineer", 1.0),
    (r"\bbusiness intelligence\b|\bpower ?bi\b|\btableau\b|\blooker\b", "bi_engineer", 1.0),
    (r"\bdata (architect|modell?er)\b|\b(big|cloud|aws|azure) data architect\b"
     r"|\bdata (governance )?architect\b", "data_architect", 1.0),
    (r"\bdata (governance|quality|integrity|management)\b|\bmaster data\b"
     r"|\bdata and reporting\b|\bdata reporter\b", "data_governance", 1.0),
    (r"\bdata operations\b|\bdataops\b|\bclinical data\b", "data_operations", 1.0),
    (r"\bdata visuali[sz]ation\b", "data_analyst", 1.0),
    (r"\b(data|etl|pipeline|integration|databricks|spark|hadoop)\b.*\b(engineer|developer)\b"
     r"|\betl\b|\bdata (engineering|infrastructure|platform|pipeline|integration)\b|\bbig data\b"
     r"|\bdata devops\b", "data_engineer", 0.95),
    (r"\bdata\b.*\banalyst\b|\banalytics\b|\banalyst\b.*\bdata\b",
     "data_analyst", 1.0),
    (r"\bbusiness analyst\b|\bproduct analyst\b|\bmarketing analyst\b|\binsights? analyst\b"
     r"|\bbusiness insights\b", "business_analyst", 1.0),
    (r"\bresearch (analyst|assistant|associate|fellow)\b|\bpostdoctoral\b", "academic_research",
     1.0),
    (r"\bdata (specialist|developer|product|consultant)\b|\bdata\b", "data_analyst", 0.6),
    # Software and infrastructure.
    (r"\bsecurity\b", "security_engineer", 1.0),
    (r"\bquality assurance\b|\btest(ing)? engineer\b|\bqa\b", "qa_engineer", 1.0),
    (r"\bdevops\b|\bsite reliability\b|\bplatform engineer\b|\bcloud (engineer|developer)\b"
     r"|\binfrastructure engineer\b|\bsystems? engineer\b|\b(database|elasticsearch|cloud)"
     r" (administrator|engineer)\b|\bcontrols engineer\b", "platform_engineer", 1.0),
    (r"\b(solutions?|software|enterprise|cloud)? ?architect\b", "solutions_architect", 0.9),
    (r"\bsolutions? engineer\b|\btechnical specialist\b|\btechnology integrator\b",
     "solutions_architect", 0.7),
    (r"\bsoftware\b|\bdeveloper\b|\bprogrammer\b|\b(backend|frontend|fullstack)\b"
     r"|\bmember of technical staff\b|\btech(nical)? lead\b", "software_engineer", 0.9),
    (r"\bengineer\b|\bengineering\b", "software_engineer", 0.5),
    (r"\banalyst\b", "data_analyst", 0.5),
    (r"\bscientist\b", "data_scientist", 0.5),
    (r"\bresearch", "research_scientist", 0.5),
    (r"\bconsultant\b|\bconsulting\b|\badvisor\b", "consultant", 0.8),
    (r"\bdesigner\b|\bux\b", "designer", 0.9),
    (r"\baccount (executive|manager)\b|\bsales\b|\bbusiness development\b", "sales", 0.9),
    (r"\btechnical writer\b", "technical_writer", 1.0),
    (r"\bmanager\b|\bhead of\b|\bdirector\b", "manager", 0.6),
    (r"\bspecialist\b|\bassociate\b", "data_analyst", 0.3),
)  # fmt: skip

# (pattern, seniority), first match wins: executive cues before senior ones ("Senior Director").
_SENIORITY_RULES: tuple[tuple[str, Seniority], ...] = (
    (r"\b(head of|head|director|vice president|chief|cto|founder|partner)\b", Seniority.EX),
    (r"\b(intern|internship|trainee|apprentice|graduate|grad|entry[- ]level|junior|student"
     r"|working student)\b", Seniority.EN),
    (r"\b(senior|staff|principal|lead|distinguished|expert)\b", Seniority.SE),
    (r"\b(iii|iv|v|vi|[3-9])\s*$", Seniority.SE),
    (r"\b(ii|2)\s*$|\bmid[- ]level\b|\bintermediate\b", Seniority.MI),
    (r"\b(i|1)\s*$", Seniority.EN),
)  # fmt: skip

_SPECIALISMS: tuple[tuple[str, str], ...] = (
    (r"\bllm\b|\blarge language model", "llm"),
    (r"\bgenerative ai\b", "genai"),
    (r"\bnlp\b|\bnatural language\b", "nlp"),
    (r"\bcomputer vision\b|\bmachine vision\b|\bimage\b", "computer_vision"),
    (r"\bspeech\b|\baudio\b", "speech"),
    (r"\brecommend|\brecsys\b|\bpersonali[sz]ation\b", "recommender_systems"),
    (r"\breinforcement learning\b|\brl\b", "reinforcement_learning"),
    (r"\bdeep learning\b", "deep_learning"),
    (r"\bmlops\b|\bmachine learning (infrastructure|platform)\b", "mlops"),
    (r"\bprompt\b", "prompt_engineering"),
    (r"\bchatbot\b|\bconversational\b", "conversational_ai"),
    (r"\brobotic|\bautonomous\b", "robotics"),
    (r"\bbioinformatic|\bcomputational biolog|\bclinical\b", "life_sciences"),
    (r"\bquant|\bactuar|\bpricing\b|\brisk\b|\bfinanc", "finance"),
    (r"\bmarketing\b|\bcrm\b|\bsales\b", "marketing"),
    (r"\bapplied\b", "applied"),
    (r"\bresearch", "research"),
    (r"\bpower ?bi\b", "power_bi"),
    (r"\bbig data\b|\bspark\b|\bhadoop\b|\bdatabricks\b", "big_data"),
    (r"\b(aws|azure|gcp|cloud)\b", "cloud"),
    (r"\bgovernance\b", "governance"),
    (r"\bvisuali[sz]ation\b", "visualization"),
)  # fmt: skip


@lru_cache(maxsize=65536)  # titles repeat a lot: 72k salary rows hold 288 distinct ones
def clean_title(text: str) -> str:
    """The matching form of a title: lowercase, abbreviations expanded, punctuation dropped."""
    s = text.lower().replace("&", " and ").replace("_", " ")
    s = re.sub(r"[()\[\],;:|\-–—]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for pattern, replacement in _EXPANSIONS:
        s = re.sub(pattern, replacement, s)
    s = re.sub(r"[^\w/+#. ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip(" .")


# Words that say a title's level, not its role, where they open it ("senior data scientist",
# "lead engineer"), and level numbers that close it ("data scientist ii").
_LEVEL_PREFIX = re.compile(
    r"^((senior|junior|lead|staff|principal|distinguished|expert|intern|trainee|graduate"
    r"|entry level|mid level|intermediate) )+"
)
_LEVEL_SUFFIX = re.compile(r" (i|ii|iii|iv|v|vi|[1-9])$")


@lru_cache(maxsize=65536)
def role_title(text: str) -> str:
    """The clean title without the words that say its level: "Senior Data Scientist" and "Data
    Scientist II" are the role "data scientist" (a title that is only a level keeps it)."""
    cleaned = clean_title(text)
    role = _LEVEL_SUFFIX.sub("", _LEVEL_PREFIX.sub("", cleaned)).strip()
    return role or cleaned


@lru_cache(maxsize=65536)
def normalize_title(text: str) -> NormalizedTitle:
    """Map a free-text job title to a role family, seniority and specialisms.

    Never raises: an empty or unrecognised title gives family "other" with low confidence.
    """
    s = clean_title(text)
    family, confidence = "other", 0.1
    for pattern, fam, conf in _FAMILY_RULES:
        if re.search(pattern, s):
            family, confidence = fam, conf
            break
    seniority = next((lvl for pattern, lvl in _SENIORITY_RULES if re.search(pattern, s)), None)
    specialisms = tuple(
        dict.fromkeys(tag for pattern, tag in _SPECIALISMS if re.search(pattern, s))
    )
    return NormalizedTitle(family, seniority, specialisms, confidence)
