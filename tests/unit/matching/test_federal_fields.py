"""Federal fields of the fresh federal queries (issue 14): office abbreviations, trade titles
people type, a series' specialty titles, and the federal house style for wildland firefighters."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.passed and result.score >= threshold_for("normal")


def test_admin_before_an_office_role_is_administrative() -> None:
    assert parse_query("admin officer").title == ("administrative", "officer")
    assert passes("admin officer", "Administrative Officer", "0341 - Administrative Officer")
    assert passes("admin assistant", "Administrative Assistant", "0303")
    # alone, or after a system, an admin is still an administrator
    assert parse_query("sys admin").title == ("systems", "administrator")


def test_a_truck_driver_is_a_motor_vehicle_operator() -> None:
    assert passes("truck driver", "Motor Vehicle Operator", "5703 - Motor Vehicle Operating")
    assert not passes("truck driver", "Motor Vehicle Operator", "5704 - Fork Lift Operating")


def test_a_specialty_title_of_a_series_needs_the_title_to_say_it() -> None:
    records = "0675 - Medical Records Technician"
    assert passes("medical coder", "Medical Records Technician (Coder)", records)
    assert not passes("medical coder", "Medical Records Technician", records)
    assert not passes("medical coder", "Medical Records Technician (Scanner)", records)
    # the series' own title still finds every posting of it
    assert passes("medical records technician", "Medical Records Technician (Coder)", records)


def test_wildland_fire_titles_are_firefighters() -> None:
    forestry = "0462 - Forestry Technician"
    for title in (
        "Forestry Technician (Fire)",
        "Forestry Technician (Smokejumper)",
        "Forestry Technician (Hotshot/ Handcrew)",
        "Forestry Technician (Helitack)",
        "Range Technician (Fire)",
        "Forestry Technician (Fire Dispatch)",
    ):
        assert passes("firefighter", title, forestry), title
    assert not passes("firefighter", "Forestry Technician", forestry)
    assert not passes("firefighter", "Forestry Technician (Recreation)", forestry)
    # only a forestry or range technician's "(Fire)" is wildland fire work
    assert not passes("firefighter", "Packer (Fire)", "7002 - Packing")
    assert not passes("firefighter", "Supply Clerk (Fire)", "2005")
    assert not passes("firefighter", "Fire Protection Engineer", "0804")
    assert passes("forestry technician", "Forestry Technician (Fire)", forestry)


def test_a_plural_role_noun_is_read_as_the_role() -> None:
    assert parse_query("forestry technicians").title == ("forestry", "technician")
    assert passes("engineering technicians jobs", "Engineering Technician", "0802")
    assert passes("forestry technicians", "Forestry Technician", "0462 - Forestry Technician")


def test_the_role_noun_builder_keeps_no_plural_of_a_role_noun() -> None:
    from core.matching.vocab import vocabulary

    heads = vocabulary().heads
    plurals = [h for h in heads if h.endswith("s") and h[:-1] in heads and h[-2] not in "siu"]
    assert not plurals


def test_a_tech_after_a_field_is_a_technician() -> None:
    assert passes("engineering tech", "Engineering Technician", "0802 - Engineering Technical")
    assert passes("forestry tech", "Forestry Technician", "0462 - Forestry Technician")
    assert passes("engineering technician", "Engineering Tech")
    assert passes("tech lead", "Tech Lead")
    assert parse_query("information tech specialist").title == ("it", "specialist")


def test_a_plural_reads_as_its_phrase() -> None:
    assert parse_query("sysadmins").title == ("systems", "administrator")
    assert parse_query("admin officers").title == ("administrative", "officer")
    assert parse_query("pharmacy techs").title == ("pharmacy", "technician")
    assert parse_query("smokejumpers").title == ("wildland", "firefighter")
