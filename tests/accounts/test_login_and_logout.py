"""Coordinators and moderators log in, land on their dashboard and log out."""

from __future__ import annotations

from django.urls import reverse

LOGIN = reverse("accounts:login")


def test_a_coordinator_logs_in_and_lands_on_the_dashboard(client, alice):
    response = client.post(LOGIN, {"username": "alice", "password": "correct horse 1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:dashboard")


def test_a_wrong_password_gets_a_clear_error(client, alice):
    response = client.post(LOGIN, {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.content.decode()


def test_odd_login_input_never_fails(client, alice):
    for data in (
        {"username": "a" * 10_000, "password": "x"},
        {"username": "\x00", "password": "\x00"},
        {"username": "<script>", "password": ""},
        {},
    ):
        response = client.post(LOGIN, data)
        assert response.status_code == 200
        assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_logging_out_takes_a_post_and_ends_the_session(client, alice):
    client.force_login(alice)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get(reverse("accounts:dashboard")).status_code == 302


def test_too_many_login_attempts_are_slowed_down(client, alice, cleared_cache, settings):
    from undersigned.accounts import views

    for _attempt in range(views.LOGIN_ATTEMPTS_PER_IP):
        client.post(LOGIN, {"username": "alice", "password": "wrong"})
    response = client.post(LOGIN, {"username": "alice", "password": "correct horse 1"})
    assert response.status_code == 429
