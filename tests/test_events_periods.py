"""Dates that bound a period, pattern cues against coarse dates, planned acts: read with the
real recognisers over report-style sentences of our own."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-03-01")


def test_toll_during_a_month_is_a_trend_dated_by_its_month_only() -> None:
    # (a pattern keeps the month its clause gives, precision 3, never a day: pattern_dates)
    events = _events("قتل سبعة مدنيين في محافظة درعا خلال شهر شباط جراء القصف المدفعي.")
    assert events
    assert all((e.date.start, e.date.end, e.date.time_precision)
               == ("2018-02-01", "2018-02-28", 3) for e in events)
    assert all(e.specificity != "specific" for e in events)


def test_date_inside_a_since_clause_is_not_the_events_day() -> None:
    text = "شهدت البلاد 15 عملية خطف منذ الانتخابات التي جرت في السابع من حزيران الماضي."
    assert all(e.date.start is None for e in _events(text))


def test_pattern_cue_outweighs_a_week_but_not_a_day() -> None:
    weekly = _events("استهدفت المدفعية التركية مواقع الوحدات الكردية أربع مرات الأسبوع الماضي.")
    assert weekly and all(e.specificity == "recurring" and e.date.time_precision == 2
                          and e.date.start != e.date.end for e in weekly)  # (the week, no day)
    daily = _events("تواصل القصف المدفعي على بلدة كفرنبل أمس.")
    assert any(e.specificity == "specific" and e.date.start == "2018-02-28" for e in daily)


def test_planned_march_is_hypothetical_and_undated() -> None:
    events = _events("قالت الشرطة إنها لن تسمح بتظاهرة مزمعة في العاصمة يوم الأحد.")
    assert events and all(e.specificity == "hypothetical" and e.date.start is None for e in events)


def test_ongoing_battles_are_not_dated_by_a_statement_day() -> None:
    text = "وكان المجلس قد أصدر، الخميس، بيانا دعا فيه إلى وقف تجنيد الأطفال وزجهم في المعارك الدائرة في اليمن."
    assert all(e.date.start is None for e in _events(text))


def test_related_story_links_yield_no_events() -> None:
    text = (
        "استقبل الوزير وفدا تجاريا في مكتبه لبحث التعاون الاقتصادي.\n"
        "رابط الخبر بصحيفة المثال: قتلى في غارة جوية على مدينة إدلب\n"
        "اقرأ أيضا: اشتباكات عنيفة في ريف حلب"
    )
    assert _events(text) == []
    story = "قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب أمس."
    assert _events(story)  # the same words in the story itself are read


def test_a_date_between_commas_does_not_cut_the_actor_from_its_verb() -> None:
    text = "تمكن مسلحو تنظيم داعش، السبت، من استعادة السيطرة على بلدة هجين بعد معارك عنيفة."
    events = _events(text, published="2018-07-14")
    takeovers = [e for e in events if e.event_type == "Battles" and "territory" in (e.sub_event_type or "")]
    assert takeovers and takeovers[0].sub_event_type == "Non-state actor overtakes territory"
    assert takeovers[0].actor1 is not None and "islamic-state" in takeovers[0].actor1.id


def test_a_reporters_location_is_not_the_events_place() -> None:
    text = "فرضت قوات قسد التجنيد الإجباري على الشبان، بحسب ما قال مصدر محلي لمراسلنا في دير الزور."
    events = _events(text)
    assert events
    assert all(e.location is None for e in events)
