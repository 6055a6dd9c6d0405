"""The sides of a change of territory: the side fought with (مع), taken from (من) or named in
what was taken (after على) is never the taker; the taker decides the sub-type once merging has
filled the sides. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

read = events_reader("2019-06-12")

GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


def _territory(text: str) -> Event:
    events = [e for e in read(text) if e.sub_event_type in (GOV, NSA)]
    assert events, text
    return events[0]


def _id(a: object) -> str:
    return getattr(a, "id", "") or ""


def test_the_side_fought_with_is_not_the_taker() -> None:
    e = _territory("وسيطر التنظيم على بلدة القريتين بعد قتال عنيف مع قوات الجيش السوري أمس.")
    assert not _id(e.actor1).startswith("military-forces-of-syria")
    assert e.sub_event_type == NSA


def test_the_side_ground_was_taken_from_is_actor2() -> None:
    e = _territory("واستعادت القوات الحكومية السيطرة على مدينة حرض من أيدي ميليشيات الحوثي أمس.")
    assert _id(e.actor1).startswith("military-forces-of-yemen")
    assert _id(e.actor2).startswith("houthi")
    assert e.sub_event_type == GOV


def test_an_ally_after_support_words_is_not_the_loser() -> None:
    e = _territory("وسيطرت قوات الجيش اليمني على جبل المنارة بإسناد من قوات التحالف أمس.")
    assert _id(e.actor1).startswith("military-forces-of-yemen")
    assert e.sub_event_type == GOV


def test_a_force_named_in_what_was_taken_lost_it() -> None:
    e = _territory("وسيطر المسلحون على مقرات للجيش العراقي في قضاء هيت أمس.")
    assert not _id(e.actor1).startswith("military-forces-of-iraq")
    assert e.sub_event_type == NSA


def test_state_forces_taking_ground_regain_it() -> None:
    e = _territory("وتمكنت قوات النظام السوري أمس من السيطرة على بلدة كفرنبودة في ريف حماة.")
    assert _id(e.actor1).startswith("military-forces-of-syria")
    assert e.sub_event_type == GOV


def test_the_subject_inside_a_regaining_verb_is_the_taker() -> None:
    e = _territory("وقتل عشرات من عناصر ميليشيات الحوثي في معارك بمديرية نهم، واستعادت قوات "
                   "الشرعية السيطرة على مواقع جديدة في المديرية أمس.")
    assert _id(e.actor1).startswith("military-forces-of-yemen")
    assert e.sub_event_type == GOV


def test_rebels_taking_ground_overtake_it() -> None:
    e = _territory("وسيطرت فصائل المعارضة على قرية تل ملح في ريف حماة بعد معارك مع قوات النظام أمس.")
    assert _id(e.actor1).startswith("opposition") or "rebel" in _id(e.actor1)
    assert e.sub_event_type == NSA


def test_a_taker_named_by_the_attack_that_won_the_ground_decides_the_sub_type() -> None:
    e = _territory("وتشن قوات النظام منذ أسبوعين هجوما على ريف إدلب الجنوبي، تمكنت خلاله من "
                   "السيطرة على بلدة خان شيخون أمس.")
    assert _id(e.actor1).startswith("military-forces-of-syria")
    assert e.sub_event_type == GOV


def test_a_regaining_keeps_its_sub_type_against_a_rebel_named_elsewhere() -> None:
    e = _territory("وتواصل ميليشيات الحوثي قصف الأحياء السكنية، فيما أعلنت مصادر عسكرية "
                   "تحرير مدينة الخوخة بالكامل أمس.")
    assert e.sub_event_type == GOV
    assert not _id(e.actor1).startswith("houthi")


def test_the_side_a_city_was_freed_from_is_not_its_taker() -> None:
    e = _territory("وجاءت الخطوة بعد أسبوعين على تحرير المدينة من ميليشيات الحوثي أمس.")
    assert not _id(e.actor1).startswith("houthi")
    assert e.sub_event_type == GOV


def test_a_side_freed_from_before_the_control_cue_lost_the_ground() -> None:
    e = _territory("وقال المحافظ إن القوات العراقية استطاعت تحرير الجامعة من عصابات داعش وفرض "
                   "سيطرتها على جميع المباني أمس.")
    assert _id(e.actor1).startswith("military-forces-of-iraq")
    assert e.sub_event_type == GOV


def test_a_partitive_force_is_the_taker() -> None:
    e = _territory("وحررت قوات من الجيش اليمني مواقع جديدة في مديرية حيس أمس.")
    assert _id(e.actor1).startswith("military-forces-of-yemen")


def test_an_ally_giving_support_is_not_the_side_freed_from() -> None:
    e = _territory("وأعلن الجيش اليمني تقدما جديدا ضمن عملية تحرير المدينة بإسناد من قوات التحالف "
                   "العربي أمس.")
    assert "coalition" not in _id(e.actor2).lower()
