"""English cue words read more widely (triggers_en.tsv, triggers_context.voided): "abducting"
as "abducted"; peace talks are an Agreement (CODING §1), failed or collapsed talks none; a
fear word used as a noun's adjective ("a feared unit") voids no act after it. Our own
sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_abducting_is_an_abduction() -> None:
    subs = _subs("Unidentified gunmen stormed the staff quarters in Jos, abducting the sister of the registrar.")
    assert "Abduction/forced disappearance" in subs, subs


def test_peace_talks_started_are_an_agreement_and_failed_ones_none() -> None:
    assert _subs("The rebels started peace talks with the government on Monday.") == ["Agreement"]
    for text in (
        "Violence continued to escalate following the collapse of peace talks between the government and the rebels.",
        "The two sides failed to agree a ceasefire on Monday.",
        "The president called for peace talks with the rebels.",
    ):
        assert "Agreement" not in _subs(text), (text, _subs(text))


def test_a_feared_unit_voids_no_act() -> None:
    text = "A feared unit of the security forces raped women in the village on Monday."
    assert _subs(text) == ["Sexual violence"], _subs(text)
    for text in ("Officials feared an attack on the town.",
                 "The feared offensive on the town did not start, officials said."):
        assert _subs(text) == [], (text, _subs(text))
