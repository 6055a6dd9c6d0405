"""A place name inside an organisation's name (الخوذ البيضاء، لواء القدس، صحيفة الرياض) is no place
mention; the same name standing alone in the sentence still is."""

from __future__ import annotations

from reading import event_admin1s, place_values


def test_white_helmets_are_not_libyas_al_bayda() -> None:
    for text in ("أعلنت منظمة الخوذ البيضاء انتشال جثث خمسة مدنيين.",
                 "وأفاد متطوعو الخوذ البيضاء بمقتل طفلين تحت الأنقاض.",
                 "وقال متحدث باسم الدفاع المدني للخوذ البيضاء إن فرقه تعمل."):
        assert place_values(text) == {}


def test_a_militia_named_after_a_city_is_not_the_city() -> None:
    assert place_values("وقال متحدث باسم لواء القدس إن مقاتليه صدوا هجوما.") == {}


def test_the_place_named_beside_the_organisation_is_kept() -> None:
    values = place_values("وذكرت صحيفة الرياض أن الهجوم وقع في الرياض.")
    assert list(values) == ["الرياض"] and values["الرياض"]["admin1"] == "Riyadh Region"
    values = place_values("قالت مصادر في لواء شهداء اليرموك إن مقاتليه قتلوا في مخيم اليرموك.")
    assert list(values) == ["مخيم اليرموك"]


def test_an_act_the_white_helmets_report_is_not_placed_in_libya() -> None:
    assert event_admin1s("أعلنت منظمة الخوذ البيضاء مقتل طفلين في قصف صاروخي.") == [None]


def test_the_jordanian_news_agency_is_not_petra() -> None:
    for text in ('ونقل التلفزيون عن "بترا" أن الوزير شدد على أهمية الحوار.',
                 "وصرح الناطق لوكالة (بترا) الرسمية بأن الاتصالات مستمرة."):
        assert place_values(text) == {}, text


def test_the_head_of_an_unknown_compound_name_is_no_place() -> None:
    # عين, تل ... alone are namesakes of small villages; followed by a word they head a compound
    # name (عين سلطان) the gazetteer does not know.
    assert place_values("نصب مسلحون كمينا لدورية للحرس في منطقة عين سلطان قرب الحدود.") == {}
    assert list(place_values("وقعت اشتباكات في منطقة رأس العين أمس.")) == ["منطقة رأس العين"]
