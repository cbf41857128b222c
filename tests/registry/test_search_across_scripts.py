from __future__ import annotations

import pytest

from undersigned.registry.search import resolve_name, suggest
from undersigned.registry.services import add_alias, create_organization


@pytest.fixture
def registry(db):
    club = create_organization("Journalists’ Club Asparez")
    hca = create_organization("Helsinki Citizens’ Assembly–Vanadzor")
    create_organization("Women’s Rights Center")
    return club, hca


@pytest.mark.parametrize(
    "query", ["Аспарез", "Asparez Club", "Ասպարեզ", "journalists club asparez"]
)
def test_search_finds_the_club_in_any_script(registry, query):
    club, _hca = registry
    results = resolve_name(query)
    assert results, query
    assert results[0].organization == club


def test_the_registry_page_searches_through_the_matching_engine(client, registry):
    club, _hca = registry
    response = client.get("/o/", {"q": "Аспарез"})
    assert response.status_code == 200
    assert response.context["results"][0]["organization"] == club
    assert "Journalists’ Club Asparez" in response.content.decode()


def test_a_new_alias_is_found_at_once(registry):
    club, _hca = registry
    assert not [r for r in resolve_name("Клуб журналистов") if r.decision != "new"]
    add_alias(club, "Клуб журналистов «Аспарез»", language="ru")
    assert resolve_name("Клуб журналистов Аспарез")[0].organization == club


def test_suggestions_complete_a_name_being_typed(registry):
    club, hca = registry
    assert [s.organization for s in suggest("Aspa")] == [club]
    assert [s.organization for s in suggest("helsinki cit")] == [hca]
    assert suggest("") == []


def test_the_suggestion_endpoint_answers_json(client, registry):
    response = client.get("/o/suggest.json", {"q": "Asparez"})
    assert response.status_code == 200
    assert response.json()["results"][0]["name"] == "Journalists’ Club Asparez"
    assert client.get("/o/suggest.json", {"q": "x" * 400}).status_code == 400


def test_the_registry_page_also_finds_names_by_their_first_letters(client, registry):
    _club, hca = registry
    response = client.get("/o/", {"q": "Helsi"})
    assert [r["organization"] for r in response.context["results"]] == [hca]
    assert client.get("/o/", {"q": "Zzyzx"}).context["results"] == []
