"""The ``marsad`` command: one Typer app, one module per command (thin wrappers)."""

from __future__ import annotations

import typer

from marsad.cli.eval import eval_command
from marsad.cli.export import export_command
from marsad.cli.extract import extract_command
from marsad.cli.gazetteer import gazetteer_app
from marsad.cli.run import run_command
from marsad.cli.schema import schema_command
from marsad.cli.serve import serve_command

app = typer.Typer(
    name="marsad",
    help="Read conflict news (Arabic first, English second) into evidence-backed event records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_command)
app.command("schema")(schema_command)
app.command("eval")(eval_command)
app.command("run")(run_command)
app.command("export")(export_command)
app.command("serve")(serve_command)
app.add_typer(gazetteer_app, name="gazetteer")


def main() -> None:
    """Console-script entry point."""
    app()
