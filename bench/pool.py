"""A realistic generated pool for the matching benchmark.

Profiles are drawn from role families built on the skills taxonomy's AI/ML extension, with the
demo world's spread of countries, time zones, pay and experience. Profile i depends only on
(seed, i), so the first 50,000 are the same whatever N is asked for, and their real-model
vectors can be cached and reused.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

GENERATOR_VERSION = 1

# Country, IANA zone, weight in the pool, median pay ask in USD (from the demo world's résumés).
COUNTRIES: list[tuple[str, str, float, float]] = [
    ("IN", "Asia/Kolkata", 0.20, 55000),
    ("PL", "Europe/Warsaw", 0.08, 75000),
    ("RO", "Europe/Bucharest", 0.06, 70000),
    ("RS", "Europe/Belgrade", 0.04, 65000),
    ("UA", "Europe/Kyiv", 0.07, 75000),
    ("VN", "Asia/Ho_Chi_Minh", 0.07, 50000),
    ("PH", "Asia/Manila", 0.07, 45000),
    ("BR", "America/Sao_Paulo", 0.09, 70000),
    ("MX", "America/Mexico_City", 0.07, 70000),
    ("NG", "Africa/Lagos", 0.07, 50000),
    ("KE", "Africa/Nairobi", 0.05, 40000),
    ("EG", "Africa/Cairo", 0.05, 50000),
    ("US", "America/Chicago", 0.06, 160000),
]


@dataclass(frozen=True)
class Family:
    title: str
    core: tuple[str, ...]
    extra: tuple[str, ...]
    systems: tuple[str, ...]
    outcomes: tuple[str, ...]


FAMILIES: list[Family] = [
    Family(
        "LLM Engineer",
        ("Python", "PyTorch", "LLM fine-tuning", "RAG", "Hugging Face Transformers"),
        (
            "LoRA",
            "vLLM",
            "LangChain",
            "vector search",
            "FAISS",
            "DeepSpeed",
            "LLM evaluation",
            "quantization",
            "Kubernetes",
            "FastAPI",
            "Docker",
            "Qdrant",
        ),
        (
            "a retrieval-augmented assistant over {n}k support articles",
            "a fine-tuning pipeline for {m}B open-weight models",
            "an evaluation harness with {n}00 regression prompts",
            "a document question-answering service for a legal team",
        ),
        (
            "cut hallucinated answers by {p}%",
            "served {n}k requests a day at p95 {s} s",
            "reduced inference cost per request by {p}%",
            "raised answer accuracy from 0.{a} to 0.{b}",
        ),
    ),
    Family(
        "NLP Engineer",
        ("Python", "natural language processing", "spaCy", "BERT", "PyTorch"),
        (
            "named entity recognition",
            "text classification",
            "machine translation",
            "NLTK",
            "Hugging Face Transformers",
            "Elasticsearch",
            "sentence-transformers",
            "SQL",
        ),
        (
            "a named entity recognition model for clinical notes",
            "a multilingual ticket classifier for {n} languages",
            "a search relevance model for an e-commerce catalogue of {n}M products",
            "a PII redaction pipeline for call-centre transcripts",
        ),
        (
            "reached F1 0.{b} on a held-out set",
            "automated {p}% of manual triage",
            "lifted search conversion by {p}%",
            "processed {n}M documents a month",
        ),
    ),
    Family(
        "Computer Vision Engineer",
        ("Python", "computer vision", "PyTorch", "OpenCV", "convolutional neural networks"),
        (
            "YOLO",
            "image segmentation",
            "TensorRT",
            "ONNX",
            "edge deployment",
            "CUDA",
            "C++",
            "data augmentation",
            "Docker",
        ),
        (
            "a defect detection system for a factory line",
            "a crop disease classifier from drone imagery",
            "an OCR pipeline for scanned invoices",
            "a people-counting model on edge cameras",
        ),
        (
            "reached mAP 0.{b} on {n}k labelled images",
            "ran at {n} frames per second on a Jetson",
            "cut manual inspection time by {p}%",
            "deployed to {n} sites",
        ),
    ),
    Family(
        "Speech Engineer",
        ("Python", "speech recognition", "PyTorch", "signal processing", "deep learning"),
        (
            "Whisper",
            "Kaldi",
            "text-to-speech",
            "speaker diarization",
            "CTC",
            "audio augmentation",
            "Hugging Face Transformers",
        ),
        (
            "an ASR model for accented call-centre English",
            "a keyword spotting model for a smart speaker",
            "a diarization pipeline for meeting recordings",
        ),
        (
            "reduced word error rate from {a}% to {b2}%",
            "transcribed {n}k hours of audio",
            "ran in real time on a phone CPU",
        ),
    ),
    Family(
        "MLOps Engineer",
        ("Python", "MLOps", "Kubernetes", "Docker", "CI/CD"),
        (
            "Kubeflow",
            "MLflow",
            "Terraform",
            "AWS",
            "Google Cloud",
            "Airflow",
            "Prometheus",
            "feature stores",
            "model serving",
            "Ray",
            "Argo",
        ),
        (
            "a model registry and deployment pipeline for {n} teams",
            "a GPU cluster scheduler on Kubernetes",
            "a feature store serving {n}k features",
            "a monitoring stack for {n} production models",
        ),
        (
            "cut deployment time from {n} days to {s} hours",
            "kept {a}.9% uptime over a year",
            "saved USD {n}k a year in GPU spend",
            "supported {n} services on call",
        ),
    ),
    Family(
        "Data Scientist",
        ("Python", "machine learning", "SQL", "statistics", "scikit-learn"),
        (
            "XGBoost",
            "LightGBM",
            "fraud detection",
            "causal inference",
            "A/B testing",
            "pandas",
            "credit risk modelling",
            "hypothesis testing",
            "feature engineering",
            "Spark",
        ),
        (
            "a fraud scoring model for card payments",
            "a churn model for a telecom with {n}M customers",
            "a credit risk scorecard for micro-loans",
            "an A/B testing platform for a marketplace",
        ),
        (
            "caught {p}% more fraud at the same false-positive rate",
            "reduced churn by {p}%",
            "lowered default rate by {p}%",
            "ran {n}0 experiments a quarter",
        ),
    ),
    Family(
        "Forecasting Data Scientist",
        ("Python", "time series forecasting", "statistics", "SQL", "pandas"),
        (
            "Prophet",
            "LightGBM",
            "statsmodels",
            "demand forecasting",
            "econometrics",
            "Spark",
            "BigQuery",
            "Airflow",
        ),
        (
            "a demand forecasting system for {n}k SKUs",
            "an energy load forecast for a utility",
            "a staffing forecast for a contact centre",
        ),
        (
            "cut forecast error (MAPE) by {p}%",
            "reduced stock-outs by {p}%",
            "forecast {n}k series nightly",
        ),
    ),
    Family(
        "Data Analyst",
        ("SQL", "data analysis", "Excel", "data visualization", "statistics"),
        ("Tableau", "Power BI", "Python", "pandas", "Looker", "dbt", "Google Analytics"),
        (
            "a sales dashboard for {n} regional managers",
            "a cohort analysis of {n}k customers",
            "a weekly KPI report for the leadership team",
        ),
        (
            "saved {n} hours of manual reporting a week",
            "found a pricing error worth USD {n}k",
            "adopted by {n} teams",
        ),
    ),
    Family(
        "Data Engineer",
        ("Python", "SQL", "ETL", "Apache Spark", "Apache Airflow"),
        (
            "Kafka",
            "dbt",
            "BigQuery",
            "Snowflake",
            "AWS",
            "PostgreSQL",
            "data modelling",
            "Scala",
            "Terraform",
        ),
        (
            "a streaming pipeline ingesting {n}M events a day",
            "a lakehouse migration from Hadoop",
            "a data quality framework for {n}00 tables",
        ),
        (
            "cut pipeline runtime by {p}%",
            "reduced warehouse cost by {p}%",
            "delivered data to {n} ML teams",
        ),
    ),
    Family(
        "Research Scientist",
        ("Python", "deep learning", "PyTorch", "machine learning research", "mathematics"),
        (
            "reinforcement learning",
            "JAX",
            "self-supervised learning",
            "diffusion models",
            "transformer architecture",
            "CUDA",
            "distributed training",
            "graph neural networks",
        ),
        (
            "a self-supervised pretraining method for {n}k-hour audio",
            "a diffusion model for molecules",
            "a sample-efficient RL agent for robotic grasping",
        ),
        (
            "was published at NeurIPS",
            "beat the baseline by {p}% on a public benchmark",
            "gathered {n}00 GitHub stars",
        ),
    ),
    Family(
        "Recommender Systems Engineer",
        ("Python", "recommender systems", "machine learning", "SQL", "PyTorch"),
        (
            "two-tower models",
            "learning to rank",
            "Spark",
            "feature engineering",
            "A/B testing",
            "vector search",
            "Redis",
            "Kafka",
        ),
        (
            "a recommendation engine for a news app with {n}M users",
            "a ranking model for a food-delivery marketplace",
            "a similar-items service for {n}M SKUs",
        ),
        (
            "lifted click-through by {p}%",
            "served {n}k requests per second at p99 {s}0 ms",
            "raised basket size by {p}%",
        ),
    ),
    Family(
        "Machine Learning Engineer",
        ("Python", "machine learning", "PyTorch", "Docker", "SQL"),
        (
            "TensorFlow",
            "scikit-learn",
            "AWS",
            "FastAPI",
            "Kubernetes",
            "MLflow",
            "Airflow",
            "model serving",
            "Spark",
            "Git",
        ),
        (
            "a document classification service for an insurer",
            "a price prediction model for used cars",
            "an anomaly detection system for payments",
        ),
        (
            "served {n}k predictions a day",
            "cut manual review by {p}%",
            "reduced latency from {n}00 ms to {s}0 ms",
        ),
    ),
]

WORKPLACES = (
    "a fintech start-up",
    "a health-tech scale-up",
    "an e-commerce marketplace",
    "a bank",
    "a telecom operator",
    "a logistics company",
    "an insurance group",
    "a software house",
    "a government agency",
    "a media company",
    "an agritech start-up",
    "a gaming studio",
    "a university lab",
    "an energy utility",
    "a ride-hailing company",
    "a SaaS company",
)
REMOTE_HABITS = (
    "Worked fully remote with a team across {k} time zones, "
    "mostly async through written design docs.",
    "Remote for {n} years with US and European clients; overlap of four hours with New York.",
    "Prefer async work: RFCs, recorded demos, and clear pull request descriptions.",
    "Office-based so far; open to remote work.",
    "",
    "",
)
OPEN_SOURCE = (
    "Maintainer of an open-source library with {n}00 GitHub stars.",
    "Contributed pull requests to scikit-learn and Hugging Face Transformers.",
    "Wrote a technical blog with {n}0 posts on applied machine learning.",
    "",
    "",
    "",
)
SENIORITY_TITLES = ("Junior", "", "Senior", "Lead")


@dataclass(frozen=True)
class Profile:
    index: int
    family: int
    text: str
    country: str
    timezone: str
    pay_usd: float
    years: float
    skills: tuple[str, ...]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        n=rng.randint(2, 90),
        m=rng.choice((7, 8, 13, 34, 70)),
        p=rng.randint(8, 60),
        s=rng.randint(1, 9),
        a=rng.randint(60, 89),
        b=rng.randint(80, 97),
        b2=rng.randint(5, 15),
        k=rng.randint(3, 7),
    )


_WEIGHTS = [c[2] for c in COUNTRIES]


def _basics(rng: random.Random) -> tuple[int, str, str, float, float, int]:
    """Family, country, zone, pay, years and level: the first draws of every profile."""
    family_no = rng.randrange(len(FAMILIES))
    country, tz, _, median_pay = rng.choices(COUNTRIES, weights=_WEIGHTS)[0]
    years = round(min(25.0, rng.lognormvariate(1.5, 0.6)), 1)
    level = 0 if years < 2 else 1 if years < 5 else 2 if years < 10 else 3
    pay = round(median_pay * (0.6 + 0.15 * level) * rng.lognormvariate(0, 0.25), -3)
    return family_no, country, tz, pay, years, level


def attributes(index: int, seed: int = 7) -> tuple[str, float]:
    """Profile `index`'s country and pay ask, without writing its text (for filters)."""
    _, country, _, pay, _, _ = _basics(random.Random(seed * 1_000_003 + index))
    return country, pay


