"""`worldhire skills ...`: rank sentences against the taxonomy, extract a résumé's skills."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from pydantic import BaseModel, ConfigDict, ValidationError
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import console, counted_progress, err_console, settings, write_atomically
from worldhire.core.texts import shortened
from worldhire.ingest.formats import format_names

app = typer.Typer(help="Skills: taxonomy linking and ranking.", no_args_is_help=True)


class _InputLine(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str | int
    text: str


def _read_input(path: Path) -> list[_InputLine]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(_InputLine.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            reason = str(exc).splitlines()[0]
            raise typer.BadParameter(
                f'{path}:{number}: expected {{"id": ..., "text": "..."}} ({reason})'
            ) from exc
    return rows


@app.command()
def rank(
    ctx: typer.Context,
    in_path: Path = typer.Argument(..., metavar="IN.jsonl", help='Lines {"id", "text"}.'),
    out_path: Path = typer.Argument(..., metavar="OUT.jsonl", help="Ranked skills per line."),
    taxonomy: str = typer.Option("esco", help="esco (ESCO labels only) or worldhire (all)."),
    top: int = typer.Option(10, "--top", min=1, help="Skills per sentence."),
) -> None:
    """Rank skills for each sentence, best first (offline, CPU)."""
    if taxonomy not in ("esco", "worldhire"):
        raise typer.BadParameter("--taxonomy must be esco or worldhire")
    rows = _read_input(in_path)
    from worldhire.skills.ranker import Space
    from worldhire.skills.service import default_ranker

    with counted_progress("loading", transient=False) as progress:
        task = progress.add_task("", total=None)
        ranker = default_ranker(lambda done, total: progress.update(task, completed=done,
                                                                    total=total),
                                settings(ctx).skills_cache_dir)
    space: Space = "esco" if taxonomy == "esco" else "worldhire"
    with counted_progress("ranking", transient=False) as progress:
        task = progress.add_task("", total=len(rows))
        ranked = ranker.rank([r.text for r in rows], top, space,
                             progress=lambda n: progress.advance(task, n))
    out_lines = []
    for row, skills in zip(rows, ranked, strict=True):
        out_lines.append(json.dumps({
            "id": row.id,
            "skills": [
                {
                    "label": ranker.taxonomy.get(s.concept_id).label,
                    "score": round(s.score, 6),
                    "span": list(s.span) if s.span else None,
                }
                for s in skills
            ],
        }, ensure_ascii=False))
    write_atomically(out_path, "".join(line + "\n" for line in out_lines))
    err_console.print(f"ranked {len(rows)} sentences into {out_path}")


@app.command()
def extract(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=f"A résumé ({format_names(several_people=False)})."),
    semantic: bool = typer.Option(True, help="Also link skills implied, not only named."),
    top: int = typer.Option(40, "--top", min=1, help="At most this many skills."),
) -> None:
    """Print the skills of a résumé with the words that support each."""
    from worldhire.ingest.errors import IngestError
    from worldhire.ingest.parse import parse_resume
    from worldhire.skills.linker import default_linker

    try:
        people = parse_resume(file)
    except IngestError as exc:
        raise typer.BadParameter(str(exc)) from exc
    linker = default_linker(semantic=semantic, cache_dir=settings(ctx).skills_cache_dir)
    for person in people:
        text = person.full_text()
        mentions = linker.link(text, top_k=top)
        table = Table("skill", "id", "score", "span", "evidence", title=escape(person.name))
        for m in mentions:
            span = f"{m.span[0]}-{m.span[1]}" if m.span else ""
            table.add_row(escape(m.skill.label), m.skill.id, f"{m.score:.2f}", span,
                          escape(shortened(m.snippet, 60)))
        console.print(table)


@app.command("build-index")
def build_index_command(
    ctx: typer.Context,
    ship: bool = typer.Option(False, help="Write the index into the package (maintainers)."),
) -> None:
    """Embed every concept once (minutes on a CPU); later runs load it from the cache."""
    from worldhire.embed import minilm
    from worldhire.skills.semantic import build_index, load_index, shipped_index_path
    from worldhire.skills.taxonomy_cache import load_taxonomy

    with counted_progress("embedding concepts", transient=False) as progress:
        task = progress.add_task("", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        embedder = minilm()
        taxonomy = load_taxonomy()
        if ship:
            path = shipped_index_path(embedder.name)
            build_index(taxonomy, embedder, advance).save(path)
        else:
            path = settings(ctx).skills_cache_dir
            load_index(taxonomy, embedder, advance, path)
    err_console.print(f"skill index ready in {path}")


@app.command()
def evaluate(
    ctx: typer.Context,
    gold: Path = typer.Argument(..., help='Annotated lines {"id", "text", "labels", "domain"}.'),
) -> None:
    """RP@5 and MRR of the shipped ranker on annotated sentences, per domain. The learned parts
    are trained by tools/train_skill_ranker.py (dev and written training splits, never test)."""
    from worldhire.skills.evaluate import GoldFileError, read_gold
    from worldhire.skills.evaluate import evaluate as evaluate_ranker
    from worldhire.skills.service import default_ranker

    try:
        sentences = read_gold(gold)
    except GoldFileError as exc:
        raise typer.BadParameter(str(exc)) from exc
    ranker = default_ranker(cache_dir=settings(ctx).skills_cache_dir)
    for domain, figures in evaluate_ranker(ranker, sentences).items():
        console.print(f"{domain:10s} {figures}")
