"""`worldhire serve`: the REST API and the web app over the embedded store, in one process or
several (api/workers.py says what the workers share)."""

from __future__ import annotations

import typer

from worldhire.cli.common import console, settings

app = typer.Typer(help="Serve the REST API (/api/v1, /openapi.json) and the web app.")


@app.callback(invoke_without_command=True)
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    access_log: bool = typer.Option(False, "--access-log", help="Log every request."),
    workers: int | None = typer.Option(
        None, "--workers", min=1,
        help="Server processes (a ranking holds one core while it runs); default: one per CPU, "
        "at most 4."),
) -> None:
    """Serve the API and the web app until interrupted."""
    try:
        import uvicorn

        from worldhire.api.app import create_app
        from worldhire.api.settings import ApiSettings
        from worldhire.api.workers import default_workers
    except ImportError as exc:
        console.print(f"[red]error:[/] the web extra is not installed ({exc.name}); "
                      "pip install 'worldhire[web]'")
        raise typer.Exit(2) from exc
    core = settings(ctx)
    count = workers or default_workers()
    console.print(f"worldhire on [bold]http://{host}:{port}/[/] · API docs /api/docs · "
                  f"data in {core.home} · {count} worker{'s' if count > 1 else ''}")
    if count == 1:
        api = create_app(ApiSettings.load(core, warm_pay_model=True, warm_ranking=True))
        uvicorn.run(api, host=host, port=port, access_log=access_log, log_level="info")
        return
    from worldhire.config import passed_to_a_new_interpreter
    from worldhire.store.sql.regional import open_store

    # Made once here, before the workers would race for them: the session secret (in the home
    # unless configured) and the database's migrations.
    ApiSettings.load(core)
    open_store(core).close()
    # Each worker is a new interpreter: the environment is all it is told.
    with passed_to_a_new_interpreter(home=str(core.home), api_workers=str(count)):
        uvicorn.run("worldhire.api.app:app_from_environment", factory=True, workers=count,
                    host=host, port=port, access_log=access_log, log_level="info")
