"""Options shared by the commands that read inputs (extract, run), declared once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, Protocol, TypeVar

import orjson
import typer
from rich.console import Console

from marsad.text.decode import DEFAULT_MAX_BYTES

Published = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
]
Source = Annotated[str | None, typer.Option(help="Source name (outlet) for inputs that lack one.")]
MaxBytes = Annotated[int, typer.Option(help="Reject inputs larger than this.")]
ReportPath = Annotated[
    Path | None, typer.Option("--report", help="Also write the run report here as JSON.")
]
MAX_BYTES = DEFAULT_MAX_BYTES
R = TypeVar("R", bound="Report")


class Report(Protocol):
    """What a command's run report offers: JSON for --report and an exit code."""

    @property
    def exit_code(self) -> int: ...

    def as_json(self) -> dict[str, Any]: ...


def finish(
    report: R, report_path: Path | None, quiet: bool, show: Callable[[R], None]
) -> NoReturn:
    """Write the report where --report asks, show it unless --quiet, exit with its code."""
    if report_path is not None:
        report_path.write_bytes(orjson.dumps(report.as_json(), option=orjson.OPT_INDENT_2))
    if not quiet:
        show(report)
    raise typer.Exit(report.exit_code)


def check_published(published: str | None, err: Console) -> None:
    """Exit 2 (usage) when ``--published`` is not an ISO date."""
    if published is None:
        return
    try:
        dt.date.fromisoformat(published[:10])
    except ValueError:
        err.print(f"[red]error:[/] --published {published!r} is not an ISO date (YYYY-MM-DD)")
        raise typer.Exit(2) from None
