"""A speaker (قال الجيش إن…) is not actor 1 of an act its إن/أن clause gives to someone else; it
is when that clause's subject is itself or its own forces (أنه قصف، إن طائراته قصفت), and the
side hit when they suffered it (إن قواته تعرضت لهجوم). Our own sentences."""

from __future__ import annotations

from reading import events_reader, first_event

from marsad.model import Event

read = events_reader("2019-06-12")


def _event(text: str) -> Event:
    return first_event(read, text)


def _id(actor: object) -> str:
    return str(getattr(actor, "id", None))


def test_a_speaker_whose_forces_were_attacked_is_actor2() -> None:
    e = _event("وأفاد الجيش الإسرائيلي أمس بأن قواته تعرضت لهجوم مسلح قرب مدينة جنين.")
    assert e.actor1 is None or not _id(e.actor1).startswith("military-forces-of-israel")
    assert _id(e.actor2).startswith("military-forces-of-israel")


def test_a_speaker_reporting_an_unnamed_attacker_is_no_side() -> None:
    e = _event("وقالت الشرطة العراقية اليوم إن انفجار عبوة ناسفة وسط سوق شعبي ببغداد أوقع قتلى.")
    assert e.actor1 is None or not _id(e.actor1).startswith("police-forces-of-iraq")


def test_a_speaker_reporting_another_actor_is_not_actor2_either() -> None:
    e = _event("وأشارت قوات سوريا الديمقراطية اليوم إلى أن مسلحين هاجموا حاجزا في الرقة.")
    assert e.actor1 is None or e.actor1.name != "QSD: Syrian Democratic Forces"
    assert e.actor2 is None or e.actor2.name != "QSD: Syrian Democratic Forces"


def test_a_speaker_that_says_it_bombed_is_actor1() -> None:
    e = _event("وأعلن الجيش السوري أمس أنه قصف تجمعات لتنظيم داعش في بادية دير الزور.")
    assert _id(e.actor1).startswith("military-forces-of-syria")


def test_a_speaker_whose_own_aircraft_struck_is_actor1() -> None:
    e = _event("قال الجيش العراقي إن طائراته قصفت مواقع لتنظيم داعش غرب الموصل أمس.")
    assert _id(e.actor1).startswith("military-forces-of-iraq")


def test_a_speaker_that_says_it_repels_an_attack_is_not_its_attacker() -> None:
    e = _event("وقالت قوات سوريا الديمقراطية إنها تتصدى لهجوم واسع على بلدة هجين منذ أمس.")
    assert e.actor1 is None or e.actor1.name != "QSD: Syrian Democratic Forces"
