import pytest
from django.db import IntegrityError, transaction

from undersigned.registry.models import DuplicatePair, Organization
from undersigned.signatures import services
from undersigned.signatures.models import Kind, Signature, SignatureStatus


@pytest.fixture
def asparez(db):
    return Organization.objects.create(name="Journalists’ Club Asparez", slug="asparez")


def test_database_refuses_a_second_live_signature_with_the_same_email(open_statement):
    services.create_signature(open_statement, kind=Kind.PERSON, name="Anna", email="a@x.am")
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            statement=open_statement, kind=Kind.PERSON, name_as_signed="Anna B", email="a@x.am"
        )


def test_database_refuses_a_second_live_signature_of_one_organization(open_statement, asparez):
    services.create_signature(
        open_statement, kind=Kind.ORGANIZATION, name="Asparez", organization=asparez,
        status=SignatureStatus.ACCEPTED, source="import",
    )  # fmt: skip
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            statement=open_statement,
            kind=Kind.ORGANIZATION,
            name_as_signed="Asparez Club",
            organization=asparez,
        )


def test_a_withdrawn_signature_does_not_block_signing_again(open_statement):
    first = services.create_signature(open_statement, kind=Kind.PERSON, name="A", email="a@x.am")
    services.withdraw_signature(first)
    again = services.create_signature(open_statement, kind=Kind.PERSON, name="A", email="a@x.am")
    assert again.pk != first.pk


def test_signatures_without_email_do_not_collide(open_statement):
    for name in ["One NGO", "Two NGO"]:
        services.create_signature(
            open_statement, kind=Kind.ORGANIZATION, name=name, source="import", status="accepted"
        )
    assert open_statement.signatures.count() == 2


def test_a_person_cannot_be_linked_to_an_organization(open_statement, asparez):
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            statement=open_statement, kind=Kind.PERSON, name_as_signed="A", organization=asparez
        )


def test_duplicate_pairs_are_stored_in_order_once(db):
    a = Organization.objects.create(name="A", slug="a")
    b = Organization.objects.create(name="B", slug="b")
    DuplicatePair.objects.create(lower=a, higher=b, score=0.9)
    with pytest.raises(IntegrityError), transaction.atomic():
        DuplicatePair.objects.create(lower=b, higher=a, score=0.9)
    with pytest.raises(IntegrityError), transaction.atomic():
        DuplicatePair.objects.create(lower=a, higher=b, score=0.8)


def test_unknown_status_is_refused_by_the_database(open_statement):
    with pytest.raises(IntegrityError), transaction.atomic():
        Signature.objects.create(
            statement=open_statement, kind=Kind.PERSON, name_as_signed="A", status="approved"
        )
