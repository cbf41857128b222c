"""The public sign form and the moderators' decision forms."""

from __future__ import annotations

import re
import time
import unicodedata
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from undersigned.signatures.models import Kind
from undersigned.statements.models import Statement

STARTED_SALT = "undersigned.signatures.form-started"
# Control characters, direction marks and embeddings: never part of a name.
_INVISIBLE_RE = re.compile(
    r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def tidy(text: str, *, keep_newlines: bool = False) -> str:
    """NFC, no control characters or direction marks, single spaces (newlines kept in
    comments)."""
    text = unicodedata.normalize("NFC", text or "")
    if keep_newlines:
        lines = [" ".join(_INVISIBLE_RE.sub(" ", line).split()) for line in text.splitlines()]
        return "\n".join(lines).strip()
    return " ".join(_INVISIBLE_RE.sub(" ", text).split())


class TidyField(forms.CharField):
    def __init__(self, *args: Any, keep_newlines: bool = False, **kwargs: Any) -> None:
        self.keep_newlines = keep_newlines
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> str:
        return tidy(super().to_python(value), keep_newlines=self.keep_newlines)


class WebsiteField(forms.CharField):
    """A website as people type it: "hcav.am" means https://hcav.am."""

    default_error_messages = {"invalid": _("Enter the address of a website, like hcav.am.")}

    def to_python(self, value: Any) -> str:
        text = tidy(super().to_python(value))
        if text and "://" not in text:
            text = f"https://{text}"
        return text

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value:
            try:
                URLValidator(schemes=["http", "https"])(value)
            except forms.ValidationError as error:
                raise forms.ValidationError(self.error_messages["invalid"], "invalid") from error


def started_token() -> str:
    return signing.dumps(time.time(), salt=STARTED_SALT)


class SignForm(forms.Form):
    """Sign a statement for an organization or as an individual.

    ``started`` carries the signed moment the form was shown (a minimum fill time keeps
    scripts out); ``homepage`` is a honeypot that people never see.
    """

    kind = forms.ChoiceField(
        label=_("I sign"),
        choices=[
            (Kind.ORGANIZATION, _("for an organization")),
            (Kind.PERSON, _("as an individual")),
        ],
        initial=Kind.ORGANIZATION,
        widget=forms.RadioSelect,
    )
    organization_name = TidyField(
        label=_("Name of the organization"),
        max_length=300,
        required=False,
        help_text=_(
            "As it should appear in the list. Pick it from the suggestions if it is there."
        ),
    )
    organization = forms.SlugField(
        required=False, max_length=120, allow_unicode=True, widget=forms.HiddenInput
    )
    person_name = TidyField(label=_("Your name"), max_length=200)
    person_role = TidyField(
        label=_("Your role"),
        max_length=200,
        required=False,
        help_text=_("For example: chair, director. As an individual: your affiliation."),
    )
    country = TidyField(label=_("Country"), max_length=100, required=False)
    city = TidyField(label=_("City"), max_length=100, required=False)
    website = WebsiteField(label=_("Website of the organization"), max_length=300, required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send you a link to confirm. It is never published."),
    )
    comment = TidyField(
        label=_("Comment for the coordinators (optional)"),
        max_length=2000,
        required=False,
        keep_newlines=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the coalition's coordinators read it."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the name I sign with is published with this statement."),
        help_text=_("Your e-mail address is never published."),
        error_messages={"required": _("Without your agreement the name cannot be published.")},
    )
    homepage = forms.CharField(
        required=False,
        max_length=300,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)

    def __init__(self, *args: Any, statement: Statement, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.statement = statement
        if not statement.allow_individuals:
            self.fields["kind"].choices = [(Kind.ORGANIZATION, _("for an organization"))]
        self.fields["person_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["country"].widget.attrs["autocomplete"] = "country-name"
        self.fields["city"].widget.attrs["autocomplete"] = "address-level2"
        self.fields["website"].widget.attrs.update({"inputmode": "url", "autocomplete": "url"})
        self.fields["organization_name"].widget.attrs.update(
            {
                "autocomplete": "off",
                "role": "combobox",
                "aria-autocomplete": "list",
                "aria-expanded": "false",
                "aria-controls": "org-suggestions",
            }
        )
        if not self.is_bound:
            self.initial["started"] = started_token()

    @property
    def is_organization(self) -> bool:
        kind = self.data.get("kind") if self.is_bound else self.initial.get("kind")
        return kind != Kind.PERSON

    def seconds_taken(self) -> float | None:
        """How long the form was open, or None when its ``started`` token is not ours."""
        try:
            started = float(signing.loads(self.data.get("started", "")[:200], salt=STARTED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return time.time() - started

    def clean_email(self) -> str:
        return str(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == Kind.PERSON:
            # The organization's fields are hidden for an individual: ignore what they hold.
            for name in ("organization_name", "organization", "website"):
                self._errors.pop(name, None)
                data[name] = ""
        if data.get("homepage"):
            raise forms.ValidationError(
                _("This form could not be sent. Please try again."), code="honeypot"
            )
        taken = self.seconds_taken()
        if taken is None or taken < settings.SIGN_MIN_SECONDS:
            self.data = self.data.copy()
            if taken is None:
                self.data["started"] = started_token()
            raise forms.ValidationError(
                _("That was very quick. Please check what you typed and send the form again."),
                code="too_fast",
            )
        if data.get("kind") == Kind.ORGANIZATION and not data.get("organization_name"):
            self.add_error(
                "organization_name", _("Enter the name of the organization you sign for.")
            )
        return data


class DecisionForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("accept", _("Accept as proposed")),
            ("link", _("Link to another organization")),
            ("new", _("Accept as a new organization")),
            ("reject", _("Reject")),
            ("revert", _("Revert the decision")),
        ]
    )
    organization = forms.CharField(
        label=_("Organization (its address or slug)"), required=False, max_length=300
    )
    reason = TidyField(label=_("Reason"), required=False, max_length=500)


class BulkForm(forms.Form):
    action = forms.ChoiceField(
        label=_("With the selected"),
        choices=[("accept", _("Accept as proposed")), ("reject", _("Reject"))],
    )
    reason = TidyField(label=_("Reason for a rejection"), required=False, max_length=500)
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[], required=True)

    def __init__(self, *args: Any, ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ids"].choices = [(pk, str(pk)) for pk in ids]
        self.fields["ids"].error_messages["required"] = _("Select at least one signature.")
        self.fields["ids"].error_messages["invalid_choice"] = _(
            "A selected signature no longer waits for a decision."
        )


class SuggestForm(forms.Form):
    q = TidyField(max_length=300, required=False)
