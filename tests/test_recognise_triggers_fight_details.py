"""Words that are a detail of another act, not events of their own: attackers withdrawing after
their attack (the fight's end), and a campaign or sanctions "targeting" people (aimed at, not
attacked). Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    events = READER.read(Document("t", text, "ar", "t", published="2019-03-10")).events
    return [e.sub_event_type or e.event_type for e in events]


def test_withdrawal_after_the_attack_is_part_of_it() -> None:
    for text in (
        "وقتل المسلحون أربعة جنود في كمين نصبوه لدورية للجيش قرب البلدة، وغنموا أسلحة وانسحبوا سالمين.",
        "وهاجم مسلحون حاجزا للشرطة في المدينة فجر اليوم، ثم انسحبوا باتجاه الصحراء.",
    ):
        subs = _subs(text)
        assert "Armed clash" in subs, text
        assert "Change to group/activity" not in subs, text


def test_a_withdrawal_on_its_own_stays() -> None:
    text = "وانسحبت القوات الحكومية من مواقعها في ريف حماة الشمالي صباح اليوم."
    assert _subs(text) == ["Change to group/activity"]


def test_measures_targeting_people_are_no_attack() -> None:
    assert _subs("وفرضت واشنطن عقوبات تستهدف قادة في ميليشيا الحوثي.") == []
    assert "Armed clash" in _subs("واستهدف مسلحون دورية للجيش في ريف درعا الغربي.")
