"""Type confusions between real incidents (CODING §1 "Usual confusions"): who was hit, who
detained whom, whether a device went off. Our own report-style sentences, full pipeline."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-03-01")


def _codings(text: str) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.sub_event_type) for e in _events(text)}


def test_troops_killing_militants_is_a_clash() -> None:
    for text in (
        "قال متحدث عسكري إن جنودا فرنسيين قتلوا نحو 12 متطرفين أمس في مالي خلال عملية قرب الحدود.",
        "قتلت القوات الحكومية 15 إرهابيا أمس في اشتباك قرب مدينة العريش.",
        "قتل الجيش أمس عشرة من المتمردين في ولاية النيل الأزرق.",
    ):
        assert ("Battles", "Armed clash") in _codings(text), text
        assert ("Violence against civilians", "Attack") not in _codings(text), text


def test_killing_civilians_stays_an_attack() -> None:
    text = "قتلت الميليشيات خمسة مدنيين أمس في قرية قرب مدينة درعا."
    assert ("Violence against civilians", "Attack") in _codings(text)


def test_destroyed_or_foiled_car_bomb_is_disrupted_weapons_use() -> None:
    for text in (
        "أعلن الجيش تدمير سيارتين مفخختين كانتا معدتين لاستهداف القوات في شمال سيناء أمس.",
        "أحبطت قوات الأمن أمس محاولة تفجير سيارة مفخخة في مدينة بنغازي.",
    ):
        codings = _codings(text)
        assert ("Strategic developments", "Disrupted weapons use") in codings, text
        assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in codings, text


def test_a_car_bomb_that_went_off_and_destroyed_a_building_is_an_ied() -> None:
    text = "أدى انفجار سيارة مفخخة إلى تدمير مبنى حكومي في مدينة بنغازي أمس."
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in _codings(text)


def test_destroying_a_launcher_in_a_strike_is_the_strike() -> None:
    text = "أدت الغارات إلى تدمير منصة إطلاق صواريخ للحوثيين في مديرية نهم أمس."
    assert _codings(text) == {("Explosions/Remote violence", "Air/drone strike")}


def test_an_air_force_targeting_is_an_air_strike() -> None:
    text = "أعلن الجيش قيام القوات الجوية باستهداف وتدمير 9 أهداف للعناصر الإرهابية في سيناء أمس."
    assert ("Explosions/Remote violence", "Air/drone strike") in _codings(text)
    assert ("Battles", "Armed clash") not in _codings(text)


def test_air_defence_targeting_is_no_air_strike() -> None:
    air = "قال التحالف إن القوات الجوية استهدفت مواقع إطلاق الصواريخ للمسلحين قرب مدينة صعدة أمس."
    defence = air.replace("القوات الجوية", "الدفاعات الجوية")
    assert ("Explosions/Remote violence", "Air/drone strike") in _codings(air)
    assert ("Explosions/Remote violence", "Air/drone strike") not in _codings(defence)


def test_an_agent_marker_names_the_agent_of_the_nearest_act_only() -> None:
    # The army raids; the unknown men (على أيدي مجهولين) kidnapped, in a later clause.
    text = ("نفذت وحدات من الجيش اللبناني أمس عمليات دهم في بلدة بريتال، فيما تتواصل التحقيقات "
            "في اختطاف شاب قبل يومين على أيدي مجهولين.")
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].actor1 is not None and arrests[0].actor1.id == "military-forces-of-lebanon"


def test_what_a_suspect_is_charged_with_is_no_event() -> None:
    text = "أوقفت قوات الأمن أمس شخصا في مدينة طرابلس بتهمة تجنيد الشبان، وآخر مطلوبا بجرائم خطف."
    assert _codings(text) == {("Strategic developments", "Arrests")}


def test_an_attack_word_with_a_weapon_adjective_is_a_strike() -> None:
    air = "قال المرصد إن هجمات جوية على مناطق المعارضة أدت إلى مقتل 22 مدنيا أمس في درعا."
    rockets = "أدى هجوم صاروخي على مدينة جازان أمس إلى إصابة ثلاثة مدنيين."
    assert ("Explosions/Remote violence", "Air/drone strike") in _codings(air)
    assert ("Violence against civilians", "Attack") not in _codings(air)
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _codings(rockets)


def test_an_aircraft_that_was_targeted_is_no_air_strike() -> None:
    # A target noun after the attack word that is an aircraft is what was hit, not the weapon.
    text = "استهدف المسلحون طائرة مروحية للجيش أمس قرب مدينة درعا."
    assert ("Explosions/Remote violence", "Air/drone strike") not in _codings(text)


def test_victims_of_a_militia_or_its_fighters_after_min_are_armed() -> None:
    for text in ("قتل ستة من ميليشيات الانقلاب في مدينة الحديدة أمس.",
                 "قتل خمسة من مسلحي التنظيم في مدينة الموصل أمس."):
        assert _codings(text) == {("Battles", "Armed clash")}, text
