"""A day after "as reported by" (حسبما أوردته، وفق ما ذكرته) is the day a source spoke: it
does not keep a toll's report apart from the incident told with its own day."""

from __future__ import annotations

from reading import events_reader

_events = events_reader("2017-05-29")


def _clashes(verb: str) -> list[str | None]:
    text = (f"ارتفعت حصيلة الاشتباكات في مدينة سرت إلى 30 قتيلا، حسبما {verb} وكالة الأنباء "
            "الليبية اليوم الاثنين. وكانت الاشتباكات قد اندلعت في أحياء سرت أمس الأحد بين "
            "كتيبتين مسلحتين.")
    return [e.date.start for e in _events(text) if e.sub_event_type == "Armed clash"]


def test_toll_reported_today_joins_yesterdays_clashes() -> None:
    assert _clashes("أوردته") == ["2017-05-28"]


def test_pronoun_of_another_reporting_verb() -> None:
    assert _clashes("ذكرته") == ["2017-05-28"]


def test_day_of_the_clashes_themselves_stays() -> None:
    found = [e.date.start for e in _events("اندلعت اشتباكات عنيفة في مدينة سرت اليوم الاثنين "
                                           "بين كتيبتين مسلحتين.") if e.sub_event_type == "Armed clash"]
    assert found == ["2017-05-29"]
