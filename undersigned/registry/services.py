"""Registry workflows: organizations and the spellings of their names."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction

from undersigned.audit.services import log_action
from undersigned.core.slugs import unique_slug
from undersigned.matching import parse_line, script_of
from undersigned.registry.models import Alias, Organization
from undersigned.statements.models import Statement


@transaction.atomic
def create_organization(
    name: str,
    *,
    by: AbstractBaseUser | None = None,
    statement: Statement | None = None,
    country: str = "",
    city: str = "",
    website: str = "",
    language: str = "",
) -> Organization:
    """A new registry entry whose canonical name is also its first alias."""
    organization = Organization.objects.create(
        name=name,
        slug=unique_slug(Organization, name, fallback="organization"),
        country=country,
        city=city,
        website=website,
    )
    add_alias(organization, name, statement=statement, language=language)
    log_action(
        "registry.organization.created",
        subject=organization,
        user=by,
        data={"name": name, "statement": statement.pk if statement else None},
    )
    return organization


def add_alias(
    organization: Organization,
    name: str,
    *,
    statement: Statement | None = None,
    language: str = "",
) -> Alias:
    """Record a spelling of the organization's name; an existing spelling is returned as is."""
    alias, _created = Alias.objects.get_or_create(
        organization=organization,
        name=name,
        defaults={
            "key": parse_line(name).key[:300],
            "script": script_of(name),
            "language": language,
            "first_seen_statement": statement,
        },
    )
    return alias
