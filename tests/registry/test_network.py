from __future__ import annotations

import datetime

from undersigned.registry.network import build_network
from undersigned.registry.services import create_organization


def _signed_by(make_statement, sign, title, date, tag, organizations):
    statement = make_statement(title, date=date, tags=(tag,))
    for organization in organizations:
        sign(statement, organization)
    return statement


def test_the_network_finds_two_groups_that_sign_together(make_statement, sign):
    left = [create_organization(f"Left group member {n}") for n in range(4)]
    right = [create_organization(f"Right group member {n}") for n in range(4)]
    for n in range(3):
        _signed_by(make_statement, sign, f"Left {n}", datetime.date(2021, 1, n + 1), "peace", left)
        _signed_by(
            make_statement, sign, f"Right {n}", datetime.date(2022, 1, n + 1), "rights", right
        )
    graph = build_network()
    communities = {n.organization.pk: n.community for n in graph.nodes}
    assert graph.communities == 2
    assert len({communities[o.pk] for o in left}) == 1
    assert communities[left[0].pk] != communities[right[0].pk]
    assert all(0 <= n.x <= graph.width and 0 <= n.y <= graph.height for n in graph.nodes)


def test_the_network_is_filtered_by_tag_and_period(make_statement, sign):
    a, b, c = (
        create_organization(name) for name in ("Alpha Foundation", "Beta Union", "Gamma Club")
    )
    _signed_by(make_statement, sign, "Old", datetime.date(2019, 5, 1), "peace", [a, b])
    _signed_by(make_statement, sign, "New", datetime.date(2023, 5, 1), "rights", [b, c])
    by_tag = build_network(tag="rights")
    assert {n.organization.name for n in by_tag.nodes} == {"Beta Union", "Gamma Club"}
    by_period = build_network(until=datetime.date(2020, 1, 1))
    assert {n.organization.name for n in by_period.nodes} == {"Alpha Foundation", "Beta Union"}
    assert [e.weight for e in by_period.edges] == [1]


def test_the_network_page_draws_an_svg_with_a_table(client, make_statement, sign):
    a, b = create_organization("Alpha Foundation"), create_organization("Beta Union")
    _signed_by(make_statement, sign, "One", datetime.date(2021, 1, 1), "peace", [a, b])
    response = client.get("/o/network/", {"tag": "peace", "since": "2020-01-01"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in body and "<line" in body and "Alpha Foundation" in body


def test_bad_filters_are_a_400_not_a_500(client, db):
    for params in (
        {"since": "yesterday"},
        {"since": "2022-01-01", "until": "2021-01-01"},
        {"tag": "<script>"},
        {"coalition": "x" * 500},
    ):
        assert client.get("/o/network/", params).status_code == 400
