"""An English report of an industrial blast (``accidental_blast``): a bare blast word beside a
mishap (a warehouse, a factory, stored chemicals) makes the report's other bare blast words the
same accident, and its toll no killing, unless a device is named. Our own sentences."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2019-05-15", "en")


def test_a_blast_ripping_through_a_warehouse_is_no_event() -> None:
    assert read("An explosion ripped through a warehouse in the port of Tripoli on Tuesday, "
                "killing 12 workers.") == []


def test_a_blast_placed_at_a_factory_in_a_later_sentence_is_no_event() -> None:
    assert read("An explosion killed five people in Homs on Monday. The explosion occurred at "
                "a fertiliser factory on the edge of the city, officials said.") == []


def test_a_named_device_keeps_the_report_an_attack() -> None:
    subs = [e.sub_event_type for e in read(
        "A roadside bomb exploded near an army patrol in Homs on Sunday. A second explosion hit "
        "a fuel depot nearby.")]
    assert "Remote explosive/landmine/IED" in subs


def test_a_blast_at_a_checkpoint_stays_an_explosion() -> None:
    subs = [e.sub_event_type for e in read(
        "An explosion hit an army checkpoint near Homs on Sunday, killing two soldiers.")]
    assert subs == ["Remote explosive/landmine/IED"]


def test_the_dead_of_a_report_about_accidents_are_no_killing() -> None:
    assert read("A gas mix-up at the hospital in Lidcombe left one baby dead, the company "
                "said. It already faces charges over earlier accidents on its wards.") == []


def test_the_dead_of_an_armed_party_beside_an_accident_are_a_killing() -> None:
    assert read("Gunmen left two villagers dead in Kidal on Monday. A road accident on the "
                "same day killed four.") != []
