from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from undersigned.accounts.models import Coalition


class TokenForm(forms.Form):
    coalition = forms.ModelChoiceField(
        label=_("Coalition"), queryset=Coalition.objects.none(), empty_label=None
    )
    name = forms.CharField(
        label=_("What is it for?"),
        max_length=100,
        help_text=_("For example: “Coalition website” or “Import script”."),
    )

    def __init__(self, *args: Any, coalitions: list[Coalition], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["coalition"].queryset = Coalition.objects.filter(  # type: ignore[attr-defined]
            pk__in=[c.pk for c in coalitions]
        )

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name or any(ord(char) < 32 for char in name):
            raise forms.ValidationError(
                _("Give the token a short name without control characters.")
            )
        return name
