"""merge.absorb and a maybe or denial: a plural of another clause (هجمات مماثلة after يرجح) names
a kind of act, so one act judged by default takes neither its specificity nor its vote; a
mention of the same clause, or a singular one, still passes it on."""

from __future__ import annotations

from collections import Counter

from marsad.assemble.candidate import Candidate
from marsad.assemble.merge_compat import absorb
from marsad.model import Document, Mention, Span
from marsad.pipeline import Reader


def _candidate(clause: int, form: str, spec: str = "recurring", rule: str = "default") -> Candidate:
    trigger = Mention("trigger", Span(clause * 10, clause * 10 + 4), "هجوم", {}, "test")
    c = Candidate(trigger, 0, clause, 0, False, "Battles", "Armed clash", "ASSAULT", "clash",
                  form, "weak")
    c.specificity, c.spec_rule = spec, rule  # type: ignore[assignment]
    if rule != "default":
        c.votes = Counter({spec: 1})
    return c


def test_a_plural_maybe_of_another_clause_does_not_pass_to_one_act() -> None:
    into, other = _candidate(0, "noun"), _candidate(1, "plural", "hypothetical", "cue")
    absorb(into, other)
    assert (into.specificity, into.spec_rule, into.votes["hypothetical"]) == ("recurring", "default", 0)


def test_a_denial_of_another_clause_does_not_pass_either() -> None:
    into, other = _candidate(0, "noun"), _candidate(2, "plural", "denied", "cue")
    absorb(into, other)
    assert into.specificity == "recurring" and not into.votes


def test_a_maybe_of_the_same_clause_passes() -> None:
    into, other = _candidate(3, "noun"), _candidate(3, "plural", "hypothetical", "cue")
    absorb(into, other)
    assert (into.specificity, into.votes["hypothetical"]) == ("hypothetical", 1)


def test_a_singular_maybe_of_another_clause_passes() -> None:
    # هجوم مرتقب … الهجوم المتوقع: the same expected act told twice
    into, other = _candidate(0, "noun"), _candidate(4, "noun", "hypothetical", "cue")
    absorb(into, other)
    assert into.specificity == "hypothetical"


def test_other_specificities_of_a_plural_still_pass() -> None:
    into, other = _candidate(0, "noun"), _candidate(1, "plural", "specific", "anchor")
    absorb(into, other)
    assert (into.specificity, into.votes["specific"]) == ("specific", 1)


def test_a_shooting_told_with_a_suspicion_about_the_gunmen_is_no_maybe() -> None:
    text = ("وفي محافظة الشرقية شمال القاهرة قالت مصادر أمنية إن مسلحين على دراجة نارية أطلقا "
            "النار على شرطي فقتلاه، وقال مصدر آخر إنه يرجح أن يكون المسلحان من خلية نفذت "
            "هجمات مماثلة في الأشهر الماضية.")
    events = Reader.default().read(Document("t", text, "ar", "t", published="2019-03-02")).events
    shooting = [e for e in events if e.event_type == "Battles" or e.event_type.startswith("Violence")]
    assert shooting and all(e.specificity == "specific" for e in shooting)


def test_an_act_told_by_a_noun_takes_no_maybe_from_similar_attacks_after_it() -> None:
    text = ("أصيب شرطيان في هجوم مسلح على دورية في محافظة الدقهلية، وقال مصدر إنه يرجح أن يكون "
            "المهاجمون من خلية نفذت هجمات مماثلة.")
    events = Reader.default().read(Document("t", text, "ar", "t", published="2019-03-02")).events
    assert events and all(e.specificity != "hypothetical" for e in events)
