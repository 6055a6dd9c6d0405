"""Arabic control verbs read by their object (triggers_ground): ground taken is a change of
territory; goods, money or a title taken are none; weapons or mines seized or lifted are
Disrupted weapons use, houses seized Looting/property destruction, unless they are the spoils of a
capture or a fight just told. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2019-04-02")
_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_things_taken_are_no_territory() -> None:
    for text in (
        "وانتزعت الفرق الهندسية التابعة للجيش مئات الألغام من المزارع في ريف تعز.",
        "وسيطرت قوات الأمن على شحنة من المخدرات في ميناء عدن.",
        "واستولى المسلحون على ملايين الدولارات من فرع المصرف في مدينة سبها.",
        "وانتزع المنتخب لقب البطولة بعد فوزه في ملعب بغداد.",
        "وتمكن الركاب من السيطرة على المهاجم قبل وصول الشرطة في مدينة هامبورغ.",
    ):
        assert not set(_subs(text)) & _TERRITORY, text


def test_ground_taken_stays_territory() -> None:
    for text in (
        "وسيطر مسلحو داعش على قرية الحويجة جنوب كركوك بعد معارك عنيفة.",
        "وانتزعت قوات الجيش اليمني، الجمعة، مواقع استراتيجية من ميليشيا الحوثي في صرواح.",
        "وسيطرت فصائل المعارضة على تلة استراتيجية قرب بلدة كفرنبودة في ريف حماة.",
        "وسيطرت القوات على أكثر من 60 بالمئة من مساحتها بعد أسبوع من المعارك في ريف حلب.",
    ):
        assert set(_subs(text)) & _TERRITORY, text


def test_weapons_seized_are_disrupted_weapons_use() -> None:
    text = "وسيطرت قوات الجيش على مخازن أسلحة تابعة للمتمردين في منطقة كتاف بمحافظة صعدة."
    subs = _subs(text)
    assert "Disrupted weapons use" in subs and not set(subs) & _TERRITORY, subs


def test_weapons_taken_in_a_capture_are_its_spoils() -> None:
    text = ("وسيطرت قوات المقاومة على بلدة الوهط بعد معارك عنيفة مع الحوثيين في لحج. "
            "كما استولت المقاومة على ثلاث دبابات للمسلحين.")
    subs = _subs(text)
    assert "Disrupted weapons use" not in subs and set(subs) & _TERRITORY, subs


def test_weapons_as_the_means_are_no_object() -> None:
    # (بقوة السلاح says how control was taken, not what: the object is not said)
    text = "وفرض المسلحون سيطرتهم بقوة السلاح على مدينة سرت بعد معارك مع الجيش الليبي."
    assert "Disrupted weapons use" not in _subs(text)


def test_seizing_with_its_subject_between_reads_as_verb_then_on() -> None:
    # (استولى with its subject before على: as سيطرت القوات على, a change of territory)
    for text in (
        "واستولت قوات الحكومة على بلدة كفرنبودة في ريف حماة بعد معارك عنيفة.",
        "واستولى مسلحو التنظيم، الخميس، على قرية الحويجة جنوب كركوك.",
    ):
        assert set(_subs(text)) & _TERRITORY, text


def test_seizing_reads_its_far_object() -> None:
    # (على far after the verb: what it took still decides; a car is no ground)
    text = ("واستولى المسلح في حوالي الساعة العاشرة صباحا (الثامنة بتوقيت غرينتش) "
            "على سيارة في مدينة تولوز.")
    assert not set(_subs(text)) & _TERRITORY


def test_seized_in_a_relative_clause_is_background() -> None:
    text = "وتعهد الرئيس باستعادة المناطق التي استولى عليها المسلحون في شمال البلاد."
    assert not set(_subs(text)) & _TERRITORY


def test_mines_and_devices_lifted_are_disrupted_weapons_use() -> None:
    for text in (
        "وانتزعت الفرق الهندسية التابعة للجيش مئات الألغام من المزارع في ريف تعز.",
        "وسيطرت قوات الأمن على عبوات ناسفة معدة للتفجير في حي الجديدة بمدينة الموصل.",
    ):
        assert "Disrupted weapons use" in _subs(text), text


def test_houses_seized_are_property_taken() -> None:
    text = "واستولى المسلحون على منازل المواطنين في قرية الحمراء بريف حماة وطردوا سكانها."
    subs = _subs(text)
    assert "Looting/property destruction" in subs and not set(subs) & _TERRITORY, subs


def test_a_house_held_in_a_fight_just_told_is_part_of_it() -> None:
    text = "واندلعت اشتباكات عنيفة بين الطرفين في مدينة إب، وسيطر المسلحون على منزل قيادي في الحزب."
    subs = _subs(text)
    assert "Looting/property destruction" not in subs and "Armed clash" in subs, subs
