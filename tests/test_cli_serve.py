"""`marsad serve` through the CLI runner: it names the token file, and refuses a missing store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from serve_support import build_store, deir_ez_zor
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def test_cli_serve_prints_where_the_token_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = build_store(tmp_path / "s.db", [deir_ez_zor()])
    started: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(app=app, **kw))
    result = runner.invoke(app, ["serve", "--store", str(store), "--port", "8123"])
    assert result.exit_code == 0, result.output
    token_file = tmp_path / "s.db.serve-token"
    assert token_file.is_file()
    assert str(token_file) in result.output.replace("\n", "")
    assert (started["host"], started["port"]) == ("127.0.0.1", 8123)
    assert started["app"].state.token == token_file.read_text().strip()


def test_cli_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "absent.db")])
    assert result.exit_code == 2
    assert "no store" in result.output
    assert not (tmp_path / "absent.db.serve-token").exists()
