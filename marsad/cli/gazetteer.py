"""``marsad gazetteer import|build``: load GeoNames dumps and OCHA units into a gazetteer file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from marsad.errors import GazetteerError
from marsad.geocode.build import DEFAULT_COUNTRIES, build, write
from marsad.geocode.download import GEONAMES_DUMP, download
from marsad.geocode.store import ENV_PATH, embedded

gazetteer_app = typer.Typer(help="Build or import the gazetteer places are resolved against.",
                            no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)


def _default_out() -> Path:
    env = os.environ.get(ENV_PATH)
    return Path(env) if env else Path.home() / ".local" / "share" / "marsad" / "gazetteer.tsv.gz"


FILES_HELP = ("GeoNames files (XX.txt, allCountries.txt, cities500.txt, alternateNames*.txt, "
              "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt) or an Open-Syria folder.")
OUT_HELP = f"Gazetteer file to write (default ${ENV_PATH} or ~/.local/share/marsad/gazetteer.tsv.gz)."
CACHE = Path.home() / ".cache" / "marsad" / "geonames"
EMBEDDED_OUT = Path(__file__).resolve().parents[1] / "geocode" / "data" / "gazetteer.tsv.gz"


@gazetteer_app.command("import")
def import_command(
    files: Annotated[list[Path] | None, typer.Argument(help=FILES_HELP)] = None,
    out: Annotated[Path | None, typer.Option(help=OUT_HELP)] = None,
    download_cc: Annotated[list[str] | None, typer.Option(
        "--download", help="Fetch this country's dumps from download.geonames.org first.")] = None,
    cache: Annotated[Path, typer.Option(help="Where --download puts the files.")] = CACHE,
    base_url: Annotated[str, typer.Option(help="GeoNames dump mirror for --download.")] = GEONAMES_DUMP,
    countries: Annotated[str, typer.Option(help="Keep only these countries (comma separated).")] = "",
    base: Annotated[bool, typer.Option(help="Start from the embedded default (keeps curated "
                                       "facilities and Arabic admin names).")] = True,
) -> None:
    """Import GeoNames dumps; a malformed row is reported (file:line: reason), the rest loads.

    Exit 0 when every row loaded, 1 when some rows were reported, 2 for a usage error.
    """
    paths = list(files or [])
    download_cc = download_cc or []
    try:
        if download_cc:
            with err.status(f"downloading {', '.join(download_cc)} from {base_url}"):
                paths += download(download_cc, cache, base_url)
        if not paths:
            err.print("nothing to import: give files or --download XX")
            raise typer.Exit(2)
        wanted = {c.strip().upper() for c in countries.split(",") if c.strip()} or None
        target = out or _default_out()
        report = write(paths, target, wanted, lambda m: err.print(m, highlight=False),
                       list(embedded().entries()) if base else ())
    except GazetteerError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from exc
    for problem in report.problems:
        err.print(f"malformed row: {problem}", highlight=False)
    err.print(f"wrote {report.entries} entries ({report.bytes:,} bytes) to {report.path}; "
              f"{len(report.problems)} malformed rows skipped; use it with {ENV_PATH}={report.path}")
    raise typer.Exit(1 if report.problems else 0)


@gazetteer_app.command("build")
def build_command(
    geonames: Annotated[Path, typer.Option(help="GeoNames folder (cities500*.txt, admin codes, "
                                           "countryInfo).")] = Path("../shared/data/geonames"),
    opensyria: Annotated[Path, typer.Option(help="Open-Syria data-geography folder (OCHA units).")
                         ] = Path("../shared/data/opensyria_geography"),
    out: Annotated[Path, typer.Option(help="Where to write the embedded default.")] = EMBEDDED_OUT,
) -> None:
    """Build the compact gazetteer shipped in the package (Syria, Iraq and neighbours)."""
    try:
        report = build(geonames, opensyria, out, set(DEFAULT_COUNTRIES),
                       lambda m: err.print(m, highlight=False))
    except GazetteerError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from exc
    for problem in report.problems:
        err.print(f"malformed row: {problem}", highlight=False)
    err.print(f"wrote {report.entries} entries ({report.bytes:,} bytes) to {report.path}")
    raise typer.Exit(1 if report.problems else 0)
