"""A forgotten password is reset by a link sent by e-mail."""

from __future__ import annotations

import re

from django.core import mail
from django.urls import reverse


def test_a_coordinator_resets_the_password_by_email(client, alice):
    response = client.post(reverse("accounts:password_reset"), {"email": "alice@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    form = client.get(path, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a new long passphrase 7", "new_password2": "a new long passphrase 7"},
    )
    assert done.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("a new long passphrase 7")


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, alice):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_a_used_or_forged_link_is_refused_clearly(client, alice):
    response = client.get(
        reverse("accounts:password_reset_confirm", kwargs={"uidb64": "MQ", "token": "forged"})
    )
    assert "This link is no longer valid" in response.content.decode()


def test_a_malformed_address_gets_a_clear_error(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "not an address"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()


def test_two_different_new_passwords_get_a_clear_error(client, alice):
    client.post(reverse("accounts:password_reset"), {"email": "alice@example.org"})
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    form = client.get(link.split("testserver", 1)[1], follow=True)
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "a new long passphrase 7", "new_password2": "something else 8"},
    )
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password("correct horse 1")
