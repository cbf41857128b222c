import itertools

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.core.errors import TransitionError
from undersigned.signatures import services as signatures
from undersigned.signatures.models import Kind, SignatureStatus
from undersigned.statements import services as statements
from undersigned.statements.models import Statement, Status

STATEMENT_ALLOWED = {
    ("draft", "open"),
    ("draft", "published"),
    ("open", "published"),
    ("open", "closed"),
    ("published", "closed"),
    ("closed", "open"),
    ("closed", "published"),
}


@pytest.mark.parametrize(("start", "target"), list(itertools.product(Status.values, repeat=2)))
def test_statement_transitions_are_exactly_the_life_cycle(statement, alice, start, target):
    Statement.objects.filter(pk=statement.pk).update(status=start)
    statement.refresh_from_db()
    if (start, target) in STATEMENT_ALLOWED:
        statements.change_status(statement, target, by=alice)
        statement.refresh_from_db()
        assert statement.status == target
        assert (
            AuditEntry.objects.filter(
                subject_type="statements.statement", subject_id=str(statement.pk), actor=alice
            )
            .exclude(action="statements.statement.created")
            .exists()
        )
    else:
        with pytest.raises(TransitionError):
            statements.change_status(statement, target, by=alice)
        statement.refresh_from_db()
        assert statement.status == start


def test_publishing_records_when_and_keeps_signing_open(open_statement, alice):
    published = statements.change_status(open_statement, "published", by=alice)
    assert published.published_at is not None
    assert published.accepts_signatures


def test_a_closed_statement_takes_no_signatures(published_statement, alice):
    closed = statements.change_status(published_statement, "closed", by=alice)
    assert not closed.accepts_signatures


SIGNATURE_ALLOWED = {
    ("pending", "confirmed"),
    ("pending", "accepted"),
    ("pending", "expired"),
    ("pending", "withdrawn"),
    ("confirmed", "accepted"),
    ("confirmed", "rejected"),
    ("confirmed", "withdrawn"),
    ("accepted", "rejected"),
    ("accepted", "confirmed"),
    ("accepted", "withdrawn"),
    ("rejected", "accepted"),
    ("rejected", "confirmed"),
}

MOVES = {
    "confirmed": lambda s: signatures.confirm_signature(s),
    "accepted": lambda s: signatures.accept_signature(s),
    "rejected": lambda s: signatures.reject_signature(s, reason="not an NGO"),
    "withdrawn": lambda s: signatures.withdraw_signature(s),
    "expired": lambda s: signatures.expire_signature(s),
}


@pytest.mark.parametrize(
    ("start", "target"),
    [pair for pair in itertools.product(SignatureStatus.values, MOVES) if pair[0] != pair[1]],
)
def test_signature_transitions_are_exactly_the_life_cycle(open_statement, start, target):
    signature = signatures.create_signature(
        open_statement, kind=Kind.PERSON, name="Anna", email="anna@example.org"
    )
    signature.__class__.objects.filter(pk=signature.pk).update(status=start)
    if start == "accepted":  # as the services would have counted it
        Statement.objects.filter(pk=open_statement.pk).update(person_count=1)
    signature.refresh_from_db()
    if (start, target) in SIGNATURE_ALLOWED:
        MOVES[target](signature)
        assert signature.status == target
    else:
        with pytest.raises(TransitionError):
            MOVES[target](signature)
        signature.refresh_from_db()
        assert signature.status == start


def test_counts_follow_accepted_signatures_only(open_statement):
    org = signatures.create_signature(open_statement, kind=Kind.ORGANIZATION, name="Asparez")
    person = signatures.create_signature(
        open_statement, kind=Kind.PERSON, name="Anna", email="anna@example.org"
    )
    open_statement.refresh_from_db()
    assert (open_statement.organization_count, open_statement.person_count) == (0, 0)
    signatures.confirm_signature(org)
    signatures.accept_signature(org)
    signatures.accept_signature(person)
    open_statement.refresh_from_db()
    assert (open_statement.organization_count, open_statement.person_count) == (1, 1)
    signatures.withdraw_signature(person)
    signatures.reject_signature(org, reason="duplicate")
    open_statement.refresh_from_db()
    assert (open_statement.organization_count, open_statement.person_count) == (0, 0)


def test_a_text_edit_after_signing_began_makes_a_new_version(open_statement, alice):
    signature = signatures.create_signature(
        open_statement, kind=Kind.PERSON, name="Anna", email="anna@example.org"
    )
    statements.update_text(open_statement, texts={"en": ("New title", "New text")}, by=alice)
    open_statement.refresh_from_db()
    assert open_statement.version == 2
    old = open_statement.versions.get(number=1)
    assert old.texts["en"]["title"] == "Statement on the offensive against Artsakh"
    assert signature.statement_version == 1


def test_a_text_edit_before_anyone_signed_keeps_the_version(statement, alice):
    statements.update_text(statement, texts={"en": ("Better title", "Text")}, by=alice)
    statement.refresh_from_db()
    assert (statement.version, statement.title) == (1, "Better title")
    assert not statement.versions.exists()


def test_audit_entries_hold_no_private_data(open_statement):
    signature = signatures.create_signature(
        open_statement, kind=Kind.PERSON, name="Anna", email="secret@example.org", ip="10.1.2.3"
    )
    signatures.confirm_signature(signature)
    signatures.withdraw_signature(signature)
    dumped = str(list(AuditEntry.objects.values("data")))
    assert "secret@example.org" not in dumped
    assert "10.1.2.3" not in dumped
