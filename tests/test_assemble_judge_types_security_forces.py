"""Type rules of session 5's dev-set growth: attacks on security forces are battles, a grenade
or bomb names its attack, an institution's name is no agreement, a similar blast is another
incident, bodies with marks of a killing are an Attack, bombs the army blows up are disrupted.
Our own report-style sentences, full pipeline."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2018-03-01")


def _codings(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in _events(text)]


def test_attack_by_a_named_party_on_security_forces_is_a_clash() -> None:
    # "العمال" inside the attacker's name is no civilian target; the victims are security men.
    text = ("قتل أربعة من عناصر الشرطة أمس في هجوم شنه مسلحو حزب العمال الكردستاني قرب "
            "مخفر في ولاية ماردين جنوب شرقي تركيا.")
    assert _codings(text) == [("Battles", "Armed clash")]


def test_partitive_victims_decide_the_target() -> None:
    armed = ("لقي خمسة أشخاص من منتسبي الكتيبة مصرعهم أمس جراء هجوم مباغت شنه عناصر التنظيم "
             "على تمركز قرب مدينة درنة.")
    assert _codings(armed) == [("Battles", "Armed clash")]
    civilians = "قتل ستة من أفراد عائلة واحدة أمس في هجوم شنه مسلحون على بلدة قرب بعقوبة."
    assert _codings(civilians) == [("Violence against civilians", "Attack")]


def test_grenade_attack_told_again_stays_a_grenade() -> None:
    text = ("أصيب خمسة من رجال الشرطة أمس في هجوم بقنبلة يدوية في بلدة سلوان، ووقع الهجوم "
            "قرب مركز الشرطة في البلدة.")
    assert _codings(text) == [("Explosions/Remote violence", "Grenade")]


def test_bomb_attack_is_an_explosion() -> None:
    text = "أصيب جنديان أمس في هجوم بقنبلة استهدف دورية في مدينة جرابلس."
    assert _codings(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_reconciliation_centre_is_no_agreement() -> None:
    text = ("قال مركز المصالحة الروسي أمس إن الدفاعات الجوية أسقطت طائرة مسيرة قرب قاعدة "
            "حميميم في محافظة اللاذقية.")
    assert ("Strategic developments", "Agreement") not in _codings(text)
    signed = "وقعت الفصائل أمس اتفاق مصالحة مع الحكومة في بلدة كفربطنا."
    assert ("Strategic developments", "Agreement") in _codings(signed)


def test_similar_blast_is_a_second_incident() -> None:
    text = ("قتل شخص أمس بانفجار عبوة ناسفة في حي الكرادة وسط بغداد. وأضاف المصدر أن انفجارا "
            "مماثلا وقع في حي الشعب شمالي بغداد وأدى إلى مقتل شخصين.")
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert _codings(text).count(ied) == 2


def test_body_with_marks_of_a_killing_is_an_attack() -> None:
    shot = "عثرت الشرطة أمس على جثة رجل مجهول الهوية مقتولا بطلقات نارية في حي الكرادة ببغداد."
    assert _codings(shot) == [("Violence against civilians", "Attack")]
    drowned = "انتشلت فرق الإنقاذ أمس جثث خمسة مهاجرين غرقوا قبالة سواحل مدينة زوارة."
    assert ("Violence against civilians", "Attack") not in _codings(drowned)


def test_bombs_the_security_forces_blow_up_are_disrupted() -> None:
    text = ("فجرت قوات الأمن خمس عبوات ناسفة عثرت عليها جنوب مدينة رفح، مشيرة إلى أن مسلحين "
            "قاموا بزرع العبوات الناسفة على الطريق لاستهداف الدوريات.")
    assert _codings(text) == [("Strategic developments", "Disrupted weapons use")]


def test_negatively_is_no_looting() -> None:
    text = "وقال المحلل إن اعتقال القيادي سيؤثر بالسلب على المفاوضات مع الجماعات المسلحة في البلاد."
    assert ("Strategic developments", "Looting/property destruction") not in _codings(text)


def test_similar_blast_told_on_with_bayyana_takes_the_accounts_day() -> None:
    text = ("قال مصدر أمني إن شخصا قتل أمس بانفجار عبوة ناسفة في حي الكرادة وسط بغداد. وبين أن "
            "انفجارا مماثلا وقع في حي الشعب شمالي بغداد وأدى إلى مقتل شخصين.")
    days = [e.date.start for e in _events(text)]
    assert len(days) == 2 and days[0] is not None and days[1] == days[0]
