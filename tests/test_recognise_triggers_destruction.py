"""Deliberate destruction of water, power and other networks is Looting/property destruction;
an outcome of a strike in its clause is the strike's; قامت … ب + a noun is one act."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _codings(text: str) -> list[tuple[str | None, str]]:
    events = READER.read(Document("t", text, "ar", "t")).events
    return [(e.sub_event_type, e.specificity) for e in events]


def test_blowing_up_a_water_network_is_property_destruction() -> None:
    for text in ("وأقدمت الميليشيات على تفجير خزانات تجميع المياه في أطراف المديرية.",
                 "وقامت الميليشيات بتدمير شبكة المياه في المدينة بشكل متعمد."):
        assert _codings(text) == [("Looting/property destruction", "specific")], text


def test_a_strike_destroying_a_station_is_the_strike() -> None:
    subs = [s for s, _ in _codings("وأدت الغارات إلى تدمير محطة المياه في المدينة.")]
    assert subs == ["Air/drone strike"]


def test_qama_bi_makes_one_act() -> None:
    assert _codings("وقامت الطائرات الحربية بقصف البلدة.") == [("Air/drone strike", "specific")]
