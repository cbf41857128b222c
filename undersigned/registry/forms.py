from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from undersigned.registry.models import DuplicateStatus
from undersigned.registry.services import tidy


class _TidyCharField(forms.CharField):
    def to_python(self, value: Any) -> str:
        return tidy(super().to_python(value), limit=10_000)


class SearchForm(forms.Form):
    q = _TidyCharField(label=_("Name of an organization"), max_length=300, required=False)


class NetworkForm(forms.Form):
    coalition = forms.SlugField(label=_("Coalition"), required=False, max_length=100)
    tag = forms.SlugField(label=_("Tag"), required=False, max_length=60, allow_unicode=True)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError(_("The start of the period is after its end."))
        return data


class MergeForm(forms.Form):
    """Two organizations to compare: ``drop`` by id, or ``other`` as an address, slug or id."""

    keep = forms.IntegerField(min_value=1, max_value=2**62)
    drop = forms.IntegerField(min_value=1, max_value=2**62, required=False)
    other = _TidyCharField(
        label=_("Address or id of the other organization"), max_length=500, required=False
    )

    def clean(self) -> dict[str, Any]:
        from undersigned.registry.services import find_organization

        data = super().clean() or {}
        if not data.get("drop") and data.get("other"):
            reference = data["other"].split("?")[0].rstrip("/").rpartition("/")[2]
            found, _moved = find_organization(reference.removesuffix(".json"))
            if found is None:
                raise forms.ValidationError(_("No organization has this address or id."))
            data["drop"] = found.pk
        if not data.get("drop"):
            raise forms.ValidationError(_("Choose the other organization."))
        if data.get("keep") and data.get("keep") == data.get("drop"):
            raise forms.ValidationError(_("Choose two different organizations."))
        return data


class MergeDecisionForm(forms.Form):
    first = forms.IntegerField(min_value=1, max_value=2**62)
    second = forms.IntegerField(min_value=1, max_value=2**62)
    survivor = forms.IntegerField(min_value=1, max_value=2**62)
    name = _TidyCharField(label=_("Canonical name"), max_length=300, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second, survivor = data.get("first"), data.get("second"), data.get("survivor")
        if first and second and first == second:
            raise forms.ValidationError(_("Choose two different organizations."))
        if survivor and survivor not in (first, second):
            raise forms.ValidationError(_("Choose which entry survives."))
        if survivor:
            data["keep"], data["drop"] = survivor, second if survivor == first else first
        return data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            (DuplicateStatus.NOT_DUPLICATE, _("Not the same")),
            (DuplicateStatus.LATER, _("Later")),
            (DuplicateStatus.OPEN, _("Back to the queue")),
        ]
    )


class SplitForm(forms.Form):
    alias = forms.IntegerField(min_value=1, max_value=2**62)


class RenameForm(forms.Form):
    name = _TidyCharField(label=_("Canonical name"), max_length=300)


class DomainForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address at the organization's domain"),
        max_length=254,
        help_text=_("We send a link to this address. We do not keep the address."),
    )
