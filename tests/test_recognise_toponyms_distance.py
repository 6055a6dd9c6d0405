"""A distance before a place: within NEAR_KM the act is near it (precision 2); farther, or
right after another place it only locates, the place is no scene (``locates``)."""

from __future__ import annotations

from marsad.geocode.store import default_gazetteer
from marsad.model import Document, Mention
from marsad.pipeline import Reader
from marsad.recognise.toponym_roles import NEAR_KM, distance_before
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.normalise import normalise_phrase
from marsad.text.view import view

RECOGNISER = ToponymRecogniser(default_gazetteer())


def _place(text: str, name: str) -> Mention:
    found = [m for m in RECOGNISER(view(Document("d", text, "ar", "d")), []) if name in m.text]
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == found[0].text
    return found[0]


def test_a_short_distance_is_near_the_town() -> None:
    v = _place("قتل جنديان في هجوم على حاجز على بعد 15 كلم من مدينة الرمادي.", "الرمادي").value
    assert isinstance(v, dict)
    assert (v["name"], v["geo_precision"], v["distance_km"], v.get("locates")) == ("Ramadi", 2, 15.0, None)


def test_a_long_distance_makes_the_town_a_reference_point() -> None:
    v = _place("انفجرت عبوة ناسفة بدورية على الطريق الدولي على بعد 375 كلم جنوب بغداد.", "بغداد").value
    assert isinstance(v, dict) and v["locates"] is True and v["distance_km"] == 375.0


def test_a_distance_in_brackets_after_a_town_only_locates_it() -> None:
    text = "سيطر المسلحون على مدينة هيت (20 كلم شمال الرمادي) أمس."
    v = _place(text, "الرمادي").value
    assert isinstance(v, dict) and v["locates"] is True
    events = Reader.default().read(Document("t", text, "ar", "t", published="2019-03-02")).events
    assert [e.location.name for e in events if e.location is not None] == ["Hīt"]


def _before(phrase: str) -> tuple[float, int] | None:
    text = normalise_phrase(phrase) + " "
    return distance_before(text, len(text))


def test_miles_metres_and_vague_counts() -> None:
    assert _before("على بعد 30 ميلا شمال") == (30 * 1.609, 8)
    assert _before("على بعد 500 متر من") == (0.5, 8)
    few = _before("على بعد بضعة كيلومترات عن")
    assert few is not None and few[0] <= NEAR_KM
    many = _before("على بعد مئات الكيلومترات من")
    assert many is not None and many[0] > NEAR_KM


def test_an_area_or_a_bare_number_is_no_distance() -> None:
    assert _before("مساحتها 15 كيلومترا مربعا في") is None
    assert _before("قتل 20 في") is None


def test_an_event_far_from_the_reference_city_is_not_placed_there() -> None:
    text = "قتل ثلاثة جنود في انفجار عبوة ناسفة على بعد 200 كلم غرب بغداد أمس."
    events = Reader.default().read(Document("t", text, "ar", "t", published="2019-03-02")).events
    assert events and all(e.location is None or e.location.name != "Baghdad" for e in events)


def test_a_number_written_on_its_unit() -> None:
    v = _place("سقطت قذيفة قرب الحاجز على بعد 40كلم من مدينة الرمادي.", "الرمادي").value
    assert isinstance(v, dict) and v["distance_km"] == 40.0 and v["locates"] is True
