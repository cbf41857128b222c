import datetime

from django.utils import formats, translation


def test_armenian_dates_are_written_day_month_year():
    with translation.override("hy"):
        assert formats.date_format(datetime.date(2020, 9, 27)) == "27.09.2020"


def test_english_dates_keep_their_format():
    with translation.override("en"):
        assert "2020" in formats.date_format(datetime.date(2020, 9, 27))
