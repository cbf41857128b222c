"""The API's documentation lists every endpoint of the OpenAPI schema: on the docs page
and in docs/api.md."""

from __future__ import annotations

from pathlib import Path

from undersigned.api.views import endpoints

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_docs_api_md_documents_every_endpoint():
    text = DOCS.read_text(encoding="utf-8")
    missing = [
        f"{e['method']} {e['path']}"
        for e in endpoints()
        if f"`{e['method']} {e['path']}`" not in text
    ]
    assert missing == [], "docs/api.md does not document these endpoints"


def test_the_docs_page_lists_every_endpoint_and_its_parameters(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    for endpoint in endpoints():
        assert f"<code>{endpoint['path']}</code>" in html
        for parameter in endpoint["parameters"]:
            assert f"<code>{parameter['name']}</code>" in html
    assert html.count('class="api-endpoint"') == len(endpoints()) == 10


def test_api_root_says_where_to_start(client):
    data = client.get("/api/v1/").json()
    assert data["openapi"].endswith("/api/v1/openapi.json")
    assert data["docs"].endswith("/api/v1/docs")
