"""Flight words are displacement only when civilians flee now; "in protest at" alone is no
protest: our own sentences in the style of news reports."""

from __future__ import annotations

from reading import events_reader

DISPLACEMENT = "marsad:Displacement/Migration"


_events = events_reader(published="2018-06-13")


def _types(text: str, published: str = "2018-06-13") -> list[str]:
    return [e.event_type for e in _events(text, published)]


def test_attackers_fleeing_is_no_displacement() -> None:
    text = "لاذ الجناة بالفرار عقب الهجوم على الحاجز الأمني في بلدة الشيخ زويد."
    types = _types(text)
    assert DISPLACEMENT not in types
    assert "Battles" in types or "Violence against civilians" in types  # the attack stays


def test_fighters_prisoners_and_a_driver_escaping_are_no_displacement() -> None:
    for text in (
        "أعلن الجيش مقتل عشرين مسلحا وفرار عناصر التنظيم من مواقعهم في ريف دير الزور.",
        "تمكن عشرات السجناء من الهروب من السجن المركزي في مدينة الحلة.",
        "هرب سائق السيارة المفخخة قبل انفجارها قرب السوق في مدينة بعقوبة.",
        "فر الحوثيون من مواقعهم في مديرية نهم بعد هجوم لقوات الشرعية.",
    ):
        assert DISPLACEMENT not in _types(text), text


def test_civilians_fleeing_are_displacement() -> None:
    for text in (
        "فر الأهالي من منازلهم في بلدة حمورية بعد اشتداد المعارك.",
        "أجبرت الاشتباكات مئات العائلات على الفرار من بلدة الحويجة.",
        # what they fled from is not who fled
        "فر آلاف المدنيين من مدينة تلعفر هربا من المعارك بين الجيش وتنظيم داعش.",
    ):
        assert DISPLACEMENT in _types(text), text


def test_provided_is_no_flight_unless_people_flee() -> None:
    assert DISPLACEMENT not in _types("وفرت الحكومة المساعدات للنازحين في مدينة حلب بعد المعارك.")
    assert DISPLACEMENT in _types("قصفت الطائرات بلدة كفرنبل وفرت العائلات إلى المزارع القريبة.")
    assert DISPLACEMENT not in _types("تشهد جبهات ريف تعز معارك كر وفر بين قوات الجيش والحوثيين.")


def test_an_intended_flight_is_no_event() -> None:
    assert DISPLACEMENT not in _types("تعتزم العائلات الفرار من البلدة خوفا من القصف.")


def test_refugees_of_long_ago_are_no_current_displacement() -> None:
    for text in (
        "ويقيم في لبنان آلاف اللاجئين الفلسطينيين الذين فروا عام 1948 من شمال فلسطين.",
        "يعيش في المخيم أحفاد اللاجئين الذين نزحوا منذ عام 1967 من الضفة الغربية.",
        "يطالب الفلسطينيون بحق العودة للاجئين الذين هجروا من قراهم إبان النكبة.",
    ):
        assert DISPLACEMENT not in _types(text), text
    # a recent year keeps the flight (a background pattern, judged historical elsewhere)
    assert DISPLACEMENT in _types("نزح سكان القرية منذ عام 2016 بسبب المعارك.")


def test_an_era_as_a_yardstick_keeps_the_flight() -> None:
    text = "فر آلاف السكان أمس من مدينة درعا في أكبر موجة نزوح منذ عام 1948."
    assert DISPLACEMENT in _types(text)


def test_in_protest_at_alone_is_no_protest() -> None:
    for text in (
        "استدعت وزارة الخارجية سفير الدولة احتجاجا على تصريحات وزير خارجيتها.",
        "قدم وزير الداخلية استقالته احتجاجاً على تدهور الأوضاع الأمنية في البلاد.",
        "انسحب نواب المعارضة من جلسة البرلمان احتجاجا على القانون.",
    ):
        assert "Protests" not in _types(text), text


def test_a_protest_act_with_its_motive_is_one_protest() -> None:
    for text in (
        "تظاهر المئات في مدينة البصرة احتجاجا على انقطاع الكهرباء.",
        "خرج الآلاف إلى الشوارع في مدينة صفاقس احتجاجا على غلاء الأسعار.",
        "أضرب عمال الميناء عن العمل احتجاجاً على تأخر صرف رواتبهم.",
    ):
        events = _events(text)
        assert [e.event_type for e in events] == ["Protests"], text
        assert events[0].specificity == "specific", text


def test_a_crowd_turning_out_without_a_motive_is_no_protest() -> None:
    assert "Protests" not in _types("خرج الآلاف إلى الشوارع في مدينة صفاقس للاحتفال بفوز الفريق.")


def test_words_that_only_contain_a_flight_verb_are_no_flight() -> None:
    for text in (
        "دخل المتهمون البلاد بجوازات سفر مزورة قبل أن تعتقلهم الشرطة في مدينة المنامة.",
        "قصفت الطائرات قرية كفر بطيخ في ريف إدلب الجنوبي أمس.",
    ):
        assert DISPLACEMENT not in _types(text), text


def test_fighters_fleeing_after_a_battle_are_no_displacement() -> None:
    text = "سيطرت القوات على القاعدة بعد اشتباكات عنيفة فر على إثرها مئات المسلحين من الموقع."
    assert DISPLACEMENT not in _types(text)
    assert DISPLACEMENT in _types("فر على إثر القصف عشرات السكان إلى مدينة دوما أمس.")


def test_the_rest_are_the_party_named_before_them() -> None:
    fighters = ("قتل ستة من مقاتلي التنظيم في المواجهات قرب مدينة درنة، بينما فر البقية باتجاه "
                "الجبال القريبة.")
    assert DISPLACEMENT not in _types(fighters)
    villagers = "قتل ثلاثة مدنيين في القصف على بلدة الحارة، بينما فر الباقون إلى القرى المجاورة."
    assert DISPLACEMENT in _types(villagers)
