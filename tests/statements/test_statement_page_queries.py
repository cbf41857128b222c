"""The statement page costs the same number of queries with 10 or 5,000 signatures."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.statements.factories import add_accepted_signatures

# statement, addressees, translations, tags, organizations, individuals
STATEMENT_PAGE_QUERIES = 6


@pytest.mark.parametrize("organizations", [10, 5000])
def test_statement_page_runs_a_fixed_number_of_queries(
    client, published_statement, django_assert_num_queries, organizations
):
    add_accepted_signatures(published_statement, organizations=organizations, people=3)
    url = reverse("statements:detail", kwargs={"slug": published_statement.slug})
    with django_assert_num_queries(STATEMENT_PAGE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert f"{organizations}" in response.content.decode()


def test_statement_page_lists_at_most_the_main_page_share_and_links_to_the_rest(
    client, published_statement
):
    add_accepted_signatures(published_statement, organizations=5000)
    response = client.get(published_statement.get_absolute_url())
    page = response.content.decode()
    assert page.count("Organization 0") == 500
    assert reverse("statements:signatories", kwargs={"slug": published_statement.slug}) in page
    assert "See all 5000 organizations" in page


@pytest.mark.parametrize("organizations", [10, 5000])
def test_signatory_list_pages_run_a_fixed_number_of_queries(
    client, published_statement, django_assert_num_queries, organizations
):
    add_accepted_signatures(published_statement, organizations=organizations)
    url = reverse("statements:signatories", kwargs={"slug": published_statement.slug})
    with django_assert_num_queries(STATEMENT_PAGE_QUERIES - 1):
        response = client.get(url, {"page": 2})
    assert response.status_code == 200


def test_the_statement_page_never_counts_signature_rows(
    client, published_statement, django_assert_num_queries
):
    add_accepted_signatures(published_statement, organizations=20)
    with django_assert_num_queries(STATEMENT_PAGE_QUERIES) as queries:
        client.get(published_statement.get_absolute_url())
    assert not any("COUNT(" in query["sql"].upper() for query in queries.captured_queries)
