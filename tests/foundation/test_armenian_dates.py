import datetime

import pytest
from django.utils import formats, translation

from undersigned.core.dates import long_date


def test_armenian_dates_are_written_day_month_year():
    with translation.override("hy"):
        assert formats.date_format(datetime.date(2020, 9, 27)) == "27.09.2020"


def test_english_dates_keep_their_format():
    with translation.override("en"):
        assert "2020" in formats.date_format(datetime.date(2020, 9, 27))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "27 September 2020"), ("hy", "27 սեպտեմբերի 2020 թ."), ("ru", "27 сентября 2020")],
)
def test_a_letter_writes_the_date_out_as_its_language_does(language, expected):
    with translation.override(language):
        assert long_date(datetime.date(2020, 9, 27)) == expected
