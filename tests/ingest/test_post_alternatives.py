"""Requirements any one of which meets a post ("PyTorch or JAX"), read in the hiring regions'
languages: "or" joins alternatives, "and" and plain lists do not, a slash does between tools
of one kind (ingest.posts.alternatives)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.ingest.posts.alternatives import alternative_groups
from worldhire.ingest.posts.requirements import ReadRequirement
from worldhire.ingest.posts.role import RoleSpec, role_from_text
from worldhire.skills.taxonomy_cache import load_taxonomy


def _post(line: str, heading: str = "Requirements") -> RoleSpec:
    return role_from_text(
        f"# Machine Learning Engineer\nCompany: Lumen Labs\n\n## {heading}\n- {line}\n"
        "- Fluent written English\n"
    )


def _groups(spec: RoleSpec) -> list[list[str]]:
    return [[r.skill_id or r.skill, *(a.skill_id or a.skill for a in r.alternatives)]
            for r in spec.requirements if r.alternatives]


@pytest.mark.parametrize(("line", "group"), [
    ("3+ years with PyTorch or JAX", ["wh:pytorch", "wh:jax"]),
    ("Experience with AWS, GCP or Azure", ["wh:aws", "wh:gcp", "wh:azure"]),
    ("Experiencia con Spark o Databricks", ["wh:spark", "wh:databricks"]),
    ("Experiência com PyTorch ou TensorFlow", ["wh:pytorch", "wh:tensorflow"]),
    ("Znajomość PyTorch lub TensorFlow", ["wh:pytorch", "wh:tensorflow"]),
    ("Досвід з PyTorch або JAX", ["wh:pytorch", "wh:jax"]),
    ("Experiență cu PyTorch sau TensorFlow", ["wh:pytorch", "wh:tensorflow"]),
    ("Erfahrung mit PyTorch oder JAX", ["wh:pytorch", "wh:jax"]),
    ("Kinh nghiệm với PyTorch hoặc TensorFlow", ["wh:pytorch", "wh:tensorflow"]),
    ("Pengalaman dengan PyTorch atau TensorFlow", ["wh:pytorch", "wh:tensorflow"]),
    ("Either Go or Rust in production", ["wh:go", "wh:rust"]),
    ("Python and/or Scala", ["wh:python", "wh:scala"]),
    ("Any of PyTorch, TensorFlow, JAX", ["wh:pytorch", "wh:tensorflow", "wh:jax"]),
    ("One of the major clouds (AWS/GCP/Azure)", ["wh:aws", "wh:gcp", "wh:azure"]),
    ("Hands-on PyTorch/JAX", ["wh:pytorch", "wh:jax"]),
    # the choice said after the list
    ("PyTorch, TensorFlow, JAX any one", ["wh:pytorch", "wh:tensorflow", "wh:jax"]),
    ("AWS, GCP, Azure (any one)", ["wh:aws", "wh:gcp", "wh:azure"]),
    ("PyTorch, TensorFlow or JAX – any one of them", ["wh:pytorch", "wh:tensorflow", "wh:jax"]),
    ("Python, Go, Java – one of these", ["wh:python", "wh:go", "wh:java"]),
])
def test_alternatives_are_one_requirement_met_by_any_member(
    line: str, group: list[str]
) -> None:
    spec = _post(line)
    assert _groups(spec) == [group]
    [read] = [r for r in spec.requirements if r.alternatives]
    assert read.must
    assert read.quote  # the post's words, from the first member to the last


@pytest.mark.parametrize("line", [
    "Python, SQL and Docker",
    "Python/SQL",
    "Python, SQL, Docker",
    "Python i SQL oraz Docker",
])
def test_a_plain_list_asks_for_each(line: str) -> None:
    spec = _post(line)
    assert _groups(spec) == []
    assert {"wh:python", "wh:sql"} <= {r.skill_id for r in spec.requirements}


def test_or_groups_only_the_tools_of_its_kind_before_a_comma() -> None:
    """"Python, SQL, Spark or Databricks": Python and SQL each, and either Spark or
    Databricks."""
    spec = _post("Python, SQL, Spark or Databricks")
    assert _groups(spec) == [["wh:spark", "wh:databricks"]]
    assert {"wh:python", "wh:sql"} <= {r.skill_id for r in spec.requirements}


def test_a_group_of_nice_to_haves_stays_nice_to_have() -> None:
    spec = _post("PyTorch or JAX", heading="Nice to have")
    [read] = [r for r in spec.requirements if r.alternatives]
    assert not read.must


def test_alternatives_on_separate_lines_stay_separate() -> None:
    spec = role_from_text("# ML Engineer\nCompany: Lumen\n\n## Requirements\n- PyTorch\n"
                          "- or JAX\n")
    assert _groups(spec) == []


_FRAMEWORKS = ["PyTorch", "TensorFlow", "JAX", "Keras"]
_LANGUAGES = ["Python", "SQL", "Docker", "Kubernetes"]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(_LANGUAGES), min_size=2, max_size=4, unique=True),
       st.sampled_from([" and ", " & ", ", "]))
def test_a_list_joined_by_and_or_commas_is_never_a_group(names: list[str], last: str) -> None:
    line = ", ".join(names[:-1]) + last + names[-1]
    assert _groups(_post(f"Experience with {line}")) == []


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(_FRAMEWORKS), min_size=2, max_size=4, unique=True),
       st.sampled_from([" or ", ", or ", " and/or "]))
def test_same_kind_tools_joined_by_or_are_one_group(names: list[str], last: str) -> None:
    line = ", ".join(names[:-1]) + last + names[-1]
    [group] = _groups(_post(f"Experience with {line}"))
    assert len(group) == len(names)


@pytest.mark.parametrize(("line", "groups"), [
    ("Docker/Kubernetes", []),  # a stack used together
    ("PostgreSQL/MySQL", [["wh:postgresql", "wh:mysql"]]),  # a choice of one kind
    ("FAISS / Pinecone", [["wh:faiss", "wh:pinecone"]]),
    ("Docker or Kubernetes", [["wh:docker", "wh:kubernetes"]]),  # "or" says it
    # two products of one kind that stand for the same ESCO skill, filed under no broader
    # concept: either does the job
    ("Excel/Google Sheets (VLOOKUP, pivots)", [["wh:excel", "wh:google-sheets"]]),
    ("Terraform/Ansible", []),
])
def test_a_slash_between_tools_lists_a_stack_and_offers_a_choice(
    line: str, groups: list[list[str]]
) -> None:
    assert _groups(_post(line)) == groups


def test_a_must_have_and_a_welcomed_tool_stay_apart() -> None:
    """Where the reader found one member optional, the post said so: no group."""
    text = "PyTorch or JAX"
    torch = ReadRequirement("wh:pytorch", "PyTorch", "PyTorch", 0, 7, True, None, 1.0)
    jax = ReadRequirement("wh:jax", "JAX", "JAX", 11, 14, True, None, 1.0)
    taxonomy = load_taxonomy()
    assert alternative_groups(text, [torch, jax], taxonomy) == [[0, 1]]
    welcomed = replace(jax, must=False, welcome=True)
    assert alternative_groups(text, [torch, welcomed], taxonomy) == [[0], [1]]


def test_a_name_the_taxonomy_lacks_ends_a_list_that_any_one_makes_a_choice() -> None:
    spec = _post("Card payments: Visa Direct, Mastercard Send, Verve Pay any one")
    [read] = [r for r in spec.requirements if r.alternatives]
    assert read.must
    assert [a.quote for a in read.alternatives][-1] == "Verve Pay"


def test_any_one_inside_brackets_keeps_the_names_it_makes_a_choice() -> None:
    spec = _post("At least one card scheme API (Visa Direct, Mastercard Send, Verve Pay any one)")
    [read] = [r for r in spec.requirements if r.alternatives]
    assert [a.quote for a in read.alternatives][-1] == "Verve Pay"
