import pytest

from undersigned.imports import services
from undersigned.imports.models import BatchStatus
from undersigned.registry.models import Organization
from undersigned.signatures.models import Signature


def test_a_failure_midway_leaves_nothing_written(
    alice_client, alice, statement, monkeypatch, django_capture_on_commit_callbacks
):
    batch = services.start_batch(
        statement, by=alice, text="Union of Informed Citizens\nYouth Avangard NGO\nPink NGO\n"
    )
    services.analyse_batch(batch)
    real = services.create_signature
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the database went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "create_signature", failing)
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/commit/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.PREVIEW
    assert "nothing was written" in batch.error
    assert not Signature.objects.exists()
    assert not Organization.objects.exists()
    statement.refresh_from_db()
    assert statement.organization_count == 0


def test_a_batch_is_committed_once(alice, statement):
    batch = services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    with pytest.raises(services.ImportStateError):
        services.commit_batch(batch, by=alice)
    assert Signature.objects.count() == 1
