"""The pronoun of one's own death counts the dead when no figure is given: "لقي مصرعه" is one,
"لقيا مصرعهما" two (Arabic agreement), and a counted subject is not counted twice."""

from __future__ import annotations

from marsad.model import Document
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.text.view import view


def _values(text: str) -> list[tuple[str, int | None, str]]:
    found = CasualtyRecogniser()(view(Document("t", text, "ar", "t")), [])
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return [(m.value["outcome"], m.value["min"], m.text) for m in found]


def test_a_named_subject_before_met_his_death_is_one() -> None:
    assert _values("وقال المصدر إن القائد الميداني سالم الأحمد لقي مصرعه مع مرافقيه في الغارة.") == [
        ("killed", 1, "لقي مصرعه")]


def test_the_pronoun_after_the_subject_counts_it() -> None:
    assert _values("لقي متظاهر مصرعه برصاص الشرطة.") == [("killed", 1, "لقي متظاهر مصرعه")]
    assert _values("لقيت امرأة حتفها في القصف.") == [("killed", 1, "لقيت امرأة حتفها")]
    assert _values("لقي شقيقان مصرعهما في الانفجار.") == [("killed", 2, "لقي شقيقان مصرعهما")]


def test_a_counted_subject_is_not_counted_again() -> None:
    assert _values("لقي جندي مصرعه في الهجوم.") == [("killed", 1, "لقي جندي مصرعه")]
    assert [v[:2] for v in _values("لقي 5 أشخاص مصرعهم في الانفجار.")] == [("killed", 5)]


def test_a_bare_death_noun_is_no_new_figure() -> None:
    # "مصرعه" alone may name a death its sentence counts already.
    assert _values("وأكد الجيش مصرعه في المعارك.") == []
