from __future__ import annotations

from undersigned.registry.services import create_organization, record_spelling


def test_a_new_spelling_becomes_an_alias_with_its_script_language_and_statement(first, sign):
    club = create_organization("Journalists’ Club Asparez")
    signature = sign(first, club, "12. «Ասպարեզ» լրագրողների ակումբ")
    alias = record_spelling(signature)
    assert alias is not None
    assert alias.organization == club
    assert alias.name == "“Ասպարեզ” լրագրողների ակումբ"  # numbering gone, quotes folded
    assert alias.script == "armenian"
    assert alias.first_seen_statement == first
    assert alias.language == first.language


def test_a_known_spelling_adds_nothing(first, sign):
    club = create_organization("Journalists’ Club Asparez")
    record_spelling(sign(first, club, "Journalists’ Club Asparez"))
    assert club.aliases.count() == 1


def test_a_person_or_an_unlinked_signature_adds_nothing(first, sign):
    assert record_spelling(sign(first, None, "Unknown", status="pending", email="a@b.am")) is None
