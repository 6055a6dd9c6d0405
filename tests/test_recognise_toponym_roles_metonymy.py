"""A capital named as the leader, backer or ally of a force (بقيادة الرياض، الذي تقوده الرياض،
المدعومة من طهران، الموالية لدمشق، حليفة دمشق) stands for its government: no event is placed
there. The same capital as a place (القرى التابعة لدمشق، في الرياض) stays a scene."""

from __future__ import annotations

import pytest

from marsad.geocode.store import default_gazetteer
from marsad.model import Document
from marsad.pipeline import Reader
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _government(text: str, name: str) -> bool:
    """Whether the one place mention holding ``name`` (لرياض in للرياض) is marked government."""
    found = [m for m in RECOGNISER(view(Document("d", text, "ar", "d")), []) if name in m.text]
    assert len(found) == 1 and isinstance(found[0].value, dict)
    return found[0].value.get("government") is True


@pytest.mark.parametrize("text", [
    "شن التحالف بقيادة الرياض غارات على مواقع الحوثيين في صعدة.",
    "قال التحالف الذي تقوده الرياض إنه اعترض صاروخا فوق جازان.",
    "هاجمت الميليشيات المدعومة من الرياض مواقع في عدن.",
    "قصفت القوات الموالية للرياض مواقع في تعز.",
    "وصل وفد الرياض إلى جنيف للمشاركة في المحادثات.",
])
def test_a_capital_leading_or_backing_a_force_is_its_government(text: str) -> None:
    assert _government(text, "رياض")


@pytest.mark.parametrize("text", [
    "عاد النازحون إلى القرى التابعة للرياض.",
    "انفجرت سيارة مفخخة في الرياض أمس.",
    "قصفت الطائرات مواقع قرب الرياض.",
])
def test_the_capital_as_a_place_stays_a_place(text: str) -> None:
    assert not _government(text, "رياض")


def test_the_strikes_of_a_coalition_led_by_a_capital_are_placed_at_their_target() -> None:
    text = "شن التحالف بقيادة الرياض غارات جوية على مواقع الحوثيين في مدينة صعدة أمس."
    events = Reader.default().read(Document("t", text, "ar", "t", published="2019-03-02")).events
    assert [e.location.name for e in events if e.location is not None] == ["Sa'dah"]
