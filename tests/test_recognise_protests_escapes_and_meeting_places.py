"""Readings from unannotated reports: tear gas makes a dispersal only where a protest, a crowd
or a gathering is named; trying or managing to flee is an escape, not displacement; a meeting's
place is no place of the strikes it is mentioned with; a governorate the gazetteer lacks is no
unpeopled neighbourhood abroad. Our own sentences."""

from __future__ import annotations

from reading import events_reader

from marsad.geocode.resolve import NO_MATCH_BELOW, Context, score
from marsad.geocode.store import Entry

_events = events_reader(published="2019-10-05")
DISPLACEMENT = "marsad:Displacement/Migration"


def _subs(text: str) -> list[str]:
    """Each event's sub-type (its type when it has none: displacement)."""
    return [e.sub_event_type or e.event_type for e in _events(text)]


def test_tear_gas_with_no_protest_is_no_dispersal() -> None:
    text = ("قال مصدر أمني إن سبب الحادث انفجار قنبلة غاز مسيل للدموع بالخطأ داخل المركبة "
            "التي كانت تقل عناصر الدرك قرب مدينة الزرقاء.")
    assert "Protest with intervention" not in _subs(text)


def test_tear_gas_on_protesters_a_crowd_or_a_march_is_a_dispersal() -> None:
    for text in (
        "أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في ساحة التحرير ببغداد.",
        "فرقت الشرطة الحشود بالغاز المسيل للدموع في مدينة البصرة.",
        "أصيب عشرات الشبان في مسيرات الجمعة بحالات اختناق نتيجة إطلاق قنابل الغاز قرب خان يونس.",
        "فضت قوات الأمن اعتصاما أمام مبنى المحافظة في مدينة الناصرية.",
    ):
        assert "Protest with intervention" in _subs(text), text


def test_trying_or_managing_to_flee_is_an_escape() -> None:
    for text in (
        "قتل شرطي برصاص مسلح أطلق النار عليه أثناء محاولته الفرار من حاجز للتفتيش في بغداد.",
        "قتل مسلح وجرح آخر خلال الاشتباك مع الشرطة وتمكن ثالث من الفرار في مدينة الموصل.",
        "تكبدت الميليشيات خسائر كبيرة في المعارك أدت إلى فرار عناصرها نحو الجبال في مديرية نهم.",
    ):
        assert DISPLACEMENT not in _subs(text), text


def test_civilians_trying_to_flee_their_town_are_displaced() -> None:
    text = ("قتل عشرة مدنيين في القصف على مدينة عفرين أثناء محاولتهم الفرار من المدينة "
            "هربا من المعارك.")
    assert DISPLACEMENT in _subs(text)


def test_a_summits_place_is_no_place_of_the_strikes() -> None:
    text = ("شنت طائرات حربية غارات عنيفة على ريف إدلب الجنوبي. وتأتي هذه الغارات بعد يوم "
            "من قمة عقدت في طهران بين رؤساء روسيا وإيران وتركيا.")
    strikes = [e for e in _events(text) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location is not None and e.location.country == "SY" for e in strikes)


def test_a_governorate_cue_rejects_an_unpeopled_neighbourhood() -> None:
    hamlet = Entry("geonames:1", 1, "Al Taif", "place", "P.PPLA3", "SD", "29",
                   lat=15.5, lon=32.5, population=0)
    town = Entry("geonames:2", 2, "Taif", "place", "P.PPLA2", "SA", "14",
                 lat=21.3, lon=40.4, population=530_000)
    ctx, none = Context(), frozenset[str]()
    assert score(hamlet, "governorate", none, "", ctx) < NO_MATCH_BELOW
    assert score(town, "governorate", none, "", ctx) >= score(hamlet, "governorate", none, "", ctx) + 3
    text = "قتل رجل أمن في هجوم بسلاح أبيض في محافظة الطائف غرب السعودية."
    places = [e.location for e in _events(text) if e.location is not None]
    assert places and all(p.country != "SD" for p in places)


def test_a_qualified_ceasefire_is_no_gunfire() -> None:
    text = ("قالت الأمم المتحدة السبت إن وقفا لإطلاق النار من جانب واحد أعلنته الحكومة لم يصمد، "
            "بعد أن اتفقت الأطراف على وقف جزئي لإطلاق النار في مدينة دوما إثر اشتباكات عنيفة.")
    subs = _subs(text)
    assert "Armed clash" not in [s for s, e in zip(subs, _events(text), strict=True)
                                 if "النار" in e.trigger.text]


def test_where_a_minister_spoke_to_reporters_is_no_scene() -> None:
    text = ("قتل ثلاثون شخصا في تفجير انتحاري في تركيا أمس. وقال رئيس الوزراء أمام الصحافيين "
            "في أنقرة إن التفجير الانتحاري نفذه تنظيم داعش.")
    places = [e.location.name for e in _events(text) if e.location is not None]
    assert "Ankara" not in places
