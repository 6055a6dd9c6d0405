"""``marsad eval GOLD...``: score marsad against gold annotations, with floors for CI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError
from marsad.evaluate import DocumentResult, Evaluation, evaluate


def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files or directories of them.")],
    data_dir: Annotated[
        Path | None,
        typer.Option(
            help="Folder holding <dataset>/*.jsonl "
            "(default: $MARSAD_SHARED_DATA, else ../shared/data beside the repository)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list every document.")] = False,
    min_subtype_f1: Annotated[
        float | None, typer.Option(help="Exit 1 when sub-type F1 is below this.")
    ] = None,
    max_invented_dates: Annotated[
        int | None, typer.Option(help="Exit 1 when more events carry an invented date.")
    ] = None,
    max_bad_spans: Annotated[
        int | None, typer.Option(help="Exit 1 when more spans fail to verify.")
    ] = None,
    min_core_recall: Annotated[
        float | None, typer.Option(help="Exit 1 when core recall is below this.")
    ] = None,
    min_date_accuracy: Annotated[
        float | None, typer.Option(help="Exit 1 when date accuracy is below this.")
    ] = None,
    min_fatalities_accuracy: Annotated[
        float | None, typer.Option(help="Exit 1 when fatalities accuracy is below this.")
    ] = None,
) -> None:
    """Print type, sub-type and sub-type+admin1 F1, core recall, specificity, date and fatalities
    accuracy (over matched events), invented dates and bad spans; exit 1 below a floor, 2 for
    unusable gold."""
    err = Console(stderr=True)
    try:
        result = evaluate(gold, data_dir=data_dir)
    except MarsadError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        payload = result.scores.as_dict()
        if details:
            payload["per_document"] = [_doc_json(d) for d in result.documents]
        typer.echo(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode())
    else:
        _print_table(result, details)
    failures = _failures(
        result,
        {"sub-type F1": min_subtype_f1, "core recall": min_core_recall,
         "date accuracy": min_date_accuracy, "fatalities accuracy": min_fatalities_accuracy},
        {"invented dates": max_invented_dates, "bad spans": max_bad_spans},
    )
    for failure in failures:
        err.print(f"[red]below floor:[/red] {failure}")
    if failures:
        raise typer.Exit(1)


def _failures(result: Evaluation, minimums: dict[str, float | None],
              maximums: dict[str, int | None]) -> list[str]:
    """The scores (by their printed name) below their minimum or above their maximum, where
    one is given."""
    s = result.scores
    values: dict[str, float] = {
        "sub-type F1": s.levels["subtype"].f1, "core recall": s.core_recall,
        "date accuracy": s.date_accuracy, "fatalities accuracy": s.fatalities_accuracy,
        "invented dates": s.invented_dates, "bad spans": s.bad_spans,
    }
    out = [f"{name} {values[name]:.3f} < {low}" for name, low in minimums.items()
           if low is not None and values[name] < low]
    out += [f"{name} {values[name]} > {high}" for name, high in maximums.items()
            if high is not None and values[name] > high]
    return out


def _doc_json(d: DocumentResult) -> dict[str, object]:
    return {
        "name": d.name, "subtype": d.levels["subtype"].as_dict(), "pairs": [list(p) for p in d.pairs],
        "missed_core": list(d.missed_core), "unmatched_system": list(d.unmatched_system),
        "invented_dates": list(d.invented_dates), "bad_spans": list(d.bad_spans),
    }


def _print_table(result: Evaluation, details: bool) -> None:
    out = Console()
    s = result.scores
    table = Table(title=f"marsad eval: {s.documents} documents, {s.gold_events} gold events, "
                        f"{s.system_events} system events")
    for column in ("score", "value", "P", "R", "tp/fp/fn"):
        table.add_column(column, justify="right" if column != "score" else "left")
    for label, level in (("type F1", "type"), ("sub-type F1", "subtype"),
                         ("sub-type + admin1 F1", "subtype_admin1")):
        prf = s.levels[level]
        table.add_row(label, f"{prf.f1:.3f}", f"{prf.precision:.3f}", f"{prf.recall:.3f}",
                      f"{prf.tp}/{prf.fp}/{prf.fn}")
    table.add_row("core recall", f"{s.core_recall:.3f}", "", "", f"{s.core_found}/{s.core_total}")
    table.add_row("specificity accuracy", f"{s.specificity_accuracy:.3f}", "", "",
                  f"{s.specificity_correct}/{s.specificity_total}")
    table.add_row("date accuracy", f"{s.date_accuracy:.3f}", "", "",
                  f"{s.date_correct}/{s.date_total}")
    table.add_row("fatalities accuracy", f"{s.fatalities_accuracy:.3f}", "", "",
                  f"{s.fatalities_correct}/{s.fatalities_total}")
    table.add_row("invented dates", str(s.invented_dates), "", "", "")
    table.add_row("bad spans", str(s.bad_spans), "", "", "")
    out.print(table)
    if details:
        docs = Table(title="per document (sub-type level)")
        for column in ("document", "tp/fp/fn", "missed core", "unmatched system", "dates", "spans"):
            docs.add_column(column)
        for d in result.documents:
            prf = d.levels["subtype"]
            docs.add_row(Path(d.name).name, f"{prf.tp}/{prf.fp}/{prf.fn}", " ".join(d.missed_core),
                         " ".join(d.unmatched_system), str(len(d.invented_dates)),
                         str(len(d.bad_spans)))
        out.print(docs)
