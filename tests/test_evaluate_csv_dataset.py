"""Gold files may name rows of a CSV dataset (FA-KES): ``<prefix>_<key>`` columns answer as
``<key>``, and a non-ISO date gives no publication day instead of a wrong one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from shared_data import DATA

from marsad.evaluate import DatasetIndex, load_gold

TEXT = "Mon 03 Apr 2017 Warplanes struck a market in the town of Saraqib on Monday."


def _write_csv(folder: Path, date: str) -> None:
    folder.mkdir()
    with (folder / "rows.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["unit_id", "article_title", "article_content", "source", "date"])
        writer.writerow(["77", "Market struck", TEXT, "testwire", date])


def _gold(tmp_path: Path, published: str | None = None) -> Path:
    at = TEXT.index("struck")
    event = {"id": "g1", "what": "air strike on a market", "evidence_span": [at, at + 6],
             "types": [["Explosions/Remote violence", "Air/drone strike"]],
             "specificity": ["specific"]}
    raw: dict[str, object] = {"dataset": "wire", "article_id": "77", "events": [event]}
    if published:
        raw["published"] = published
    path = tmp_path / "g.json"
    path.write_text(json.dumps(raw), "utf-8")
    return path


def test_csv_row_is_found_by_its_id_column_and_read_as_content(tmp_path: Path) -> None:
    _write_csv(tmp_path / "wire", "2017-04-03")
    gold = load_gold(_gold(tmp_path), DatasetIndex(tmp_path))
    assert gold.text == TEXT and gold.source == "testwire" and gold.published == "2017-04-03"
    ev = gold.events[0].evidence
    assert ev is not None and gold.text[ev.start : ev.end] == "struck"


def test_ambiguous_csv_date_gives_no_day_unless_the_gold_says(tmp_path: Path) -> None:
    _write_csv(tmp_path / "wire", "4/3/2017")
    assert load_gold(_gold(tmp_path), DatasetIndex(tmp_path)).published is None
    assert load_gold(_gold(tmp_path, "2017-04-03"), DatasetIndex(tmp_path)).published == "2017-04-03"


def test_fakes_rows_load_from_the_shared_data() -> None:
    row = DatasetIndex(DATA).row("fakes", "1914947530")
    assert row["content"] == row["article_content"] and len(row["content"]) > 500
