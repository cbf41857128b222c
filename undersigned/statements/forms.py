from __future__ import annotations

import unicodedata
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from undersigned.statements.models import Statement

MAX_BODY = 100_000
MAX_ADDRESSEES = 50
MAX_TAGS = 20
# Bidirectional controls and invisible separators can disguise a title or a name.
FORBIDDEN_FORMAT = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}  # fmt: skip


def reject_control_characters(value: str, *, multiline: bool = False) -> None:
    allowed = {"\n", "\r", "\t"} if multiline else set()
    for char in value:
        if char in allowed:
            continue
        if unicodedata.category(char) == "Cc" or char in FORBIDDEN_FORMAT:
            raise ValidationError(
                _("Remove the invisible control character (U+%(code)04X)."),
                code="control_character",
                params={"code": ord(char)},
            )


def single_line(value: str) -> None:
    reject_control_characters(value)


def multi_line(value: str) -> None:
    reject_control_characters(value, multiline=True)


class StatementForm(forms.Form):
    """Title, body and details of a statement, with a title and body per translation."""

    language = forms.ChoiceField(
        label=_("Original language"),
        choices=settings.LANGUAGES,
        help_text=_("The language the statement was written in. It cannot change later."),
    )
    title = forms.CharField(label=_("Title"), max_length=300, validators=[single_line])
    body = forms.CharField(
        label=_("Text"),
        max_length=MAX_BODY,
        required=False,
        validators=[multi_line],
        widget=forms.Textarea(attrs={"rows": 16, "data-preview": "original"}),
        help_text=_(
            "Markdown: **bold**, *italic*, [link](https://…), ## heading, - list. "
            "Scripts and raw HTML are removed."
        ),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=500,
        required=False,
        validators=[single_line],
        help_text=_("One or two sentences for the list of statements and for shared links."),
    )
    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(
        label=_("Place"), max_length=200, required=False, validators=[single_line]
    )
    addressees = forms.CharField(
        label=_("Addressees"),
        required=False,
        max_length=MAX_ADDRESSEES * 301,
        validators=[multi_line],
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line, in the order they should appear."),
    )
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=MAX_TAGS * 61,
        validators=[single_line],
        help_text=_("Separated by commas, for example: human rights, Artsakh."),
    )
    deadline = forms.DateTimeField(
        label=_("Sign-on deadline"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        help_text=_("Leave empty to accept signatures until the statement is closed."),
    )
    allow_individuals = forms.BooleanField(
        label=_("Individuals may sign too (listed apart from organizations)"),
        required=False,
        initial=True,
    )
    review_individuals = forms.BooleanField(
        label=_("Hold signatures of individuals for review after their e-mail confirmation"),
        required=False,
        initial=False,
    )

    def __init__(self, *args: Any, statement: Statement | None = None, **kwargs: Any) -> None:
        self.statement = statement
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for code, _name in settings.LANGUAGES:
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title"), max_length=300, required=False, validators=[single_line]
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Text"),
                max_length=MAX_BODY,
                required=False,
                validators=[multi_line],
                widget=forms.Textarea(attrs={"rows": 10, "data-preview": code}),
            )
        if statement is not None:
            self.fields["language"].disabled = True
            self.fields["language"].required = False

    @classmethod
    def initial_for(cls, statement: Statement) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "language": statement.language,
            "title": statement.title,
            "body": statement.body,
            "summary": statement.summary,
            "date": statement.date,
            "place": statement.place,
            "addressees": "\n".join(a.name for a in statement.addressees.all()),
            "tags": ", ".join(t.name for t in statement.tags.all()),
            "deadline": timezone.localtime(statement.deadline) if statement.deadline else None,
            "allow_individuals": statement.allow_individuals,
            "review_individuals": statement.review_individuals,
        }
        for translation in statement.translations.all():
            initial[f"title_{translation.language}"] = translation.title
            initial[f"body_{translation.language}"] = translation.body
        return initial

    def translation_fields(self) -> list[dict[str, Any]]:
        """For the template: one fieldset per language."""
        return [
            {
                "code": code,
                "name": name,
                "title": self[f"title_{code}"],
                "body": self[f"body_{code}"],
            }
            for code, name in settings.LANGUAGES
        ]

    def clean_addressees(self) -> list[str]:
        names = [line.strip() for line in self.cleaned_data["addressees"].splitlines()]
        names = [name for name in names if name]
        if len(names) > MAX_ADDRESSEES:
            raise ValidationError(_("At most %(max)d addressees."), params={"max": MAX_ADDRESSEES})
        for name in names:
            if len(name) > 300:
                raise ValidationError(_("An addressee's name has at most 300 characters."))
        return names

    def clean_tags(self) -> list[str]:
        names = [part.strip() for part in self.cleaned_data["tags"].split(",")]
        names = list(dict.fromkeys(name for name in names if name))
        if len(names) > MAX_TAGS:
            raise ValidationError(_("At most %(max)d tags."), params={"max": MAX_TAGS})
        for name in names:
            if len(name) > 60:
                raise ValidationError(_("A tag has at most 60 characters."))
        return names

    def clean_deadline(self) -> Any:
        deadline = self.cleaned_data["deadline"]
        previous = self.statement.deadline if self.statement else None
        if deadline is not None and deadline != previous and deadline <= timezone.now():
            raise ValidationError(_("The deadline must be in the future."))
        return deadline

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        original = self.original_language()
        for code, _name in settings.LANGUAGES:
            title = data.get(f"title_{code}", "")
            body = data.get(f"body_{code}", "")
            if code == original:
                if title or body:
                    self.add_error(
                        f"title_{code}",
                        _("This is the original language: write its text above."),
                    )
                continue
            if body and not title:
                self.add_error(f"title_{code}", _("A translation needs a title."))
            elif not title and code in self.existing_translations():
                self.add_error(
                    f"title_{code}",
                    _("A translation cannot be emptied once it exists: correct its text instead."),
                )
        return data

    def existing_translations(self) -> set[str]:
        if self.statement is None:
            return set()
        return {t.language for t in self.statement.translations.all()}

    def original_language(self) -> str:
        if self.statement is not None:
            return self.statement.language
        return str(self.cleaned_data.get("language") or "")

    def texts(self) -> dict[str, tuple[str, str]]:
        """{language: (title, body)} for the original and every translation given."""
        data = self.cleaned_data
        texts = {self.original_language(): (data["title"], data["body"])}
        for code, _name in settings.LANGUAGES:
            title = data.get(f"title_{code}", "")
            if code != self.original_language() and title:
                texts[code] = (title, data.get(f"body_{code}", ""))
        return texts

    def details(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "summary": data["summary"],
            "date": data["date"],
            "place": data["place"],
            "addressees": data["addressees"],
            "tags": data["tags"],
            "deadline": data["deadline"],
            "allow_individuals": data["allow_individuals"],
            "review_individuals": data["review_individuals"],
        }


class SignatoryFilterForm(forms.Form):
    """Search and order of the full signatory list; bad values fall back to the defaults."""

    q = forms.CharField(label=_("Search names"), max_length=100, required=False)
    kind = forms.ChoiceField(
        label=_("Signatories"),
        required=False,
        choices=[("organization", _("Organizations")), ("person", _("Individuals"))],
    )
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("name", _("Alphabetical")), ("signed", _("In signing order"))],
    )


class HomeSearchForm(forms.Form):
    q = forms.CharField(label=_("Search statements"), max_length=200, required=False)
    tag = forms.SlugField(label=_("Tag"), max_length=60, required=False, allow_unicode=True)
