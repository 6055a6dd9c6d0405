"""A leading dateline is the publication day, not the day of the first event; English dates in a
clause opened by "since" date another happening, not the event."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _dates(text: str, published: str | None = "2016-07-14") -> list[str | None]:
    doc = Document("d", text, "en", "d", published=published)
    return [e.date.start for e in READER.read(doc).events]


def test_dateline_day_is_not_given_to_the_headline_event() -> None:
    text = ("Posted on July 14 2016 by Staff Writer Air strike kills four in Aleppo market. An air "
            "strike hit a crowded market in Aleppo, killing four people, a monitor said.")
    assert _dates(text) == [None]


def test_weekday_dateline_with_clock_time_is_left_out_too() -> None:
    text = ("Thursday 14 July 2016 20:15 Warplanes struck the town of Saraqib in Idlib province "
            "on Wednesday, killing six civilians.")
    assert _dates(text) == ["2016-07-13"]


def test_a_date_opening_a_sentence_still_dates_its_event() -> None:
    text = "On 12 July 2016, gunmen attacked a checkpoint in the town of Saraqib in Idlib province."
    assert _dates(text) == ["2016-07-12"]


def test_date_of_what_a_since_clause_names_is_not_the_event_date() -> None:
    text = ("At least 40 people have been killed in Idlib province since the army began an "
            "offensive there two weeks ago, a monitor said.")
    assert _dates(text) == [None]


def test_a_day_right_after_since_still_anchors_the_incident() -> None:
    text = "Warplanes have pounded the town of Saraqib in Idlib province since Monday morning."
    assert _dates(text) == ["2016-07-11"]


def test_dateline_after_the_headline_and_agency_is_left_out() -> None:
    text = ("Car bomb kills nine near Azaz market AFP Thursday 14 Jul 2016 A car bomb exploded near "
            "a market in the town of Azaz in Aleppo province killing nine people, a monitor said.")
    assert _dates(text) == [None]


def test_a_date_after_on_in_the_lead_is_no_dateline() -> None:
    text = ("Gunmen attacked a checkpoint near Saraqib in Idlib province on Tuesday 12 July 2016 "
            "Activists said three soldiers died.")
    assert "2016-07-12" in _dates(text)


def test_english_month_after_in_dates_an_act() -> None:
    text = "Government forces took the town of Saraqib in Idlib province in June, a monitor said."
    doc = Document("d", text, "en", "d", published="2016-07-14")
    found = [m for m in READER.read(doc).mentions if m.kind == "date"]
    assert [(m.text, m.value["start"], m.value["end"]) for m in found] == [
        ("June", "2016-06-01", "2016-06-30")]

