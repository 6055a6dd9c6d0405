"""A bare weekday retelling an act the document told as history on that weekday dates nothing
(``marsad.assemble.history_weekday``); a new act, another weekday or a lead told first keep it."""

from __future__ import annotations

from reading import events_reader

# Published on a Thursday; the Tuesday before it is 2016-03-08, and 12 January 2016 was a Tuesday.
read = events_reader("2016-03-10")
LAST_TUESDAY = "2016-03-08"
OLD = ("وتعرض مركز الشرطة في مدينة الرمادي لتفجير بسيارة مفخخة في 12 يناير الماضي، "
       "ما أدى إلى مقتل سبعة من المدنيين.")


def _days(text: str) -> list[str | None]:
    return [e.date.start for e in read(text)]


def test_a_defendant_retelling_the_old_attack_day_dates_nothing_last_week() -> None:
    text = ("بدأت محكمة الجنايات في بغداد أمس محاكمة خمسة متهمين في قضية تفجير مركز الشرطة. "
            + OLD + " وقال المتهم الأول إنه قاد السيارة المفخخة إلى المركز صباح الثلاثاء "
            "وإن الانفجار وقع بعد دقائق.")
    events = read(text)
    assert any(e.date.start == "2016-01-12" for e in events)
    assert LAST_TUESDAY not in [e.date.start for e in events]
    assert any("told earlier as history" in e.notes for e in events)


def test_the_old_day_told_in_part_of_a_day_is_not_last_week_either() -> None:
    text = OLD + " وأضاف الشاهد أن السيارة المفخخة انفجرت ظهر الثلاثاء أمام البوابة الرئيسية."
    assert LAST_TUESDAY not in _days(text)


def test_another_weekday_than_the_old_days_keeps_its_date() -> None:
    text = OLD + " وقال شهود إن السيارة المفخخة انفجرت ظهر الأربعاء أمام البوابة الرئيسية."
    assert "2016-03-09" in _days(text)


def test_a_new_indefinite_act_keeps_its_weekday() -> None:
    text = OLD + " وقتل أربعة أشخاص في تفجير جديد بسيارة مفخخة استهدف سوقا في الفلوجة الثلاثاء."
    assert LAST_TUESDAY in _days(text)


def test_a_lead_told_before_the_history_keeps_its_weekday() -> None:
    text = ("انفجرت السيارة المفخخة أمام سوق في مدينة الفلوجة الثلاثاء، ما أدى إلى مقتل أربعة أشخاص. "
            + OLD)
    assert LAST_TUESDAY in _days(text)
