"""``marsad serve --store PATH``: the HTTP API and the analyst's page on a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from marsad.errors import MarsadError, MissingExtra


def serve_command(
    store: Annotated[str, typer.Option(help="The store: a SQLite file (from marsad run) or a postgresql:// URL.")],
    host: Annotated[str, typer.Option(help="Interface to listen on (keep 127.0.0.1 unless behind a proxy).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    token_file: Annotated[Path | None, typer.Option(help="Write token file (default: beside the store, <store>.serve-token).")] = None,
    tiles: Annotated[str | None, typer.Option(help="Optional tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (the default map is offline).")] = None,
) -> None:
    """Serve the API (/api, docs at /docs) and the page (/): map, timeline, evidence, review."""
    err = Console(stderr=True)
    try:
        import uvicorn

        from marsad.serve.app import create_app
    except ModuleNotFoundError as exc:
        err.print(f"[red]error:[/] {MissingExtra('serve', exc.name or 'fastapi')}")
        raise typer.Exit(2) from None
    from marsad.serve.security import load_or_create_token, token_path_for
    from marsad.store import is_postgres

    if not is_postgres(store) and not Path(store).is_file():
        err.print(f"[red]error:[/] no store at {store} (create one with marsad run ... --store {store})")
        raise typer.Exit(2)
    if token_file is None:
        token_file = token_path_for(Path("marsad.db") if is_postgres(store) else Path(store))
    try:
        token = load_or_create_token(token_file)
        app = create_app(store, token, tiles)
    except (MarsadError, ValueError, OSError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    err.print(f"marsad serve: http://{host}:{port}/  (API docs: http://{host}:{port}/docs)")
    err.print(f"review writes need the token in {token_file} (paste it into the page's Review box)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
