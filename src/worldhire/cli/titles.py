"""`worldhire titles ...`: job titles to ESCO 1.1.1 occupations."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from rich.markup import escape
from rich.table import Table

from worldhire.cli.common import (
    console,
    counted_progress,
    err_console,
    print_json,
    write_atomically,
)

app = typer.Typer(help="Job titles to ESCO occupations.", no_args_is_help=True)


class _TitleLine(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str | int
    title: str

    @field_validator("title")
    @classmethod
    def _bounded(cls, value: str) -> str:
        if len(value) > 1000:
            raise ValueError("title longer than 1,000 characters")
        return value


def _read_titles(path: Path) -> tuple[list[_TitleLine], list[str]]:
    """The valid lines, and one message per line that is not {"id": ..., "title": "..."}."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc}") from exc
    rows, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(_TitleLine.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            reason = str(exc).splitlines()[0]
            problems.append(f'{path}:{number}: expected {{"id": ..., "title": "..."}} ({reason})')
    return rows, problems


@app.command()
def esco(
    in_path: Path = typer.Argument(..., metavar="IN.jsonl", help='Lines {"id", "title"}.'),
    out_path: Path = typer.Argument(..., metavar="OUT.jsonl", help="Occupations per line."),
    top: int = typer.Option(10, "--top", min=1, max=100, help="Occupations per title."),
) -> None:
    """Rank ESCO occupations for each title, best first (offline, CPU).

    Lines that are not {"id": ..., "title": "..."} are reported and skipped; the others are
    still written, and the command then exits with status 1.
    """
    rows, problems = _read_titles(in_path)
    from worldhire.occupations.service import default_matcher

    matcher = default_matcher()
    with counted_progress("matching", transient=True) as progress:
        task = progress.add_task("", total=len(rows))
        ranked = matcher.match([r.title for r in rows], top,
                               progress=lambda n: progress.advance(task, n))
    out = []
    for row, matches in zip(rows, ranked, strict=True):
        out.append(json.dumps({
            "id": row.id,
            "occupations": [{"uri": m.uri, "label": m.label, "score": m.score}
                            for m in matches],
        }, ensure_ascii=False))
    write_atomically(out_path, "".join(line + "\n" for line in out))
    err_console.print(f"matched {len(rows)} titles into {out_path}")
    for problem in problems:
        err_console.print(f"[red]skipped[/red] {escape(problem)}")
    if problems:
        raise typer.Exit(1)


@app.command()
def normalize(
    title: str = typer.Argument(..., help="A job title as written in an ad or a résumé."),
    top: int = typer.Option(5, "--top", min=1, max=100, help="Occupations to show."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Show the ESCO occupations a title maps to, with ISCO group and score."""
    if not title.strip():
        raise typer.BadParameter("the title is empty")
    from worldhire.occupations.cleaning import clean_title
    from worldhire.occupations.service import default_matcher

    matches = default_matcher().match([title], top)[0]
    if as_json:
        from worldhire.occupations.schemas import NormalizedTitleOut

        print_json(NormalizedTitleOut.of(title, clean_title(title), matches))
        return
    table = Table("#", "occupation", "ISCO", "score", "uri",
                  title=f"{escape(title)} [dim]({escape(clean_title(title))})[/dim]")
    for rank, m in enumerate(matches, 1):
        table.add_row(str(rank), escape(m.label), f"{m.isco_code} {escape(m.isco_label)}",
                      f"{m.score:.3f}", m.uri)
    console.print(table)