def profile(index: int, seed: int = 7) -> Profile:
    rng = random.Random(seed * 1_000_003 + index)
    family_no, country, tz, pay, years, level = _basics(rng)
    family = FAMILIES[family_no]
    core = rng.sample(family.core, k=rng.randint(3, len(family.core)))
    extra = rng.sample(family.extra, k=rng.randint(1, min(5, len(family.extra))))
    skills = tuple(core + extra)
    title = " ".join(p for p in (SENIORITY_TITLES[level], family.title) if p)
    jobs = []
    for _ in range(rng.randint(1, 3)):
        system = _fill(rng.choice(family.systems), rng)
        outcome = _fill(rng.choice(family.outcomes), rng)
        used = ", ".join(rng.sample(skills, k=min(3, len(skills))))
        jobs.append(f"At {rng.choice(WORKPLACES)} I built {system} with {used}; it {outcome}.")
    extras = [_fill(rng.choice(REMOTE_HABITS), rng), _fill(rng.choice(OPEN_SOURCE), rng)]
    text = " ".join(
        [
            f"{title} with {years:g} years of experience.",
            *jobs,
            *[e for e in extras if e],
            f"Skills: {', '.join(skills)}.",
        ]
    )
    return Profile(index, family_no, text, country, tz, pay, years, skills)


def query_text(rng: random.Random) -> tuple[str, int]:
    """A role description a recruiter might search with, and its family."""
    family_no = rng.randrange(len(FAMILIES))
    family = FAMILIES[family_no]
    wanted = rng.sample(family.core, k=3) + rng.sample(family.extra, k=2)
    system = _fill(rng.choice(family.systems), rng)
    level = rng.choice(SENIORITY_TITLES[1:]) or "Mid-level"
    return (
        f"{level} {family.title} to build {system}. Must have {', '.join(wanted[:3])}; "
        f"nice to have {' and '.join(wanted[3:])}. Remote, async team.",
        family_no,
    )
