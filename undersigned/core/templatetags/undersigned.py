import datetime

from django import template
from django.utils.safestring import SafeString

from undersigned.audit.labels import action_label
from undersigned.core.dates import long_date
from undersigned.core.markdown import render_markdown
from undersigned.core.reasons import translate_reason

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> SafeString:
    return render_markdown(text)


@register.filter(name="match_reason")
def match_reason_filter(reason: str) -> str:
    """A stored reason of the matcher in the reader's language: ``{{ reason|match_reason }}``."""
    return translate_reason(reason)


@register.filter(name="audit_action")
def audit_action_filter(action: str) -> str:
    """``{{ entry.action|audit_action }}``: "Published" rather than statements.statement.published."""
    return action_label(action)


@register.filter(name="long_date")
def long_date_filter(date: datetime.date) -> str:
    """``{{ date|long_date }}``: "27 September 2020", "27 սեպտեմբերի 2020 թ."."""
    return long_date(date)
