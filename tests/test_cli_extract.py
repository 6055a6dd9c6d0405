"""`marsad extract` end to end through the CLI runner: contract, spans, bad inputs, exit codes."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import jsonschema
from typer.testing import CliRunner

from marsad.cli import app
from marsad.contract import schema

runner = CliRunner()
ARTICLE = (
    "قتل ثلاثة عناصر من قوات النظام في اشتباكات مع فصائل المعارضة في ريف حماة الشمالي، "
    "بحسب ما أفاد المرصد السوري لحقوق الإنسان.\n"
    "وقال ناشطون إن عشرات العائلات نزحت من البلدة خلال الأسبوع الماضي."
)
ARTICLE_2 = "أعلنت قوات سوريا الديمقراطية اعتقال خمسة أشخاص في بلدة البصيرة بريف دير الزور الشرقي."


def _walk_spans(obj: Any, text: str) -> int:
    """Check every {text, span} pair against the document text; return how many were checked."""
    checked = 0
    if isinstance(obj, dict):
        span, value = obj.get("span"), obj.get("text")
        if isinstance(span, list) and isinstance(value, str):
            assert text[span[0] : span[1]] == value, (span, value)
            checked += 1
        for v in obj.values():
            checked += _walk_spans(v, text)
    elif isinstance(obj, list):
        for v in obj:
            checked += _walk_spans(v, text)
    return checked


def test_extract_sample_is_valid_contract_with_true_spans(sample_path: Path, sample_text: str) -> None:
    result = runner.invoke(app, ["extract", str(sample_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    jsonschema.validate(out, schema())
    assert out["document"]["text"] == sample_text
    assert out["document"]["language"] == "ar"
    assert _walk_spans(out, sample_text) > 0
    assert all(not (e["date"] or {}).get("start") for e in out["events"])


def test_extract_bad_directory_reports_each_input_by_name(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    (tmp_path / "c_cp1256.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "d_utf16.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE_2.encode("utf-16-le"))
    (tmp_path / "e_cut.txt").write_bytes(ARTICLE.encode("utf-8")[:-3] + "ب".encode()[:1])
    report = tmp_path.parent / f"{tmp_path.name}-report.json"
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--format", "jsonl", "--report", str(report)]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    names = [Path(o["document"]["name"]).name for o in outputs]
    assert names == ["c_cp1256.txt", "d_utf16.txt", "e_cut.txt"]
    assert outputs[0]["document"]["text"] == ARTICLE
    assert outputs[0]["document"]["encoding"] == "cp1256"
    assert outputs[1]["document"]["text"] == ARTICLE_2
    assert outputs[2]["document"]["warnings"] and "truncated" in outputs[2]["document"]["warnings"][0]
    rep = json.loads(report.read_text())
    assert rep["inputs"] == 5
    assert rep["processed"] + rep["rejected"] == rep["inputs"]
    reasons = {Path(r["document"]).name: r["reason"] for r in rep["rejections"]}
    assert reasons == {"a_empty.txt": "empty", "b_binary.bin": "binary"}
    assert "a_empty.txt" in result.stderr and "b_binary.bin" in result.stderr


def test_extract_jsonl_keeps_ids_metadata_and_order(tmp_path: Path) -> None:
    lines = [
        {"id": "n-2", "text": ARTICLE, "published": "2018-06-13", "source": "Example Daily",
         "url": "https://example.org/2", "title": "اشتباكات في ريف حماة"},
        "this line is not json",
        {"id": "n-1", "text": "Clashes erupted in the town of Ariha on Monday, the army said."},
        {"id": "n-3", "text": ""},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["document"]["input_id"] for o in outputs] == ["n-2", "n-1"]
    first = outputs[0]["document"]
    assert (first["published"], first["source"], first["url"], first["title"]) == (
        "2018-06-13", "Example Daily", "https://example.org/2", "اشتباكات في ريف حماة",
    )
    assert outputs[1]["document"]["language"] == "en"
    assert f"{path}:2" in result.stderr and "not JSON" in result.stderr
    assert f"{path}:4" in result.stderr and "empty" in result.stderr


def test_extract_published_and_source_options_fill_document(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(path), "--format", "json", "--published", "2018-06-13", "--source", "Enab"]
    )
    doc = json.loads(result.stdout)["document"]
    assert (doc["published"], doc["source"]) == ("2018-06-13", "Enab")


def test_extract_reads_stdin() -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=ARTICLE.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["document"]["text"] == ARTICLE


def test_extract_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(tmp_path / "missing.txt")]).exit_code == 2
    ok = tmp_path / "ok.txt"
    ok.write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(ok), "--published", "last week"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(ok), "--format", "xml"]).exit_code == 2


def test_extract_rejects_other_languages_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "fa.txt").write_text("این یک گزارش کوتاه درباره‌ی یک حمله در شهر است که دیروز رخ داد.", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("Des affrontements ont eu lieu dans la ville lundi, selon une source locale.", encoding="utf-8")
    (tmp_path / "x1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x2.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--report", str(tmp_path.parent / "r.json")])
    rep = json.loads((tmp_path.parent / "r.json").read_text())
    reasons = sorted((Path(r["document"]).name, r["reason"]) for r in rep["rejections"])
    assert reasons == [("fa.txt", "unsupported-language"), ("fr.txt", "unsupported-language"),
                       ("x2.txt", "duplicate")]
    assert result.exit_code == 1


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema()


def test_no_arguments_prints_help() -> None:
    result = runner.invoke(app, [])
    assert "extract" in result.output


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "marsad", "extract", str(path), "--format", "json", "-q"],
        capture_output=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["document"]["text"] == ARTICLE
