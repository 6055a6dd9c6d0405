"""English dates the text supports (our own sentences): "this morning" is the publication day;
an earlier incident keeps its month ("in August") and the day before a "when" clause; an act
answering one told just before is dated from that act's day to the report's (precision 2)."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2016-10-26", "en")


def _dates(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.date.start, e.date.end, e.date.time_precision) for e in read(text)]


def test_this_morning_is_the_publication_day() -> None:
    assert _dates("Militants shelled the town of Azaz this morning, killing two people.") == [
        ("2016-10-26", "2016-10-26", 1)]


def test_an_earlier_incident_keeps_its_month() -> None:
    events = read("Kurdish-led forces retook Manbij in August, two years after the militants "
                  "moved in.")
    assert [(e.date.start, e.date.end, e.date.time_precision) for e in events] == [
        ("2016-08-01", "2016-08-31", 3)]


def test_a_day_before_a_when_clause_dates_its_act() -> None:
    events = read("The market has been hit before, including on June 19 when at least six "
                  "people were killed in a car bomb attack near the mosque.")
    assert any(e.sub_event_type == "Remote explosive/landmine/IED"
               and e.date.start == "2016-06-19" for e in events)


def test_an_answer_is_dated_from_the_act_it_answers_to_the_report() -> None:
    events = read("Activists said that three civilians were killed in mortar shelling by militants "
                  "on the army-held parts of Deir ez-Zor on Monday. Army forces responded by "
                  "launching airstrikes on the militant-held parts, killing two civilians.")
    air = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.date.start, e.date.end, e.date.time_precision) for e in air] == [
        ("2016-10-24", "2016-10-26", 2)]


def test_an_answer_with_nothing_dated_before_it_stays_undated() -> None:
    events = read("Army forces responded by launching airstrikes on the militant-held parts of "
                  "Deir ez-Zor, killing two civilians.")
    assert [e.date.start for e in events if e.sub_event_type == "Air/drone strike"] == [None]
