"""``marsad export``: a store's events as JSONL, CSV, GeoJSON or Parquet, with filters and the
analysts' review decisions beside the machine's values."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from marsad.errors import MarsadError
from marsad.store import EventFilter, Store, is_postgres, open_store
from marsad.store import export as ex


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


def export_command(
    store: Annotated[str, typer.Option("--store", help="SQLite file or postgresql:// URL.")],
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (contract per document), csv, geojson or parquet.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (needed for parquet); default stdout.")] = None,
    since: Annotated[str | None, typer.Option(help="Events dated on or after this ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="Events dated on or before this ISO date.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")] = None,
    place: Annotated[str | None, typer.Option(help="Country code, admin1..3 or location name.")] = None,
    specificity: Annotated[list[str] | None, typer.Option(help="Keep these specificities (repeatable).")] = None,
    clusters: Annotated[bool, typer.Option("--clusters", help="One row per cluster of de-duplicated events.")] = False,
    without_rejected: Annotated[bool, typer.Option("--without-rejected", help="Leave out events an analyst rejected (marsad serve's review).")] = False,
) -> None:
    """Export a store; exit 2 on a usage error (no store, parquet without --output)."""
    err = Console(stderr=True)
    if not is_postgres(store) and not Path(store).is_file():
        err.print(f"[red]error:[/] no store at {store}")
        raise typer.Exit(2)
    if output_format is ExportFormat.parquet and output is None:
        err.print("[red]error:[/] --format parquet needs --output FILE")
        raise typer.Exit(2)
    where = EventFilter(since, until, event_type, place, tuple(specificity) if specificity else None)
    try:
        s = open_store(store)
        try:
            count = _export(s, output_format, output, where, clusters, without_rejected)
        finally:
            s.close()
    except MarsadError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    err.print(f"marsad export: {count} {'documents' if output_format is ExportFormat.jsonl else 'rows'}",
              markup=False, highlight=False)


def _export(s: Store, fmt: ExportFormat, output: Path | None, where: EventFilter,
            clusters: bool, without_rejected: bool) -> int:
    if fmt is ExportFormat.parquet:
        assert output is not None
        return ex.write_parquet(ex.rows(s, where, clusters, without_rejected), str(output))
    if fmt is ExportFormat.csv:
        if output is None:
            return ex.write_csv(ex.rows(s, where, clusters, without_rejected), sys.stdout)
        with output.open("w", encoding="utf-8", newline="") as handle:
            return ex.write_csv(ex.rows(s, where, clusters, without_rejected), handle)
    binary = sys.stdout.buffer if output is None else output.open("wb")
    try:
        if fmt is ExportFormat.jsonl:
            return ex.write_jsonl(s, binary, where, without_rejected)
        return ex.write_geojson(ex.rows(s, where, clusters, without_rejected), binary)
    finally:
        if output is not None:
            binary.close()
