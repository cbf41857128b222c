"""Hostile and odd input to the form and the suggestions: a 4xx or a form error, never a 500,
nothing lost, hostile names always escaped."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undersigned.signatures.models import Signature

from .conftest import form_data, links_in

pytestmark = pytest.mark.django_db

ODD = st.one_of(
    st.text(max_size=400),
    st.sampled_from(
        [
            "",
            " ",
            "<script>alert(1)</script>",
            "\u202eevil\u202c",
            "\u200f\u200e",
            "\x00\x01\x7f",
            "a" * 5000,
            '=HYPERLINK("http://x")',
            "Ա" * 301,
            "\ud7ff\ufffd",
            "../../etc/passwd",
        ]
    ),
)
FIELDS = [
    "kind",
    "organization_name",
    "organization",
    "person_name",
    "person_role",
    "country",
    "city",
    "website",
    "email",
    "comment",
    "consent",
    "started",
]
SLOW = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SLOW
@given(field=st.sampled_from(FIELDS), value=ODD)
def test_any_value_in_any_field_is_a_form_error_or_a_signature(
    client, published_statement, field, value
):
    value = value.replace("\x00", "")  # the test client cannot send NUL in a form body
    url = reverse("signatures:sign", kwargs={"slug": published_statement.slug})
    response = client.post(url, form_data(**{field: value}))
    assert response.status_code in (302, 200, 400, 429), response.status_code
    if response.status_code == 400:
        page = response.content.decode()
        assert "<script>alert(1)</script>" not in page


def test_a_nul_character_is_a_form_error(client, published_statement):
    url = reverse("signatures:sign", kwargs={"slug": published_statement.slug})
    response = client.post(url, form_data(organization_name="NGO\x00"))
    assert response.status_code in (302, 400)


def test_a_hostile_name_is_escaped_everywhere_it_shows(client, bob, published_statement):
    hostile = '<img src=x onerror=alert(1)>"NGO"'
    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization_name=hostile, email="h@gmail.com"),
    )
    signature = Signature.objects.get()
    assert signature.name_as_signed == hostile
    response = client.post(links_in(mail.outbox[0])["confirm"])
    assert "<img src=x" not in response.content.decode()
    client.force_login(bob)
    queue = client.get(reverse("signatures:moderation", kwargs={"slug": "ascc"})).content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;" in queue
    assert "<img src=x" not in queue


def test_direction_marks_and_control_characters_are_removed_from_names(client, published_statement):
    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization_name="\u202eAsparez\u202c  Club\u200f", email="x@gmail.com"),
    )
    assert Signature.objects.get().name_as_signed == "Asparez Club"


def test_a_wrong_method_is_a_405(client, published_statement):
    url = reverse("signatures:sign", kwargs={"slug": published_statement.slug})
    assert client.put(url).status_code == 405
    assert client.delete(reverse("signatures:suggest")).status_code == 405


@SLOW
@given(query=ODD)
def test_the_suggestions_answer_any_query_with_json(client, hcav, query):
    response = client.get(reverse("signatures:suggest"), {"q": query.replace("\x00", "")})
    assert response.status_code in (200, 400)
    assert response["Content-Type"] == "application/json"
    assert "results" in response.json()


def test_a_name_the_matching_engine_cannot_read_still_signs(client, published_statement, hcav):
    # "ɐ" (an IPA letter) belongs to no script the engine knows.
    response = client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization_name="ɐ NGO", email="ipa@gmail.com"),
    )
    assert response.status_code == 302
    assert Signature.objects.get().proposed_organization is None
    assert client.get(reverse("signatures:suggest"), {"q": "ɐ NGO"}).status_code == 200
