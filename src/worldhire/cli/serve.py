"""`worldhire serve`: the REST API and the web app in one process, on the embedded store."""

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
) -> None:
    """Serve the API and the web app until interrupted."""
    try:
        import uvicorn

        from worldhire.api.app import create_app
        from worldhire.api.settings import ApiSettings
    except ImportError as exc:
        console.print(f"[red]error:[/] the web extra is not installed ({exc.name}); "
                      "pip install 'worldhire[web]'")
        raise typer.Exit(2) from exc
    api = create_app(ApiSettings.load(settings(ctx), warm_pay_model=True))
    console.print(f"worldhire on [bold]http://{host}:{port}/[/] · API docs /api/docs · "
                  f"data in {settings(ctx).home}")
    uvicorn.run(api, host=host, port=port, access_log=access_log, log_level="info")
