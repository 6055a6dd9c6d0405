"""``marsad run`` through the CLI with the real reader: a second run adds nothing."""

from __future__ import annotations

from pathlib import Path

import orjson
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import open_store

REPORTS = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي استهدف بلدة خان شيخون بريف إدلب الجنوبي أمس.",
    "Two soldiers were killed when a roadside bomb hit their patrol near Kirkuk on Monday.",
    "اعتقلت قوات الأمن عشرة أشخاص في حملة دهم بمدينة الموصل.",
)


def test_run_twice_stores_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(REPORTS):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("  ", encoding="utf-8")
    store, report = tmp_path / "s.db", tmp_path / "report.json"
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(folder), "--store", str(store), "--workers", "2",
                                "--report", str(report), "-q"])
    assert first.exit_code == 1, first.output  # the empty file is rejected
    data = orjson.loads(report.read_bytes())
    assert (data["inputs"], data["stored"], data["rejected"]) == (4, 3, 1)
    assert data["rejections"][0]["reason"] == "empty"
    second = runner.invoke(app, ["run", str(folder / "0.txt"), str(folder / "1.txt"),
                                 "--store", str(store), "--report", str(report), "-q"])
    assert second.exit_code == 0, second.output
    assert orjson.loads(report.read_bytes())["unchanged"] == 2
    s = open_store(store)
    assert s.counts()["documents"] == 3
    s.close()


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(tmp_path / "nope"), "--store",
                                      str(tmp_path / "s.db")])
    assert result.exit_code == 2
