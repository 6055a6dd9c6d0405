"""The scorer on small synthetic gold/system pairs: matching, optional events, dates, spans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from shared_data import SAMPLE_GOLD

from marsad.evaluate import (
    DatasetIndex,
    GoldError,
    evaluate,
    load_gold,
)
from marsad.model import (
    DateValue,
    Document,
    Event,
    Extraction,
    Mention,
    Place,
    Span,
    Trigger,
)

# Own sentences in the style of a wire report (not copied from any article).
TEXT = (
    "قصفت طائرات حربية بلدة في ريف إدلب الجنوبي صباح اليوم. "
    "واندلعت اشتباكات عنيفة بين فصائل معارضة وقوات النظام قرب مدينة درعا. "
    "وخرج العشرات في مظاهرة سلمية وسط المدينة."
)
AIR = TEXT.index("قصفت")
CLASH = TEXT.index("اشتباكات")
DEMO = TEXT.index("مظاهرة")


def gold_event(
    gid: str, types: list[list[Any]], start: int, length: int = 6, core: bool = True,
    admin1: list[str] | None = None, date: dict[str, str] | None = None,
    specificity: tuple[str, ...] = ("specific",),
) -> dict[str, Any]:
    return {
        "id": gid, "core": core, "what": "synthetic", "types": types,
        "specificity": list(specificity), "admin1": admin1 or [], "geonames_ids": [],
        "evidence_span": [start, start + length], "date": date, "fatalities": None,
    }


G_AIR = gold_event("g1", [["Explosions/Remote violence", "Air/drone strike"]], AIR,
                   admin1=["Idlib"], date={"start": "2018-05-01", "end": "2018-05-01"})
G_CLASH = gold_event("g2", [["Battles", "Armed clash"]], CLASH, admin1=["Dar'a", "Daraa"])
G_DEMO = gold_event("g3", [["Protests", "Peaceful protest"]], DEMO, admin1=["Daraa"])


def system_event(
    eid: str, event_type: str, sub: str | None, start: int, admin1: str | None = None,
    date: str | None = None, specificity: Any = "specific",
) -> Event:
    location = None
    if admin1 is not None:
        location = Place(text=TEXT[start : start + 4], span=Span(start, start + 4), admin1=admin1)
    return Event(
        id=eid, event_type=event_type, sub_event_type=sub, plover=None,
        specificity=specificity, trigger=Trigger(TEXT[start : start + 4], Span(start, start + 4)),
        location=location, date=DateValue(date, date, 1 if date else None),
    )


S_AIR = system_event("e1", "Explosions/Remote violence", "Air/drone strike", AIR, "Idlib")
S_CLASH = system_event("e2", "Battles", "Armed clash", CLASH, "Daraa")
S_DEMO = system_event("e3", "Protests", "Peaceful protest", DEMO, "Daraa")


class FakeReader:
    """Returns the given events (and mentions) for every document."""

    def __init__(self, events: list[Event], mentions: tuple[Mention, ...] = ()) -> None:
        self.events = events
        self.mentions = mentions

    def read(self, document: Document) -> Extraction:
        return Extraction(document, self.mentions, tuple(self.events))


def write_gold(tmp_path: Path, events: list[dict[str, Any]]) -> Path:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "article.gold.json"
    gold = {"article": "article.txt", "published": "2018-05-01", "events": events}
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def run(tmp_path: Path, gold: list[dict[str, Any]], system: list[Event], **kw: Any) -> Any:
    path = write_gold(tmp_path, gold)
    return evaluate([path], data_dir=tmp_path, reader=FakeReader(system, **kw))


def test_perfect_match_scores_one(tmp_path: Path) -> None:
    ev = run(tmp_path, [G_AIR, G_CLASH, G_DEMO], [S_AIR, S_CLASH, S_DEMO])
    s = ev.scores
    assert [s.levels[k].f1 for k in ("type", "subtype", "subtype_admin1")] == [1.0, 1.0, 1.0]
    assert s.core_recall == 1.0 and s.specificity_accuracy == 1.0
    assert s.invented_dates == 0 and s.bad_spans == 0


def test_wrong_subtype_counts_at_subtype_level_only(tmp_path: Path) -> None:
    shelling = system_event("e1", "Explosions/Remote violence",
                            "Shelling/artillery/missile attack", AIR, "Idlib")
    s = run(tmp_path, [G_AIR], [shelling]).scores
    assert s.levels["type"].f1 == 1.0
    assert (s.levels["subtype"].tp, s.levels["subtype"].fp, s.levels["subtype"].fn) == (0, 1, 1)
    assert s.core_recall == 0.0


def test_wrong_admin1_only_hurts_the_place_level(tmp_path: Path) -> None:
    elsewhere = system_event("e1", "Explosions/Remote violence", "Air/drone strike", AIR, "Hama")
    s = run(tmp_path, [G_AIR], [elsewhere]).scores
    assert s.levels["subtype"].f1 == 1.0 and s.levels["subtype_admin1"].f1 == 0.0


def test_admin1_spellings_compare_loosely(tmp_path: Path) -> None:
    spelled = system_event("e2", "Battles", "Armed clash", CLASH, "Dar'a")
    assert run(tmp_path, [G_CLASH], [spelled]).scores.levels["subtype_admin1"].f1 == 1.0


def test_missing_core_event_lowers_recall_not_precision(tmp_path: Path) -> None:
    s = run(tmp_path, [G_AIR, G_CLASH], [S_AIR]).scores
    sub = s.levels["subtype"]
    assert sub.precision == 1.0 and sub.recall == 0.5
    assert s.core_found == 1 and s.core_total == 2


def test_optional_gold_event_is_neutral(tmp_path: Path) -> None:
    optional = {**G_DEMO, "core": False}
    found = run(tmp_path, [G_AIR, optional], [S_AIR, S_DEMO]).scores.levels["subtype"]
    missed = run(tmp_path, [G_AIR, optional], [S_AIR]).scores.levels["subtype"]
    assert (found.tp, found.fp, found.fn) == (1, 0, 0)
    assert (missed.tp, missed.fp, missed.fn) == (1, 0, 0)


def test_system_event_with_no_gold_is_a_false_positive(tmp_path: Path) -> None:
    sub = run(tmp_path, [G_AIR], [S_AIR, S_DEMO]).scores.levels["subtype"]
    assert (sub.tp, sub.fp, sub.fn) == (1, 1, 0)


def test_specificity_accuracy_over_matched_events(tmp_path: Path) -> None:
    recurring = system_event("e2", "Battles", "Armed clash", CLASH, "Daraa", specificity="recurring")
    s = run(tmp_path, [G_AIR, G_CLASH], [S_AIR, recurring]).scores
    assert s.specificity_total == 2 and s.specificity_correct == 1
    assert s.core_found == 1  # the clash is found but not as the analyst would code it


def test_invented_date_outside_every_gold_range(tmp_path: Path) -> None:
    right = system_event("e1", "Explosions/Remote violence", "Air/drone strike", AIR, "Idlib",
                         date="2018-05-01")
    wrong = system_event("e2", "Battles", "Armed clash", CLASH, "Daraa", date="2018-04-29")
    ev = run(tmp_path, [G_AIR, G_CLASH], [right, wrong])
    assert ev.scores.invented_dates == 1
    assert ev.documents[0].invented_dates == ("e2",)


def test_bad_span_is_counted(tmp_path: Path) -> None:
    good = Mention("trigger", Span(AIR, AIR + 4), TEXT[AIR : AIR + 4], {}, "test")
    bad = Mention("trigger", Span(CLASH, CLASH + 4), "غارة", {}, "test")
    ev = run(tmp_path, [G_AIR], [S_AIR], mentions=(good, bad))
    assert ev.scores.bad_spans == 1


def test_bad_span_inside_an_event_is_counted(tmp_path: Path) -> None:
    broken = Event(
        id="e1", event_type="Battles", sub_event_type="Armed clash", plover=None,
        specificity="specific", trigger=Trigger("كمين", Span(CLASH, CLASH + 4)),
    )
    assert run(tmp_path, [G_CLASH], [broken]).scores.bad_spans == 1


def test_evidence_overlap_decides_between_two_golds_of_one_type(tmp_path: Path) -> None:
    second = gold_event("g4", [["Battles", "Armed clash"]], DEMO, admin1=["Daraa"])
    near_second = system_event("e9", "Battles", "Armed clash", DEMO, "Daraa")
    ev = run(tmp_path, [G_CLASH, second], [near_second])
    assert ev.documents[0].pairs == (("g4", "e9"),)


def test_reassignment_finds_a_partner_for_every_core_event(tmp_path: Path) -> None:
    # e1 overlaps g_either's evidence, but only e1 can match g_only: the matcher must re-route.
    g_either = gold_event("ga", [["Battles", "Armed clash"], ["Violence against civilians", "Attack"]],
                          CLASH)
    g_only = gold_event("gb", [["Battles", "Armed clash"]], DEMO)
    e1 = system_event("e1", "Battles", "Armed clash", CLASH)
    e2 = system_event("e2", "Violence against civilians", "Attack", AIR)
    s = run(tmp_path, [g_either, g_only], [e1, e2]).scores
    assert s.levels["subtype"].tp == 2


def test_extension_with_null_subtype(tmp_path: Path) -> None:
    flight = gold_event("g5", [["marsad:Displacement/Migration", None]], DEMO,
                        specificity=("trend",))
    sys_flight = system_event("e5", "marsad:Displacement/Migration", None, DEMO, specificity="trend")
    assert run(tmp_path, [flight], [sys_flight]).scores.levels["subtype"].f1 == 1.0


def test_no_events_in_gold_or_output_is_perfect(tmp_path: Path) -> None:
    s = run(tmp_path, [], []).scores
    assert s.levels["subtype"].f1 == 1.0 and s.core_recall == 1.0


def test_dataset_gold_reads_the_row(tmp_path: Path) -> None:
    folder = tmp_path / "ant_corpus_conflict"
    folder.mkdir()
    row = {"id": "X-1", "content": TEXT, "date": "2018-05-01T10:00:00+03:00", "outlet": "Test"}
    (folder / "rows.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"dataset": "ant_corpus_conflict", "article_id": "X-1",
                                "events": [G_AIR]}), "utf-8")
    gold = load_gold(path, DatasetIndex(tmp_path))
    assert gold.published == "2018-05-01" and gold.source == "Test"
    assert gold.events[0].evidence == Span(AIR, AIR + 6)


@pytest.mark.parametrize(
    "change",
    [
        {"types": [["Battles", "Air/drone strike"]]},
        {"types": [["Fights", None]]},
        {"evidence_span": [0, 10_000]},
        {"specificity": ["certain"]},
        {"date": {"start": "2018-05-02", "end": "2018-05-01"}},
    ],
)
def test_malformed_gold_is_refused(tmp_path: Path, change: dict[str, Any]) -> None:
    path = write_gold(tmp_path, [{**G_AIR, **change}])
    with pytest.raises(GoldError):
        load_gold(path, DatasetIndex(tmp_path))


def test_sample_gold_loads_with_quoted_evidence() -> None:
    sample = SAMPLE_GOLD
    gold = load_gold(sample, DatasetIndex(sample.parent))
    assert len(gold.events) == 8 and sum(e.core for e in gold.events) == 5
    g3 = gold.events[2]
    assert g3.evidence is not None and "عبوات" in gold.text[g3.evidence.start : g3.evidence.end]


def test_date_accuracy_over_matched_events(tmp_path: Path) -> None:
    """Right when the system's day lies in the gold range or neither has a date."""
    right = system_event("e1", "Explosions/Remote violence", "Air/drone strike", AIR, "Idlib",
                         date="2018-05-01")
    undated = system_event("e1", "Explosions/Remote violence", "Air/drone strike", AIR, "Idlib")
    dated_clash = system_event("e2", "Battles", "Armed clash", CLASH, "Daraa", date="2018-05-01")
    s = run(tmp_path, [G_AIR, G_CLASH], [right, S_CLASH]).scores
    assert (s.date_correct, s.date_total) == (2, 2)
    s = run(tmp_path, [G_AIR, G_CLASH], [undated, dated_clash]).scores
    assert (s.date_correct, s.date_total) == (0, 2)


