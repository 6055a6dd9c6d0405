"""A place named as the seat of a body (ومقره X، التي يوجد مقرها في X، based in X) is no scene."""

from __future__ import annotations

from reading import events_reader

from marsad.recognise.toponym_seats import may_seat, seat_at
from marsad.text.normalise import normalise

_read = events_reader(published="2019-03-10")


def _seat(sentence: str, place: str) -> bool:
    text = normalise(sentence).text
    start = text.index(normalise(place).text)
    return may_seat(text) and seat_at(text, start, start + len(normalise(place).text))


def test_possessive_seat_after_and_or_relative_is_a_seat() -> None:
    assert _seat("قال المرصد ومقره بريطانيا إن القصف تواصل.", "بريطانيا")
    assert _seat("وحملت الهيئة التي يوجد مقرها في بنغازي الجيش المسؤولية.", "بنغازي")
    assert _seat("أعلنت المحكمة التي تتخذ من لاهاي مقرا لها فتح تحقيق.", "لاهاي")
    assert _seat("The Idlib-based group said it shot down a drone.", "Idlib")
    assert _seat("A monitor based in Britain reported the strikes.", "Britain")


def test_headquarters_stormed_in_a_town_is_a_scene() -> None:
    assert not _seat("اقتحم مسلحون مقرها في عدن وأحرقوه.", "عدن")
    assert not _seat("تتخذ القوات من المدرسة في حمص ثكنة.", "حمص")


def test_seat_city_places_no_event_it_reports() -> None:
    events = _read("واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس قوات الحكومة بقصف ناقلة نفط.")
    assert events and all(e.location is None or e.location.name != "Tripoli" for e in events)
    events = _read("قصفت قوات الحكومة ناقلة نفط قرب ميناء في طرابلس.")
    assert any(e.location is not None and e.location.admin1 == "Tripoli" for e in events)


def _outlawed(sentence: str, place: str) -> bool:
    from marsad.recognise.toponym_seats import may_outlaw, outlawed_in

    text = normalise(sentence).text
    return may_outlaw(text) and outlawed_in(text, text.index(normalise(place).text))


def test_country_where_a_group_is_banned_is_no_scene() -> None:
    assert _outlawed("أعدم تنظيم داعش (المحظور في روسيا) خمسة رجال.", "روسيا")
    assert _outlawed("هاجم مسلحو حزب العمال الكردستاني المحظور في تركيا نقطة للجيش.", "تركيا")
    assert _outlawed("The group, banned in Russia, claimed the attack.", "Russia")
    assert not _outlawed("اتهمت المنظمة النظام باستخدام الأسلحة المحظورة في سوريا.", "سوريا")
    assert not _outlawed("They accused the army of using weapons banned in Syria.", "Syria")


def test_banned_in_country_does_not_take_the_scene_from_the_towns() -> None:
    # Without the flag, "في روسيا" next to the trigger would make Russia the scene country.
    events = _read("قال سكان إن ما يجري يشبه ما حدث عندما فرض تنظيم داعش (المحظور في روسيا) التجنيد "
                   "على أبنائهم، مؤكدين أن الفرار يشمل مناطق بريف دير الزور الشرقي.")
    assert events and all(e.location is not None and e.location.admin1 == "Deir ez-Zor" for e in events)
