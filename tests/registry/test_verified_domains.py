from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail, signing

from undersigned.registry.models import VerifiedDomain
from undersigned.registry.services import (
    DOMAIN_SALT,
    DomainError,
    confirm_domain,
    create_organization,
    request_domain_verification,
    trusted_organization_for,
)


@pytest.fixture
def club(db):
    return create_organization("Journalists’ Club Asparez")


def _link(client, club, email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/o/{club.slug}/verify-domain/", {"email": email})
    assert response.status_code == 200
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [email]
    return re.search(r"http\S+/o/domain/\S+/", mail.outbox[0].body).group(0)


def test_a_representative_verifies_the_domain_by_confirming_an_email(
    client, club, django_capture_on_commit_callbacks
):
    link = _link(client, club, "director@asparez.am", django_capture_on_commit_callbacks)
    path = urlsplit(link).path
    assert client.get(path).status_code == 200
    assert not VerifiedDomain.objects.exists()  # a mail scanner following the link changes nothing
    response = client.post(path)
    assert response.status_code == 200
    domain = VerifiedDomain.objects.get()
    assert (domain.domain, domain.organization, domain.verified_at is not None) == (
        "asparez.am",
        club,
        True,
    )
    assert trusted_organization_for("someone@asparez.am") == club
    assert "asparez.am" in client.get(club.get_absolute_url()).content.decode()


def test_a_mail_provider_cannot_be_verified(club):
    with pytest.raises(DomainError):
        request_domain_verification(club, email="club@gmail.com")


def test_a_domain_verified_for_one_organization_cannot_go_to_another(club):
    other = create_organization("Another club")
    confirm_domain(signing.dumps({"o": club.pk, "d": "asparez.am"}, salt=DOMAIN_SALT))
    with pytest.raises(DomainError):
        request_domain_verification(other, email="x@asparez.am")
    with pytest.raises(DomainError):
        confirm_domain(signing.dumps({"o": other.pk, "d": "asparez.am"}, salt=DOMAIN_SALT))


@pytest.mark.parametrize("token", ["", "garbage", "a" * 3000, "eyJvIjoxfQ:1abc:def"])
def test_a_tampered_link_is_refused_with_a_clear_message(client, club, token):
    with pytest.raises(DomainError):
        confirm_domain(token)
    if token:
        assert client.post(f"/o/domain/{token}/").status_code == 400


def test_an_expired_link_is_refused(club, settings):
    from unittest import mock

    token = signing.dumps({"o": club.pk, "d": "asparez.am"}, salt=DOMAIN_SALT)
    with (
        mock.patch("django.core.signing.time.time", return_value=10**10),
        pytest.raises(DomainError),
    ):
        confirm_domain(token)


@pytest.mark.parametrize(
    "email",
    ["", "not an address", "a@b", "x" * 300 + "@asparez.am", "<script>@x.am", "a@\u202eevil.am"],
)
def test_bad_addresses_get_a_clear_error_not_a_500(client, club, email):
    response = client.post(f"/o/{club.slug}/verify-domain/", {"email": email})
    assert response.status_code == 400
    assert not mail.outbox


def test_requests_are_rate_limited_per_address(client, club, cleared_cache):
    for _n in range(10):
        client.post(f"/o/{club.slug}/verify-domain/", {"email": "a@gmail.com"})
    assert (
        client.post(f"/o/{club.slug}/verify-domain/", {"email": "a@asparez.am"}).status_code == 429
    )


def test_a_moderator_removes_a_verified_domain_and_an_outsider_cannot(client, club, bob, charlie):
    confirm_domain(signing.dumps({"o": club.pk, "d": "asparez.am"}, salt=DOMAIN_SALT))
    domain = VerifiedDomain.objects.get()
    path = f"/o/{club.slug}/domains/{domain.pk}/remove/"
    client.force_login(charlie)
    assert client.post(path).status_code == 403
    client.force_login(bob)
    assert client.post(path).status_code == 302
    assert not VerifiedDomain.objects.exists()
    assert trusted_organization_for("x@asparez.am") is None
