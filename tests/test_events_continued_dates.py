"""A sentence that carries a source's report on (وأضاف، وقال مصدر، ووفقا لـ) and gives no date of
its own tells the incident the account before it dated (or the day its source spoke); a new
topic, an earlier act or a period does not lend its day (marsad.assemble.date_inherit)."""

from __future__ import annotations

from marsad.model import Document, Event
from marsad.pipeline import Reader

PUBLISHED = "2019-04-11T10:00:00+00:00"  # a Thursday


def _dates(text: str) -> dict[str, str | None]:
    events: list[Event] = Reader.default().read(
        Document("t", text, "ar", "t", published=PUBLISHED)).events
    return {e.trigger.text: e.date.start for e in events}


def test_a_continued_account_takes_the_day_of_the_account() -> None:
    text = ("قالت مصادر أمنية إن ثمانية مسلحين قتلوا أمس في ريف المحافظة الشمالي.\n"
            "وقال مصدر إن المسلحين لقوا حتفهم عندما قصفت المروحيات سيارتين كانوا يستقلونها.")
    assert _dates(text).get("قصفت") == "2019-04-10"


def test_a_background_sentence_between_does_not_break_the_account() -> None:
    text = ("وقال المتحدث باسم الجيش إن المتمردين شنوا هجمات على ثلاثة مواقع اليوم.\n"
            "ووقع الطرفان اتفاق الهدنة في العاصمة يوم 12 كانون الثاني الماضي.\n"
            "وأضاف المتحدث: لقد هاجموا قواتنا في الولاية الشرقية واستولوا على بلدة صغيرة.")
    assert _dates(text).get("استولوا على") == "2019-04-11"


def test_without_a_continuing_opener_there_is_no_day() -> None:
    text = ("قالت مصادر أمنية إن ثمانية مسلحين قتلوا أمس في ريف المحافظة الشمالي.\n"
            "إلى ذلك، قصفت المروحيات سيارتين في بلدة مجاورة.")
    assert _dates(text).get("قصفت") is None


def test_an_undated_sentence_of_another_kind_ends_the_account() -> None:
    text = ("قالت حركة محلية إن شابا قتل برصاص الجنود الجمعة الماضية.\n"
            "واتهم الجيش الفصائل بالتحريض على العنف.\n"
            "وبحسب الجيش، اختطف مسلحون ثلاثة مدنيين من قرية حدودية.")
    dates = _dates(text)
    assert "اختطف" in dates and dates["اختطف"] is None, dates


def test_the_day_a_source_spoke_carries_on_to_its_own_account() -> None:
    # (when the only day is the day a source spoke, the day of the acts it tells is taken to
    # cover it: devset/README.md "Dates"; the account goes on with the same source)
    text = ("ذكرت الشرطة اليوم الخميس أن المسلحين هاجموا حاجزا للجيش في المدينة.\n"
            "وقال مصدر أمني إن المسلحين اختطفوا ثلاثة مدنيين من قرية مجاورة.")
    assert _dates(text).get("اختطفوا") == "2019-04-11"


def test_the_day_a_source_spoke_is_not_lent_across_a_new_topic() -> None:
    text = ("ذكرت الشرطة اليوم الخميس أن المسلحين هاجموا حاجزا للجيش في المدينة.\n"
            "من جهة أخرى، اختطف مسلحون ثلاثة مدنيين من قرية مجاورة.")
    dates = _dates(text)
    assert "اختطف" in dates and dates["اختطف"] is None, dates


def test_an_act_told_after_an_after_word_takes_no_day() -> None:
    told = "قصفت المدفعية مواقع المسلحين أمس في ريف المدينة.\n"
    after = _dates(told + "وأضاف المصدر أن ذلك جاء بعد أن اختطف المسلحون ثلاثة مدنيين من قرية.")
    plain = _dates(told + "وأضاف المصدر أن المسلحين اختطفوا ثلاثة مدنيين من قرية.")
    assert "اختطف" in after and after["اختطف"] is None, after
    assert plain.get("اختطفوا") == "2019-04-10", plain


def test_a_sentence_with_a_time_expression_of_its_own_keeps_to_it() -> None:
    text = ("قصفت المدفعية مواقع المسلحين أمس في ريف المدينة.\n"
            "وأضاف المصدر أن المسلحين هاجموا حاجزا للجيش في شهر آذار الماضي.")
    assert _dates(text).get("هاجموا") != "2019-04-10"


def test_a_day_something_began_on_is_not_lent() -> None:
    text = ("ويقول المرصد إن هذه أولى المكاسب بعد القصف المكثف الذي بدأ الثلاثاء على المنطقة.\n"
            "وقال المرصد إن قوات الحكومة سيطرت على قريتين شرقي المدينة.")
    assert _dates(text).get("سيطرت على") is None
