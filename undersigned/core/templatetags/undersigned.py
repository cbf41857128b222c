from django import template
from django.utils.safestring import SafeString

from undersigned.audit.labels import action_label
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