def _with_killed(event: Event, best: int) -> Event:
    from dataclasses import replace

    from marsad.model import Fatalities

    return replace(event, fatalities=Fatalities(best, best, best, "قتلى", event.trigger.span))


def test_fatalities_accuracy_over_matched_events(tmp_path: Path) -> None:
    """A best count inside the gold's low..high is right; null gold wants no deaths; an open
    high bound takes any count from low; events whose gold does not code deaths are not counted."""
    ranged = {**G_AIR, "fatalities": {"low": 3, "best": 4, "high": 5}}
    open_high = {**G_CLASH, "fatalities": {"low": 10, "best": 10, "high": None}}
    s = run(tmp_path, [ranged, open_high], [_with_killed(S_AIR, 5), _with_killed(S_CLASH, 30)]).scores
    assert (s.fatalities_correct, s.fatalities_total) == (2, 2)
    s = run(tmp_path, [ranged, G_CLASH], [_with_killed(S_AIR, 6), _with_killed(S_CLASH, 1)]).scores
    assert (s.fatalities_correct, s.fatalities_total) == (0, 2)
    uncoded = {k: v for k, v in G_AIR.items() if k != "fatalities"}
    s = run(tmp_path, [uncoded, G_CLASH], [S_AIR, S_CLASH]).scores
    assert (s.fatalities_correct, s.fatalities_total) == (1, 1)


def test_fatalities_out_of_order_are_unusable_gold(tmp_path: Path) -> None:
    bad = {**G_AIR, "fatalities": {"low": 5, "best": 2, "high": 9}}
    with pytest.raises(GoldError, match="fatalities"):
        run(tmp_path, [bad], [S_AIR])
