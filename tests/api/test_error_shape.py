"""Every error of the API has one shape, whatever its status."""

from __future__ import annotations

import json

from undersigned.api import auth as api_auth


def _assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert isinstance(body["error"]["details"], list)
    return body["error"]


def test_every_error_has_the_same_shape(client, signed, auth, other_auth, monkeypatch):
    slug = signed.statement.slug
    post = {"content_type": "application/json"}
    _assert_error(
        client.post("/api/v1/statements", "{not json", **post, **auth), 400, "bad_request"
    )
    _assert_error(client.post("/api/v1/statements", "{}", **post), 401, "unauthorized")
    _assert_error(
        client.patch(f"/api/v1/statements/{slug}", "{}", **post, **other_auth), 403, "forbidden"
    )
    _assert_error(client.get("/api/v1/statements/no-such-statement"), 404, "not_found")
    _assert_error(client.get("/api/v1/no/such/endpoint"), 404, "not_found")
    not_allowed = _assert_error(client.delete("/api/v1/statements"), 405, "method_not_allowed")
    assert not_allowed["message"] == "DELETE is not allowed here."
    _assert_error(
        client.patch(f"/api/v1/statements/{slug}", json.dumps({"status": "open"}), **post, **auth),
        409,
        "conflict",
    )
    invalid = _assert_error(
        client.post("/api/v1/statements", json.dumps({"title": ""}), **post, **auth), 422, "invalid"
    )
    assert invalid["details"][0]["loc"][-1] == "title"
    assert set(invalid["details"][0]) == {"loc", "msg", "type"}
    monkeypatch.setattr(api_auth, "READS_PER_HOUR", 2)
    client.get("/api/v1/statements")
    client.get("/api/v1/statements")
    limited = client.get("/api/v1/statements")
    _assert_error(limited, 429, "rate_limited")
    assert int(limited["Retry-After"]) > 0


def test_a_wrong_token_is_refused_with_a_challenge(client, signed):
    response = client.get("/api/v1/token", HTTP_AUTHORIZATION="Bearer us_nope_nope")
    error = _assert_error(response, 401, "unauthorized")
    assert "Bearer" in error["message"]
    assert response["WWW-Authenticate"].startswith("Bearer")
    _assert_error(
        client.get(f"/api/v1/statements/{signed.statement.slug}", HTTP_AUTHORIZATION="Basic eDp5"),
        401,
        "unauthorized",
    )


def test_the_error_shape_is_in_the_openapi_schema(client):
    schema = json.loads(client.get("/api/v1/openapi.json").content)
    error = schema["components"]["schemas"]["ErrorOut"]
    assert error["required"] == ["error"]
    for path in schema["paths"].values():
        for operation in path.values():
            for status in ("404", "422", "429"):
                assert status in operation["responses"]
