"""Store fixtures: a throwaway PostgreSQL server, and ``store_url`` over both backends.

PostgreSQL comes from MARSAD_TEST_POSTGRES_DSN when set, else is started here from the Debian
binaries (initdb + pg_ctl in a temp dir, unix socket only, as the ``postgres`` user when run as
root). Without either the PostgreSQL tests FAIL with the install command: they never skip.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_databases = itertools.count()


def _bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    """A libpq URL of a PostgreSQL server for the tests (started here unless given)."""
    given = os.environ.get("MARSAD_TEST_POSTGRES_DSN")
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None:
        pytest.fail("PostgreSQL is needed for the store tests: apt-get install -y postgresql "
                    "(or set MARSAD_TEST_POSTGRES_DSN to a server you own)")
    base = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = base / "data"

    def pg(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=60)

    pg(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
       "--no-locale", "--no-sync")
    pg(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
       f"-k {base} -c listen_addresses='' -p 5432 -F", "start")
    try:
        yield f"postgresql://postgres@/postgres?host={base}&port=5432"
    finally:
        pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(dsn: str) -> str:
    """A new empty database on the server of ``dsn``; its URL."""
    import psycopg

    name = f"marsad_test_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    base, _, query = dsn.partition("?")
    root = base.rsplit("/", 1)[0]
    return f"{root}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store on each backend: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    dsn: str = request.getfixturevalue("postgres_dsn")
    return fresh_database(dsn)
