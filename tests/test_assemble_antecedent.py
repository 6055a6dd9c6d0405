"""An actor cut off from its act by a comma is its subject when it is a topic named alone before
the act's clause, or the antecedent of a relative pronoun right before the act. Our own
sentences."""

from __future__ import annotations

from reading import by_trigger, events_reader

read = events_reader("2019-06-12")


def _actor1(text: str, word: str) -> str | None:
    e = by_trigger(read(text), word)
    return e.actor1.id if e.actor1 is not None else None


def test_the_antecedent_of_a_relative_pronoun_took_the_ground() -> None:
    a1 = _actor1("واستقبل الرئيس وفدا من قوات سوريا الديمقراطية، التي سيطرت على مدينة الرقة "
                 "العام الماضي.", "سيطرت")
    assert a1 is not None and a1.startswith("qsd")


def test_a_topic_named_alone_before_an_aside_is_the_subject() -> None:
    a1 = _actor1("وذكر سكان أن الحوثيين، فور سيطرتهم على البلدة قبل أيام، نهبوا المحال "
                 "التجارية.", "سيطرتهم")
    assert a1 is not None and a1.startswith("houthi")


def test_an_actor_ending_a_longer_clause_is_no_topic() -> None:
    # (the Houthis close a clause that names others: the later act's subject is not said)
    a1 = _actor1("وتقدمت القوات الحكومية نحو مواقع الحوثيين، وسيطرت على تلال مطلة على المدينة "
                 "أمس.", "سيطرت")
    assert a1 is None or not a1.startswith("houthi")
