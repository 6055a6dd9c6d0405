"""Specificity from where a report puts an act: a tally over weeks or months (trend), a time of
day or a past support verb (one incident), a sentence whose dates are all a month old
(historical), a blocked gathering (a protest, not a maybe)."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Event

_events = events_reader(published="2018-05-10T12:00:00+00:00")  # a Thursday


def _spec(text: str) -> dict[str, str]:
    return {e.trigger.text: e.specificity for e in _events(text)}


def _only(text: str) -> Event:
    found = _events(text)
    assert len(found) == 1, [(e.trigger.text, e.specificity) for e in found]
    return found[0]


def test_a_toll_over_weeks_or_months_is_a_tally() -> None:
    for text in (
        "قتلت القوات الحكومية 40 مسلحا خلال الأشهر الستة الماضية في ولاية البويرة.",
        "وقالت المنظمة إن المظاهرات خرجت خلال الأسابيع الماضية على الحدود مع القطاع.",
        "واعتقلت الشرطة 120 شخصا خلال النصف الأول من العام في العاصمة.",
    ):
        assert _only(text).specificity == "trend", text


def test_a_coming_period_is_no_tally() -> None:
    e = _only("قتل مسلحون ثلاثة جنود في هجوم على حاجز في المدينة، خلال أشهر الصيف المقبلة.")
    assert e.specificity != "trend"


def test_a_time_of_day_makes_a_gathering_one_incident() -> None:
    e = _only("وفي المدينة، ومساء اعتصام للعمال أمام مبنى البلدية.")
    assert e.specificity == "specific"
    assert _only("وفي المدينة اعتصام للعمال كل مساء أمام مبنى البلدية.").specificity != "specific"


def test_a_past_support_verb_governs_a_noun_further_on() -> None:
    e = _only("وقام المسلحون بتفجير الجسر بعبوات ناسفة في ريف حلب.")
    assert e.specificity == "specific"


def test_a_sentence_dated_only_long_ago_tells_an_earlier_act() -> None:
    e = _only("ووقعت الحكومة والمعارضة الاتفاق، في جنيف يوم 12 يناير الماضي، لوقف القتال.")
    assert e.specificity == "historical"
    assert (e.date.start, e.date.end) == ("2018-01-12", "2018-01-12")


def test_a_blocked_vigil_gathered_but_a_prevented_attack_did_not_happen() -> None:
    vigil = _only("منعت الشرطة، اليوم الخميس، وقفة احتجاجية لعائلات المعتقلين أمام وزارة العدل.")
    assert vigil.specificity == "specific"
    assert vigil.date.start == "2018-05-10"
    attack = _only("منعت قوات الأمن هجوما على مركز الشرطة في المدينة.")
    assert attack.specificity == "hypothetical"


def test_then_keeps_two_acts_of_one_sentence_apart() -> None:
    spec = _spec("سيطر التنظيم على منطقة الملعب في الرمادي، ثم قام بتفجير الملعب بعبوات ناسفة.")
    assert len(spec) == 2, spec
    assert set(spec.values()) == {"specific"}, spec
