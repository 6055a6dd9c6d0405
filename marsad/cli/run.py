"""``marsad run``: read files, directories, JSONL, HTML, feeds or WARC into a store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from marsad.cli.options import (
    MAX_BYTES,
    MaxBytes,
    Published,
    ReportPath,
    Source,
    check_published,
    finish,
)
from marsad.errors import MarsadError
from marsad.runner import RunOptions, RunSummary, run


def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl, HTML pages, RSS/Atom feeds, WARC files.")],
    store: Annotated[str, typer.Option("--store", help="SQLite file (created if missing) or postgresql:// URL.")],
    workers: Annotated[int, typer.Option(help="Worker processes (default: the core count).")] = os.cpu_count() or 1,
    published: Published = None,
    source: Source = None,
    max_bytes: MaxBytes = MAX_BYTES,
    dedupe: Annotated[bool, typer.Option(help="Link events about the same incident into clusters after the run.")] = True,
    report_path: ReportPath = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no report on stderr.")] = False,
) -> None:
    """Read inputs into a store; a re-run adds nothing new; exit 0 all read, 1 some rejected, 2 usage."""
    err = Console(stderr=True)
    check_published(published, err)
    missing = [p for p in inputs if p != "-" and not Path(p).exists()]
    if missing or workers < 1:
        err.print(f"[red]error:[/] no such input: {', '.join(missing)}" if missing
                  else "[red]error:[/] --workers must be at least 1")
        raise typer.Exit(2)
    options = RunOptions(workers=workers, max_bytes=max_bytes, published=published,
                         source=source, dedupe=dedupe)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                        TextColumn("{task.completed} documents"),
                        TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
                        console=err, disable=quiet, transient=False)
    try:
        with progress:
            task = progress.add_task("marsad run", total=None, rate=0.0)

            def show(summary: RunSummary) -> None:
                progress.update(task, completed=summary.inputs, rate=summary.rate)

            summary = run(inputs, store, options, progress=show)
    except MarsadError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    finish(summary, report_path, quiet, lambda s: _print_report(err, s))


def _print_report(err: Console, summary: RunSummary) -> None:
    clusters = "" if summary.clusters is None else f", {summary.clusters} clusters"
    err.print(
        f"marsad run {summary.run_id}: {summary.inputs} inputs, {summary.stored} stored, "
        f"{summary.unchanged} already in the store, {len(summary.rejected)} rejected; "
        f"{summary.events} events{clusters}; {summary.rate:.1f} documents/s",
        markup=False, highlight=False,
    )
    for position, r in summary.rejected:
        err.print(f"  rejected #{position} {r.document}: {r.reason} — {r.detail}", markup=False,
                  highlight=False)
    for name, warning in summary.warnings:
        err.print(f"  warning {name}: {warning}", markup=False, highlight=False)
