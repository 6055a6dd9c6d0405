"""Demonstrations in the trigger recogniser: force used on protesters, protesters in a clash."""

from __future__ import annotations

from marsad.model import Document, Mention
from marsad.recognise.triggers import TriggerRecogniser
from marsad.text.view import view

FORCE = ("Protests", "Excessive force against protesters")
RIOT = ("Riots", "Violent demonstration")
RECOGNISER = TriggerRecogniser()


def _triggers(text: str, language: str = "ar") -> list[Mention]:
    found = RECOGNISER(view(Document("t", text, language, "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _codes(text: str, language: str = "ar") -> list[tuple[str, str | None]]:
    return [(m.value["event_type"], m.value["sub_event_type"]) for m in _triggers(text, language)]


def test_fire_on_protesters_is_excessive_force() -> None:
    assert _codes("أطلقت قوات الأمن الرصاص الحي على المتظاهرين وسط المدينة.") == [FORCE]
    assert _codes("فتحت الشرطة النار على محتجين أمام مبنى المحافظة.") == [FORCE]
    assert _codes("استهدفت قوات الأمن المحتجين بالرصاص قرب الجسر.") == [FORCE]
    assert FORCE in _codes("Police opened fire on protesters outside the court.", "en")
    assert set(_codes("Troops shot dead two demonstrators near the square.", "en")) == {FORCE}


def test_a_protest_without_force_stays_peaceful() -> None:
    assert _codes("تظاهر المئات أمام مبنى البرلمان رفضا للقانون الجديد.") == [
        ("Protests", "Peaceful protest")]
    assert _codes("Hundreds of protesters marched to parliament.", "en") == [
        ("Protests", "Peaceful protest")]


def test_rubber_bullets_are_an_intervention_not_lethal_force() -> None:
    codes = _codes("أطلقت الشرطة الرصاص المطاطي على المحتجين أمام الوزارة.")
    assert FORCE not in codes
    assert ("Protests", "Protest with intervention") in codes


def test_a_killing_the_protest_denounces_is_no_force_at_the_protest() -> None:
    codes = _codes("تظاهر المئات في الساحة تنديدا بمقتل متظاهرين الشهر الماضي.")
    assert FORCE not in codes


def test_a_protester_killed_by_gunfire_is_no_battle() -> None:
    codes = _codes("قتل متظاهر برصاص قوات الأمن قرب الساحة.")
    assert codes == [FORCE]
    assert FORCE in _codes("Two protesters were killed when police fired on the crowd.", "en")


def test_protesters_in_a_clash_make_it_a_violent_demonstration() -> None:
    assert set(_codes("اندلعت اشتباكات بين قوات الأمن اللبنانية والمتظاهرين وسط العاصمة.")) == {RIOT}
    assert set(_codes("اشتبك المحتجون مع الشرطة قرب الجسر.")) == {RIOT}
    assert RIOT in _codes("Demonstrators clashed with police near the square.", "en")
    assert RIOT in _codes(
        "Clashes broke out between riot police and hundreds of protesters in the capital.", "en")


def test_riot_police_are_no_riot() -> None:
    assert RIOT not in _codes("انتشرت قوات مكافحة الشغب في شوارع المدينة بعد اشتباكات مع مسلحين.")
    assert RIOT not in _codes("Riot police were deployed after clashes with gunmen.", "en")


def test_residents_far_into_a_list_of_fighters_are_no_riot() -> None:
    codes = _codes("اندلعت اشتباكات مسلحة بين مسلحين من الحركة ومقاتلين قبليين من أهالي البلدة.")
    assert codes and all(c[0] == "Battles" for c in codes)


def test_protesters_killed_in_clashes_are_no_subject_of_them() -> None:
    # (they are not the clash's subject; the clash at their protest is theirs all the same)
    codes = _codes("قتل خمسة متظاهرين في الاشتباكات مع قوات الأمن.")
    assert codes[0] == FORCE


def test_a_clash_at_a_demonstration_is_the_demonstrators() -> None:
    assert RIOT in _codes(
        "Police fired tear gas to disperse students during a clash outside parliament.", "en")
    codes = _codes("تظاهر المئات في الساحة تنديدا بالاشتباكات بين الفصائل في المدينة.")
    assert RIOT not in codes


def test_battles_at_a_protest_are_no_riot() -> None:
    codes = _codes("تظاهرت النساء في البلدة بعد معارك عنيفة بين الجيش والمسلحين.")
    assert RIOT not in codes


def test_crowds_fighting_the_army_demonstrate_violently() -> None:
    codes = _codes("تجددت المواجهات بين الشبان الغاضبين والجيش قرب الحاجز.")
    assert codes == [RIOT]
    codes = _codes("اندلعت اشتباكات بين أنصار الحزبين في الحي، وتدخلت الشرطة.")
    assert codes == [("Riots", "Mob violence")]


def test_violence_by_demonstrators_needs_a_protest_word() -> None:
    assert RIOT in _codes("رشق المتظاهرون قوات الأمن بالحجارة أمام مبنى المحافظة.")
    assert RIOT in _codes("Protesters smashed shop windows during the demonstration.", "en")
    assert RIOT not in _codes("Vandals smashed shop windows in the town centre overnight.", "en")
    assert _codes("The coalition broke up after the elections.", "en") == []


def test_force_said_with_its_violence_is_excessive_force() -> None:
    assert FORCE in _codes("Soldiers violently suppressed a peaceful protest near the wall.", "en")
    assert ("Protests", "Protest with intervention") in _codes(
        "Police suppressed a student demonstration in the city centre.", "en")
    assert ("Protests", "Protest with intervention") in _codes(
        "فضت قوات الأمن اعتصام العمال أمام مبنى الوزارة.")
    assert _codes("أعلنت الحكومة فض الشراكة مع الحزب.") == []


def test_the_protesters_own_demands_void_no_protest() -> None:
    assert _codes("خرج المئات للمطالبة بإسقاط الحكومة في تظاهرات حاشدة وسط العاصمة.") != []
    assert _codes("طالب المتظاهرون في الساحة بإسقاط الحكومة.") == [("Protests", "Peaceful protest")]
    assert ("Protests", "Protest with intervention") in _codes(
        "Protesters rallied demanding the president resign as police fired tear gas.", "en")


def test_a_call_to_protest_is_no_protest() -> None:
    assert _codes("دعت المعارضة أنصارها إلى التظاهر يوم الجمعة في الساحة.") == []
    assert _codes("دعا المعارض المواطنين للمشاركة في احتجاجات ضد القانون.") == []
    assert _codes("The opposition called for protests on Friday.", "en") == []


def test_a_mob_that_riots_is_mob_violence() -> None:
    mob = ("Riots", "Mob violence")
    assert set(_codes("An angry mob torched the shop of a man accused of theft.", "en")) == {mob}
    assert RIOT in _codes("Protesters torched tyres during the demonstration.", "en")
    assert mob not in _codes("Local vigilantes repelled a bandit attack on the village.", "en")
