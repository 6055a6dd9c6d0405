"""An aircraft named as an attack verb's subject a few words before it, its modifiers between,
makes the attack an air strike; support, a comma or air defence between do not; "military
spokesmen" (عسكريون) is conflict context like عسكريين: our own sentences in the style of news
reports."""

from __future__ import annotations

from reading import events_reader

AIR = "Air/drone strike"

_events = events_reader(published="2018-06-13")


def _subtypes(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text, "2018-06-13")]


def test_aircraft_subject_with_modifiers_before_the_verb_is_an_air_strike() -> None:
    for text in (
        "قال مصدر أمني إن طائرات الاحتلال من نوع إف 16 استهدفت موقعا لحركة حماس في بيت لاهيا.",
        "وذكرت مصادر ميدانية أن طائرات التحالف ومدفعية الجيش استهدفت مواقع الحوثيين في حيس.",
        "وأفاد شهود بأن مقاتلات روسية من طراز سوخوي هاجمت مواقع لفصائل المعارضة في بلدة "
        "معرة النعمان فجر اليوم.",
    ):
        subtypes = _subtypes(text)
        assert subtypes == [AIR], (text, subtypes)


def test_aircraft_supporting_others_or_shot_at_do_not_make_an_air_strike() -> None:
    # aircraft behind ل are what the fighters confronted; planes before a comma attack nothing
    for text in (
        "تصدى مقاتلو المعارضة لطائرات النظام فوق بلدة داعل واستهدفوا حاجزا لقوات النظام في "
        "ريف درعا.",
        "الطائرات التي أقلعت من القاعدة عادت، واستهدفت قوات النظام حاجزا للمعارضة في درعا.",
    ):
        assert AIR not in _subtypes(text), text


def test_war_planes_reported_by_military_spokesmen_are_an_air_strike() -> None:
    text = ("قال متحدثون عسكريون يوم الاثنين إن طائرات حربية أغرقت سفينة تحمل أسلحة وهاجمت "
            "سفينة أخرى قرب مدينة بنغازي.")
    assert _subtypes(text) == [AIR]


def test_a_coalition_attacking_with_no_weapon_named_is_an_air_strike() -> None:
    for text in (
        "كما استهدفت قوات التحالف مواقع تمركز ميليشيات الحوثي في منطقة بني معاذ بمحافظة صعدة.",
        "واستهدف التحالف العربي تجمعات للمتمردين في مديرية صرواح بمحافظة مأرب.",
    ):
        assert _subtypes(text) == [AIR], text
    # a ground weapon named decides first
    text = "واستهدف التحالف بقصف مدفعي مواقع الحوثيين في مديرية حرض."
    assert _subtypes(text) == ["Shelling/artillery/missile attack"]
