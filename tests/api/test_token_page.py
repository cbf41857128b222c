from __future__ import annotations

import re

from undersigned.api.models import ApiToken
from undersigned.api.services import authenticate_token, issue_token
from undersigned.audit.models import AuditEntry


def test_a_coordinator_issues_a_token_and_sees_it_once(client, alice, coalition):
    client.force_login(alice)
    response = client.post("/api/tokens/", {"coalition": coalition.pk, "name": "Website"})
    assert response.status_code == 200
    html = response.content.decode()
    raw = re.search(r'value="(us_[0-9a-f]{8}_[\w-]+)"', html).group(1)
    token = authenticate_token(raw)
    assert token is not None and token.coalition == coalition and token.created_by == alice
    assert raw not in client.get("/api/tokens/").content.decode()
    assert token.prefix in client.get("/api/tokens/").content.decode()
    assert ApiToken.objects.get().key_hash != raw
    assert AuditEntry.objects.filter(action="api.token.issued", actor=alice).exists()


def test_a_coordinator_revokes_a_token(client, alice, coalition):
    token, raw = issue_token(coalition, name="Script", by=alice)
    client.force_login(alice)
    response = client.post(f"/api/tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    assert authenticate_token(raw) is None
    assert AuditEntry.objects.filter(action="api.token.revoked").count() == 1


def test_moderators_and_outsiders_cannot_manage_tokens(client, alice, bob, charlie, coalition):
    token, _raw = issue_token(coalition, name="Script", by=alice)
    for user in (bob, charlie):
        client.force_login(user)
        assert client.get("/api/tokens/").status_code == 403
        assert client.post(f"/api/tokens/{token.pk}/revoke/").status_code == 403
    token.refresh_from_db()
    assert token.is_active


def test_anonymous_readers_are_sent_to_log_in(client):
    response = client.get("/api/tokens/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_token_name_must_be_sensible(client, alice, coalition, charlie):
    client.force_login(alice)
    for name in ("", " ", "x" * 101, "bad\x00name"):
        response = client.post("/api/tokens/", {"coalition": coalition.pk, "name": name})
        assert response.status_code == 422, name
    other = client.post("/api/tokens/", {"coalition": 999999, "name": "Sneaky"})
    assert other.status_code == 422
    assert not ApiToken.objects.exists()


def test_malformed_tokens_authenticate_nobody(db):
    for raw in ("", "us_", "Bearer x", "us_" + "a" * 500, "us_\x00", "нет"):
        assert authenticate_token(raw) is None
