from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from undersigned.registry.models import DuplicatePair, DuplicateStatus
from undersigned.registry.services import (
    add_alias,
    create_organization,
    decide_pair,
    detect_duplicates,
    queue_duplicate_detection,
)


def test_a_suspected_pair_is_stored_once_lower_id_first_with_reasons(db):
    a = create_organization("Journalists’ Club Asparez")
    b = create_organization("Asparez Journalists Club")
    create_organization("Women’s Rights Center")
    detect_duplicates()
    detect_duplicates()
    pair = DuplicatePair.objects.get()
    assert (pair.lower_id, pair.higher_id) == (min(a.pk, b.pk), max(a.pk, b.pk))
    assert pair.score >= 0.7
    assert pair.reasons and all(isinstance(r, str) and r for r in pair.reasons)


def test_a_not_the_same_pair_is_never_suggested_again_even_after_new_aliases(db, bob):
    a = create_organization("Social Justice NGO")
    b = create_organization("Social Justice Center")
    detect_duplicates()
    pair = DuplicatePair.objects.get()
    decide_pair(pair, decision=DuplicateStatus.NOT_DUPLICATE, by=bob)

    add_alias(a, "Social Justice")
    add_alias(b, "Social Justice")
    summary = detect_duplicates()

    pair.refresh_from_db()
    assert pair.status == DuplicateStatus.NOT_DUPLICATE
    assert DuplicatePair.objects.count() == 1
    assert summary.found == 0 and summary.skipped_decided == 1


def test_different_organizations_are_not_suggested(db):
    create_organization("Women’s Rights Center")
    create_organization("Helsinki Citizens’ Assembly–Vanadzor")
    detect_duplicates()
    assert not DuplicatePair.objects.exists()


def test_the_background_task_runs_inline_without_a_broker(db, django_capture_on_commit_callbacks):
    create_organization("Journalists’ Club Asparez")
    create_organization("Journalists Club Asparez NGO")
    with django_capture_on_commit_callbacks(execute=True):
        queue_duplicate_detection()
    assert DuplicatePair.objects.count() == 1


def test_the_command_prints_a_summary(db):
    create_organization("Journalists’ Club Asparez")
    create_organization("Asparez Journalists Club")
    out = StringIO()
    call_command("registry_duplicates", stdout=out)
    assert "1 new suspected pair," in out.getvalue()
