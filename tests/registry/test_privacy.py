from __future__ import annotations

import pytest

from undersigned.registry.services import create_organization
from undersigned.signatures.models import Signature
from undersigned.signatures.services import create_signature

SECRET_EMAIL = "secret.person@asparez.am"
SECRET_COMMENT = "Private remark for the coordinators"


@pytest.fixture
def signed(first, db):
    organization = create_organization("Journalists’ Club Asparez")
    signature = create_signature(
        first,
        kind="organization",
        name="Journalists’ Club Asparez",
        email=SECRET_EMAIL,
        comment=SECRET_COMMENT,
        person_name="Ani Secret",
        person_role="Chair",
        ip="203.0.113.9",
        status="accepted",
        source="import",
        organization=organization,
    )
    return organization, signature


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/o/{slug}/",
        "/o/{slug}.json",
        "/o/",
        "/o/?q=Asparez",
        "/o/organizations.csv",
        "/o/organizations.json",
        "/o/network/",
        "/o/suggest.json?q=Asp",
    ],
)
def test_no_private_data_on_public_registry_pages_and_exports(client, signed, path):
    organization, signature = signed
    signature_hash = Signature.objects.get(pk=signature.pk).ip_hash
    body = _body(client.get(path.format(slug=organization.slug)))
    for secret in (SECRET_EMAIL, "secret.person", SECRET_COMMENT, "203.0.113.9", signature_hash):
        assert secret not in body, (path, secret)


def test_the_csv_export_escapes_formulas(client, db):
    create_organization('=HYPERLINK("http://evil.example")')
    body = _body(client.get("/o/organizations.csv"))
    assert "'=HYPERLINK" in body
