"""The full signatory list at /s/<slug>/signatories/: pages and a search by name."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.statements.factories import add_accepted_signatures


def _url(statement):
    return reverse("statements:signatories", kwargs={"slug": statement.slug})


def test_it_pages_through_a_long_list(client, published_statement):
    add_accepted_signatures(published_statement, organizations=250)
    first = client.get(_url(published_statement)).content.decode()
    third = client.get(_url(published_statement), {"page": 3}).content.decode()
    assert "1–100 of 250" in first
    assert "Organization 00000" in first and "Organization 00100" not in first
    assert "201–250 of 250" in third
    assert "Organization 00249" in third


def test_it_searches_names(client, published_statement):
    add_accepted_signatures(published_statement, organizations=250, people=2)
    page = client.get(_url(published_statement), {"q": "00123"}).content.decode()
    assert "Organization 00123" in page
    assert "1 name matches" in page
    people = client.get(_url(published_statement), {"kind": "person"}).content.decode()
    assert "Person 00001" in people and "Organization 00001" not in people


def test_it_never_shows_private_data(client, published_statement):
    add_accepted_signatures(published_statement, organizations=3)
    page = client.get(_url(published_statement)).content.decode()
    assert "@example.org" not in page
    assert "private comment" not in page


@pytest.mark.parametrize(
    "params",
    [{"kind": "robot"}, {"order": "random"}, {"q": "q" * 101}, {"page": "9999"}, {"page": "x"}],
)
def test_odd_parameters_give_a_clear_answer_never_a_500(client, published_statement, params):
    add_accepted_signatures(published_statement, organizations=3)
    response = client.get(_url(published_statement), params)
    assert response.status_code in (200, 400)
    assert "Organization 00000" in response.content.decode()


def test_the_list_of_a_draft_is_not_public(client, statement):
    assert client.get(_url(statement)).status_code == 404
