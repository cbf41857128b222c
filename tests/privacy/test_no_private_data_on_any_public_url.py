"""No e-mail, IP address (or its hash), comment or representative's name of any signature,
and no signature that was not accepted, shows on any public URL: every page reachable from
the home page, and every URL of PUBLIC_URLS below (add yours there)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections import deque
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from django.core import mail
from django.db import transaction
from django.urls import NoReverseMatch, reverse

from undersigned.registry import services as registry_services
from undersigned.registry.models import Organization, VerifiedDomain
from undersigned.signatures import services as signature_services
from undersigned.signatures.models import Signature

# Every public URL pattern: (URL name, kwargs). "{statement}" and "{organization}" stand for
# the seeded statement's and organization's slugs. A name that does not exist (yet) is
# skipped, so the test grows as the pages appear.
PUBLIC_URLS: list[tuple[str, dict[str, str]]] = [
    ("statements:home", {}),
    ("statements:detail", {"slug": "{statement}"}),
    ("statements:signatories", {"slug": "{statement}"}),
    ("statements:versions", {"slug": "{statement}"}),
    ("statements:qr", {"slug": "{statement}"}),
    ("registry:index", {}),
    ("registry:organization", {"slug": "{organization}"}),
    ("registry:organization_json", {"slug": "{organization}"}),
    ("registry:network", {}),
    ("registry:export_csv", {}),
    ("registry:export_popolo", {}),
    ("registry:suggest", {}),
    ("exports:csv", {"slug": "{statement}"}),
    ("exports:json", {"slug": "{statement}"}),
    ("exports:xlsx", {"slug": "{statement}"}),
    ("exports:html", {"slug": "{statement}"}),
    ("exports:letter", {"slug": "{statement}"}),
    ("exports:letter_language", {"slug": "{statement}", "language": "hy"}),
    ("exports:embed", {"slug": "{statement}"}),
    ("exports:share", {"slug": "{statement}"}),
    ("exports:statement_feed", {"slug": "{statement}"}),
    ("exports:statements_feed", {}),
    ("exports:widget_js", {}),
    ("exports:network_svg", {}),
    ("exports:popolo", {}),
    ("signatures:sign", {"slug": "{statement}"}),
    ("signatures:suggest", {}),
    ("api:docs", {}),
]
# Query strings tried on top of each URL above (search boxes and filters).
QUERIES = ["", "?q=Sentinel", "?q=Pending", "?q=leak.example", "?lang=hy", "?order=signed"]
# Paths that are not named URLs: the API.
PUBLIC_PATHS = [
    "/api/v1/statements",
    "/api/v1/statements/{statement}",
    "/api/v1/statements/{statement}/signatories?limit=500",
    "/api/v1/organizations",
    "/api/v1/organizations/{organization}",
    "/api/v1/resolve?name=Sentinel",
    "/api/v1/openapi.json",
    "/api/v1/statements/{statement}/signatories?q=Sentinel",
    "/api/v1/organizations?q=Sentinel",
    "/s/{statement}/signatories.csv?excel=1",
    "/s/{statement}/embed/?n=50",
    "/oembed/?url=http%3A%2F%2F127.0.0.1%3A8000%2Fs%2F{statement}%2F",
    "/sign/suggest.json?q=Sentinel",
    "/sign/suggest.json?q=Pending",
    "/o/suggest.json?q=Pending",
]
NOT_PUBLIC = ("/admin/", "/accounts/", "/manage/", "/sign/confirm/", "/sign/withdraw/", "/i18n/")
MAX_PAGES = 400

SENTINEL_EMAIL = "sentinel.private@leak.example"
SENTINEL_DOMAIN_EMAIL = "sentinel.boss@sentinel-ngo.example"
SENTINEL_IP = "203.0.113.77"
SENTINEL_COMMENT = "SENTINEL-COMMENT-never-public"
SENTINEL_REPRESENTATIVE = "Sentinel Representative Person"
NOT_ACCEPTED = [
    "Pending Sentinel Org",
    "Queued Sentinel Org",
    "Rejected Sentinel Org",
    "Gone Sentinel Org",
]


@dataclass
class Seeded:
    statement_slug: str
    organization_slug: str
    private: list[str]


@pytest.fixture
def seeded(published_statement, settings) -> Seeded:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    statement = published_statement
    organization = registry_services.create_organization("Sentinel NGO", country="Armenia")
    VerifiedDomain.objects.create(
        organization=organization, domain="sentinel-ngo.example", verified_at="2026-01-01T00:00Z"
    )

    def sign(name: str, email: str, **extra):
        with transaction.atomic():
            result = signature_services.sign(
                statement,
                kind=extra.pop("kind", "organization"),
                name=name,
                email=email,
                person_name=SENTINEL_REPRESENTATIVE,
                comment=SENTINEL_COMMENT,
                ip=SENTINEL_IP,
                **extra,
            )
        assert result.signature is not None
        return result.signature

    accepted = sign("Sentinel NGO", SENTINEL_DOMAIN_EMAIL, picked=organization)
    signature_services.confirm_from_link(signature_services.confirmation_token(accepted))
    person = sign("Sentinel Individual", "person." + SENTINEL_EMAIL, kind="person")
    signature_services.confirm_from_link(signature_services.confirmation_token(person))
    sign(NOT_ACCEPTED[0], "pending." + SENTINEL_EMAIL)
    queued = sign(NOT_ACCEPTED[1], "queued." + SENTINEL_EMAIL)
    signature_services.confirm_from_link(signature_services.confirmation_token(queued))
    rejected = sign(NOT_ACCEPTED[2], "rejected." + SENTINEL_EMAIL)
    signature_services.confirm_from_link(signature_services.confirmation_token(rejected))
    signature_services.decide(rejected, action="reject", by=None, reason="Spam")
    gone = sign(NOT_ACCEPTED[3], "gone." + SENTINEL_EMAIL, kind="person")
    signature_services.confirm_from_link(signature_services.confirmation_token(gone))
    signature_services.withdraw_from_link(signature_services.withdrawal_token(gone))
    assert Signature.objects.filter(status="accepted").count() == 2
    mail.outbox.clear()
    return Seeded(
        statement_slug=statement.slug,
        organization_slug=Organization.objects.get(pk=organization.pk).slug,
        private=[
            SENTINEL_EMAIL,
            "sentinel.boss@",  # a verified domain is public; the address never
            SENTINEL_IP,
            signature_services.hash_ip(SENTINEL_IP),
            SENTINEL_COMMENT,
            SENTINEL_REPRESENTATIVE,
            *NOT_ACCEPTED,
        ],
    )


def _text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if content[:4] == b"%PDF" and shutil.which("pdftotext"):
        result = subprocess.run(  # noqa: S603
            ["pdftotext", "-", "-"], input=content, capture_output=True, check=False, timeout=60
        )
        return result.stdout.decode("utf-8", "replace")
    if content[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    del kind
    return content.decode("utf-8", "replace")


def _named_urls(seeded: Seeded) -> list[str]:
    urls = []
    for name, kwargs in PUBLIC_URLS:
        filled = {
            key: value.format(
                statement=seeded.statement_slug, organization=seeded.organization_slug
            )
            for key, value in kwargs.items()
        }
        try:
            path = reverse(name, kwargs=filled or None)
        except NoReverseMatch:
            continue
        urls.extend(path + query for query in QUERIES)
    return urls


def _links(html: str, base: str) -> list[str]:
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for key, value in attrs:
                if key in ("href", "src") and value:
                    found.append(value)

    Parser().feed(html)
    links = []
    for href in found:
        url = urldefrag(urljoin(base, href))[0]
        parsed = urlparse(url)
        if parsed.netloc not in ("", "testserver") or parsed.scheme not in ("", "http"):
            continue
        path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        if path.startswith(NOT_PUBLIC) or path.startswith("/static/"):
            continue
        links.append(path)
    return links


def test_no_private_data_on_any_public_url(client, seeded):
    start = [
        "/",
        *_named_urls(seeded),
        *(
            p.format(statement=seeded.statement_slug, organization=seeded.organization_slug)
            for p in PUBLIC_PATHS
        ),
    ]
    queue, seen, checked = deque(start), set(start), 0
    while queue and checked < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        checked += 1
        assert response.status_code < 500, url
        text = _text(response)
        for private in seeded.private:
            assert private not in text, f"{private!r} shows on {url}"
        if "html" in response.get("Content-Type", ""):
            for link in _links(text, url):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
    assert checked >= 40
    page = client.get(reverse("statements:detail", kwargs={"slug": seeded.statement_slug}))
    assert "Sentinel NGO" in page.content.decode()
    assert "Sentinel Individual" in page.content.decode()
