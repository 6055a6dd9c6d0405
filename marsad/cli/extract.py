"""``marsad extract``: read files, directories, JSONL or stdin and print the contract JSON."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import orjson
import typer
from rich.console import Console

from marsad.batch import RunReport, extract_all
from marsad.cli.options import (
    MAX_BYTES,
    MaxBytes,
    Published,
    ReportPath,
    Source,
    check_published,
    finish,
)
from marsad.contract import to_contract
from marsad.errors import MarsadError
from marsad.pipeline import Reader
from marsad.sources.files import iter_inputs


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


def extract_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl files, or - for stdin.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json (indented; an array for several documents) or jsonl.")] = OutputFormat.jsonl,
    published: Published = None,
    source: Source = None,
    max_bytes: MaxBytes = MAX_BYTES,
    report_path: ReportPath = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No run report on stderr.")] = False,
) -> None:
    """Extract events, places, quantities... with evidence spans; exit 0 all read, 1 some rejected, 2 usage."""
    err = Console(stderr=True)
    check_published(published, err)
    report = RunReport()
    try:
        reader = Reader.default()
        raws = iter_inputs(inputs, max_bytes)
        results = (to_contract(x) for x in extract_all(raws, reader, report, max_bytes, published, source))
        _write(results, output_format)
    except MarsadError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    finish(report, report_path, quiet, lambda r: _print_report(err, r))


def _write(results: object, output_format: OutputFormat) -> None:
    out = sys.stdout.buffer
    items = iter(results)  # type: ignore[call-overload]
    if output_format is OutputFormat.jsonl:
        for obj in items:
            out.write(orjson.dumps(obj) + b"\n")
            out.flush()
        return
    first = next(items, None)
    second = next(items, None)
    if second is None:
        if first is not None:
            out.write(orjson.dumps(first, option=orjson.OPT_INDENT_2) + b"\n")
        return
    out.write(b"[\n")
    for i, obj in enumerate([first, second, *items]):
        out.write((b",\n" if i else b"") + orjson.dumps(obj, option=orjson.OPT_INDENT_2))
    out.write(b"\n]\n")


def _print_report(err: Console, report: RunReport) -> None:
    err.print(
        f"marsad: {report.inputs} inputs, {report.processed} processed, "
        f"{len(report.rejected)} rejected"
    )
    for r in report.rejected:
        err.print(f"  rejected {r.document}: {r.reason} — {r.detail}", markup=False, highlight=False)
    for name, warning in report.warnings:
        err.print(f"  warning {name}: {warning}", markup=False, highlight=False)
