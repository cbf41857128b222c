"""Atom feeds: new public statements, and the new signatories of one statement."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from undersigned.exports.embed import latest_signatories
from undersigned.signatures.models import Kind, Signature
from undersigned.statements.models import Statement

ITEMS = 50


class StatementsFeed(Feed):
    feed_type = Atom1Feed
    title = _("undersigned: new joint statements")
    subtitle = _("Statements open for signatures, published or closed.")

    def link(self) -> str:
        return settings.SITE_URL + reverse("statements:home")

    def feed_url(self) -> str:
        return settings.SITE_URL + reverse("exports:statements_feed")

    def items(self) -> list[Statement]:
        return list(
            Statement.objects.public()
            .select_related("coalition")
            .order_by("-signing_started_at", "-created_at")[:ITEMS]
        )

    def item_title(self, item: Statement) -> str:
        return item.title

    def item_description(self, item: Statement) -> str:
        counts = _("%(organizations)d organizations and %(people)d individuals have signed.") % {
            "organizations": item.organization_count,
            "people": item.person_count,
        }
        return f"{item.summary} {counts}".strip()

    def item_link(self, item: Statement) -> str:
        return settings.SITE_URL + item.get_absolute_url()

    def item_pubdate(self, item: Statement) -> datetime.datetime:
        return item.signing_started_at or item.published_at or item.created_at

    def item_updateddate(self, item: Statement) -> datetime.datetime:
        return item.updated_at

    def item_author_name(self, item: Statement) -> str:
        return item.coalition.name

    def item_categories(self, item: Statement) -> list[str]:
        return [tag.name for tag in item.tags.all()]


class SignatoriesFeed(Feed):
    """The newest accepted signatures of one statement (public fields only)."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, slug: str) -> Statement:  # type: ignore[override]
        return get_object_or_404(Statement.objects.public().select_related("coalition"), slug=slug)

    def title(self, obj: Statement) -> str:
        return _("New signatories: %(title)s") % {"title": obj.title}

    def subtitle(self, obj: Statement) -> str:
        return obj.coalition.name

    def link(self, obj: Statement) -> str:
        return settings.SITE_URL + obj.get_absolute_url()

    def feed_url(self, obj: Statement) -> str:
        return settings.SITE_URL + reverse("exports:statement_feed", kwargs={"slug": obj.slug})

    def author_name(self, obj: Statement) -> str:
        return obj.coalition.name

    def items(self, obj: Statement) -> list[Signature]:
        signatures = latest_signatories(obj, count=ITEMS)
        for signature in signatures:
            signature.statement = obj
        return signatures

    def item_title(self, item: Signature) -> str:
        return item.public_name

    def item_description(self, item: Signature) -> str:
        kind = _("Organization") if item.kind == Kind.ORGANIZATION else _("Individual")
        parts = [str(kind)]
        if item.kind == Kind.PERSON and item.person_role:
            parts.append(item.person_role)
        if item.country:
            parts.append(item.country)
        return " · ".join(parts)

    def item_link(self, item: Signature) -> str:
        return settings.SITE_URL + item.statement.get_absolute_url()

    def item_guid(self, item: Signature) -> str:
        return f"{self.item_link(item)}#signature-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Signature) -> datetime.datetime:
        return item.decided_at or item.created_at or timezone.now()

    def item_updateddate(self, item: Signature) -> datetime.datetime:
        return self.item_pubdate(item)
