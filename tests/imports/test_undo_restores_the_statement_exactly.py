import pytest

from tests.imports.conftest import snapshot
from undersigned.imports import services
from undersigned.imports.models import BatchStatus
from undersigned.registry.models import Organization
from undersigned.registry.services import create_organization
from undersigned.signatures.models import Signature
from undersigned.signatures.services import create_signature


def test_undo_restores_the_statement_and_the_registry_exactly(alice, statement, seed_list):
    known = create_organization("Journalists’ Club Asparez", by=alice)
    create_signature(
        statement, kind="organization", name="Asparez", organization=known, status="accepted"
    )
    create_signature(statement, kind="person", name="Anna Petrosyan", status="accepted")
    before = snapshot(statement)
    batch = services.start_batch(statement, by=alice, text=seed_list)
    services.analyse_batch(batch)
    services.decide(batch, decisions={services.uncertain(batch)[0]: {"action": "new"}}, by=alice)
    services.commit_batch(batch, by=alice)
    assert snapshot(statement) != before
    assert Organization.objects.count() > 100

    services.undo_batch(batch, by=alice)

    assert snapshot(statement) == before
    batch.refresh_from_db()
    assert batch.status == BatchStatus.UNDONE
    assert batch.undone_by == alice


def test_an_organization_used_elsewhere_since_stays_after_undo(alice, statement, coalition):
    from undersigned.statements.services import create_statement

    batch = services.start_batch(statement, by=alice, text="Kapan Women’s Resource Center\n")
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    organization = Organization.objects.get(name="Kapan Women’s Resource Center")
    other = create_statement(coalition, title="Another statement", by=alice)
    create_signature(
        other, kind="organization", name="Kapan WRC", organization=organization, status="accepted"
    )
    services.undo_batch(batch, by=alice)
    organization.refresh_from_db()
    assert organization.statement_count == 1
    assert not Signature.objects.filter(statement=statement).exists()


def test_an_import_cannot_be_undone_twice(alice, statement):
    batch = services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    services.undo_batch(batch, by=alice)
    with pytest.raises(services.ImportStateError):
        services.undo_batch(batch, by=alice)


def test_undo_from_the_page_takes_the_import_back(
    alice_client, alice, statement, django_capture_on_commit_callbacks
):
    batch = services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/")
    assert b"Undo this import" in page.content
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/undo/")
    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/")
    assert b"Undoing the import" in page.content
    callbacks[0]()
    statement.refresh_from_db()
    assert statement.organization_count == 0
    assert (
        b"This import was undone"
        in alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/").content
    )


def test_an_undo_that_fails_changes_nothing_and_says_so(
    alice_client, alice, statement, monkeypatch, django_capture_on_commit_callbacks
):
    batch = services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    before = snapshot(statement)

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "registry_changed", broken)
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/undo/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMMITTED
    assert "could not be undone" in batch.error
    assert snapshot(statement) == before
