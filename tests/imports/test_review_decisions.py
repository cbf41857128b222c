import pytest

from undersigned.imports import services
from undersigned.registry.services import create_organization
from undersigned.signatures.models import Signature

LIST = "Helsinki Citizens’ Assembly Vanadzor\nHelsinki Citizens Assembly of Vanadzor office\n"


@pytest.fixture
def registry(alice):
    return create_organization("Helsinki Citizens’ Assembly–Vanadzor", by=alice)


def _batch(alice, statement, text):
    batch = services.start_batch(statement, by=alice, text=text)
    return services.analyse_batch(batch)


def _single_uncertain(alice, statement, registry):
    batch = _batch(alice, statement, "Helsinki Assembly Vanadzor office NGO\n")
    uncertain = services.uncertain(batch)
    if not uncertain:
        pytest.skip("the matcher is sure of this name; nothing to review")
    return batch, uncertain[0]


def test_accepting_the_suggestion_links_the_registry_organization(alice, statement, registry):
    batch, index = _single_uncertain(alice, statement, registry)
    assert batch.preview["clusters"][index]["suggestion"]["organization"] == registry.pk
    services.decide(batch, decisions={index: {"action": "accept"}}, by=alice)
    services.commit_batch(batch, by=alice)
    signature = Signature.objects.get(statement=statement)
    assert (signature.status, signature.organization) == ("accepted", registry)


def test_leaving_it_for_later_waits_for_a_moderator_with_the_proposal(alice, statement, registry):
    batch, index = _single_uncertain(alice, statement, registry)
    services.commit_batch(batch, by=alice)
    signature = Signature.objects.get(statement=statement)
    assert signature.status == "confirmed"
    assert signature.proposed_organization == registry
    assert signature.match_score and signature.match_reasons


def test_a_new_organization_and_a_skip(alice, statement, registry):
    batch, index = _single_uncertain(alice, statement, registry)
    services.decide(batch, decisions={index: {"action": "new"}}, by=alice)
    services.commit_batch(batch, by=alice)
    assert Signature.objects.get(statement=statement).organization != registry


def test_choosing_another_organization_from_the_page(alice_client, alice, statement, registry):
    other = create_organization("Vanadzor Office of Something Else", by=alice)
    batch, index = _single_uncertain(alice, statement, registry)
    response = alice_client.post(
        f"/manage/s/{statement.slug}/import/{batch.pk}/review/",
        {"group": [str(index)], f"other-{index}": other.slug, f"action-{index}": "later"},
    )
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.decisions[str(index)] == {
        "action": "choose",
        "organization": other.pk,
        "name": other.name,
    }
    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/").content.decode()
    assert "It is Vanadzor Office of Something Else" in page


def test_a_bulk_decision_applies_to_every_uncertain_name(alice_client, alice, statement, registry):
    batch, _index = _single_uncertain(alice, statement, registry)
    alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/review/", {"bulk": "skip"})
    batch.refresh_from_db()
    assert {d["action"] for d in batch.decisions.values()} == {"skip"}
    services.commit_batch(batch, by=alice)
    assert not Signature.objects.filter(statement=statement).exists()


@pytest.mark.parametrize(
    "post",
    [
        {"group": ["99999"], "action-99999": "new"},
        {"group": ["abc"]},
        {"group": ["0"], "action-0": "<script>"},
        {"group": ["0"], "other-0": "no-such-organization"},
        {"bulk": "everything"},
        {"group": ["0"], "action-0": "org:99999999999999999999"},
        {"group": ["0"], "action-0": "org:9223372036854775807"},
        {"group": ["0"], "other-0": "\u202e\x00" + "x" * 500},
    ],
)
def test_bad_review_input_changes_nothing(alice_client, alice, statement, registry, post):
    batch, _index = _single_uncertain(alice, statement, registry)
    response = alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/review/", post)
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.decisions == {}


def test_a_name_already_on_the_statement_is_not_signed_twice(alice, statement, registry):
    from undersigned.signatures.services import create_signature

    create_signature(
        statement, kind="organization", name="HCA", organization=registry, status="accepted"
    )
    batch = _batch(alice, statement, "Helsinki Citizens’ Assembly–Vanadzor\n")
    assert batch.preview["summary"]["already_signed"] == 1
    services.commit_batch(batch, by=alice)
    assert Signature.objects.filter(statement=statement).count() == 1


def test_importing_the_same_list_twice_adds_nothing_the_second_time(alice, statement, seed_list):
    first = _batch(alice, statement, seed_list)
    services.commit_batch(first, by=alice)
    count = Signature.objects.filter(statement=statement).count()
    second = _batch(alice, statement, seed_list)
    assert second.preview["summary"]["already_signed"] == second.preview["summary"]["organizations"]
    services.commit_batch(second, by=alice)
    assert Signature.objects.filter(statement=statement).count() == count
