"""Dates written out in words, as a letter gives them.

Django's ``E`` date format is the month "in the form used in a long date": the genitive
in Russian ("27 сентября 2020"), and in Armenian as well ("27 սեպտեմբերի 2020 թ."),
though Django ships no Armenian forms.  Naming the months here puts them in this project's
catalogs, where the Armenian ones are translated; a translation here wins over Django's.
"""

from __future__ import annotations

import datetime

from django.utils import dateformat
from django.utils.translation import pgettext, pgettext_lazy

MONTHS_IN_A_DATE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)


def long_date(date: datetime.date) -> str:
    """ "27 September 2020", "27 сентября 2020", "27 սեպտեմբերի 2020 թ." in the active
    language."""
    # Translators: a date written out in a letter, in Django's date format characters
    # (j: day, E: month in the form used in a date, Y: year); other letters are kept as is.
    return dateformat.format(date, pgettext("letter date", "j E Y"))
