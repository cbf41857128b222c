"""Forms of the import pages: the list or file, then the columns of a table."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from undersigned.imports.services import ENCODINGS, FIELDS, MAX_FILE_BYTES

FIELD_LABELS = {
    "organization": _("Organization's name"),
    "person": _("Person's name"),
    "email": _("E-mail"),
    "country": _("Country"),
}


def _file_help() -> str:
    """In the reader's language: the limit is put in only when the form is shown."""
    return gettext(
        "A text list, a CSV or an XLSX spreadsheet (Google Forms and Microsoft Forms "
        "exports too), up to %(limit)s MB."
    ) % {"limit": MAX_FILE_BYTES // (1024 * 1024)}


class StartForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the list"),
        help_text=_("One organization or person per line, as in a published list."),
        required=False,
        max_length=2_000_000,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
    )
    file = forms.FileField(
        label=_("…or upload a file"),
        help_text=lazy(_file_help, str)(),
        required=False,
    )
    encoding = forms.ChoiceField(
        label=_("Encoding of a text or CSV file"),
        choices=[("", _("Recognise it"))] + [(e, e.upper()) for e in ENCODINGS],
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        has_text = bool((data.get("text") or "").strip())
        has_file = data.get("file") is not None
        if has_text == has_file:
            raise forms.ValidationError(_("Paste a list or upload a file (one of the two)."))
        upload = data.get("file")
        if upload is not None and upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB; split it into smaller files.")
                % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return data


class MappingForm(forms.Form):
    header_row = forms.BooleanField(
        label=_("The first row holds the column names"), required=False, initial=True
    )

    def __init__(self, *args: Any, headers: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("— none —"))] + [(str(i), h) for i, h in enumerate(headers)]
        for field in FIELDS:
            self.fields[field] = forms.TypedChoiceField(
                label=FIELD_LABELS[field],
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
            )
        self.order_fields(["organization", "person", "email", "country", "header_row"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("organization") is None and data.get("person") is None:
            raise forms.ValidationError(_("Choose the column that holds the organization's name."))
        return data
