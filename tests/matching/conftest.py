"""Labelled lists and the pairwise metrics the quality tests assert.

Data files (tab-separated, header ``statement_id line_no raw cluster kind``):
- ``seed_gold.tsv``: the seed statement's list, labelled by hand (a copy of shared/data);
- ``own_lists.tsv``: five lists written for this engine (Georgian, Armenian-script,
  Russian-language regional, an English list with every kind of variant, and a
  look-alike stress list);
- ``holdout_list.tsv``: a sixth list written after the engine was tuned on the others;
- ``blind_lists.tsv``: six more lists (101–106) modelled on published statements, written
  without looking at the engine: Armenian, Georgian, Russian/Ukrainian/Belarusian,
  Armenian-script, international, and a messy web copy-paste;
- ``blind2_lists.tsv``: six English lists (201–206) of the kind the seed is (an Armenian
  coalition, a Georgian one, a peacebuilding, an environmental, a women's-rights and a
  media-freedom statement), also written without looking at the engine;
- ``blind3_lists.tsv``: eight more lists (301–308), also written without looking at the
  engine: English from Armenia, Armenian/English merged rounds, Russian from Russia and
  Central Asia, a Google Form and e-mail merge, Georgian, Ukrainian/Belarusian,
  international networks, and Azerbaijan/Moldova/Kazakhstan/Kyrgyzstan;
- ``blind4_lists.tsv``: eight more (401–408), also blind: four English lists of
  Armenian civil society as close to the seed as could be written, an Armenian-script
  Facebook post, a Georgian list in English and Georgian side by side with PDF line
  wraps, a Russian list of five countries, and an Eastern Partnership list with
  country headings;
- ``blind5_lists.tsv``: eight more (501–508), also blind: English lists of Armenian
  civil society from a website, a Google Doc typed by the signers, a PDF and a mixed
  regional list, an Armenian-script list, a Russian one, a trilingual Tavush list and a
  Georgian-script one;
- ``blind6_lists.tsv``: eight more (601–608), also blind: an English press release with
  later sign-ons, an Armenian-script list, a Russian list from four countries, a Georgian
  and English list, an international list with countries, a long regional Armenian
  list, a spreadsheet export and a trilingual Armenian/Russian/English list;
- ``blind7_lists.tsv``: eight more (701–708), also blind: Ukrainian, Moldovan (Romanian and
  English), Azerbaijani, Central Asian, an Armenian PDF, a media-freedom list with
  outlets and websites, a Russian list followed by its English version, and a noisy web
  page with a table;
- ``blind8_lists.tsv``: eight more (801–808), also blind: Armenian human-rights,
  environmental and women's-rights lists, an Armenian-script list, a Russian list of
  Armenian and Georgian bodies, a flattened two-column list, organizations mixed with
  individuals, and a regional list under country headings;
- ``blind9_lists.tsv``: eight more (901–908), also blind: an international sign-on with
  countries, Russian human-rights bodies, a Belarusian/Russian/English list, Georgian media,
  an Armenian PDF, Central Asia in English, Azerbaijan in two languages, and a list where
  most entries name a representative;
- ``blind10_lists.tsv``: eight more (1001–1008), also blind, written to look like the seed's
  kind of statement: five English lists of Armenian civil society (displaced people, the
  NGO law, defamation, domestic violence, Amulsar), two Armenian-script lists and a
  Russian one;
- ``blind11_lists.tsv``: eight more (1101–1108), also blind: Georgian statements on the
  "foreign agents" law in English and in Georgian, an Eastern Partnership forum list, a
  Moldovan list in Romanian, a Ukrainian one, a Central Asian one in Russian, an
  Azerbaijani exile list and an international sign-on;
- ``blind12_lists.tsv``: six more (1201–1206), also blind, measured once on the last engine
  before it: Armenian lists in English and Armenian, Georgian media, Russian
  human-rights bodies, a regional web page and a women's-rights list.
- ``blind13_lists.tsv``: six more (1301–1306), also blind, written to be as realistic as
  possible rather than hard: an English list of Armenian NGOs with a later round of
  sign-ons, an Armenian-script list, a Russian list of five countries, a Georgian
  statement listing in Georgian then English, an international sign-on and a messy
  Facebook / Google Form copy.
- ``blind14_lists.tsv``: eight more (1401–1408), also blind, written to look like other
  statements of Armenian civil society such as the seed (elections, the Lachin corridor,
  domestic violence, Amulsar, defamation, judges, disability, the displaced), with few
  duplicates and many look-alikes;
- ``blind15_lists.tsv``: eight more (1501–1508), also blind, from the wider region:
  Georgian in English and in Georgian, Russian, Ukrainian, Central Asian, Azerbaijani,
  an international sign-on and a Moldovan list.
- ``blind16_lists.tsv``: eight more (1601–1608), also blind: an English list like the
  seed's, an Armenian-script one, a list given in Armenian and then in English, a
  Georgian coalition with acronyms, a Russian regional list, a Facebook post where
  organizations join in the comments, an international letter with national sections,
  and a PDF with page furniture and hyphenated wraps.
- ``blind17_lists.tsv``: seven more (1701–1707), also blind: Armenian civil society
  2018–2024 in English, Armenian script and Russian, and a list given in Armenian then
  in English without numbers;
- ``blind18_lists.tsv``: seven more (1801–1807), also blind: regional and international
  coalitions, lists given in English then Russian, names in their national languages;
- ``blind19_lists.tsv``: seven more (1901–1907), also blind, lists as they arrive: a
  form's export with bars and wide spaces, a PDF, Facebook comments, e-mail replies,
  Armenian typed in Latin letters, Georgian and English, two merged batches;
- ``blind20_lists.tsv``: eight more (2001–2008), also blind, written to look as much as
  possible like the seed: long English lists of Armenian civil society with later rounds,
  representatives, towns and acronyms, and two Armenian-script lists;
- ``blind21_lists.tsv``: seven more (2101–2107), also blind, from across the region:
  Georgian, Russian and Central Asian, Ukrainian given twice, Azerbaijani exile,
  Belarusian, a letter of 86 organizations to the UN and a Moldovan list;
- ``blind22_lists.tsv``: eight more (2201–2208), also blind: Armenian civil society
  2015–2025 from websites and news reports, in English, Armenian (one list given in
  Armenian then English) and Russian;
- ``blind23_lists.tsv``: seven more (2301–2307), also blind, pasted from everywhere: a
  bilingual Georgian website, an Azerbaijani list given twice, a sheet with its tabs
  turned into spaces, a word processor's bullets, a chat's export, press-freedom
  groups, a Central Asian list given twice;
- ``blind24_lists.tsv``: six more (2401–2406), also blind, written to look like the seed:
  five English lists of Armenian civil society and an Armenian-script one.
- ``blind25_lists.tsv``: seven more (2501–2507), also blind, written to look like the
  seed: English lists of Armenian civil society 2020–2024 from web pages and PDFs with
  later rounds, an Armenian-script Facebook post and a list given in Armenian then English;
- ``blind26_lists.tsv``: seven more (2601–2607), also blind, as coordinators receive them:
  a form's export, e-mail replies, a Facebook post with comments, a PDF, a Russian list
  under country headings, a list given in English then Russian, a word processor's bullets
  with branches as sub-bullets;
- ``blind27_lists.tsv``: seven more (2701–2707), also blind, from the region: an
  international letter with national chapters, Georgian in English and in Georgian,
  Azerbaijani, Ukrainian, Central Asian in Russian, and an Eastern Partnership list under
  country headings;
- ``blind28_lists.tsv``: seven more (2801–2807), also blind, written to look like the
  seed: Armenian civil society 2016–2023 in English, one list in Armenian script, one in
  Russian, a diaspora-heavy list of 136 entries and a table with comments below;
- ``blind29_lists.tsv``: seven more (2901–2907), also blind, from the region: a Georgian
  coalition in English and in Georgian then English, Azerbaijani groups at home and in
  exile, Russian-language human-rights bodies under country headings, Moldovan,
  Ukrainian with oblast branches, and a South Caucasus peacebuilding list;
- ``blind30_lists.tsv``: seven more (3001–3007), also blind, written to look like the
  seed: English lists of Armenian civil society 2019–2023 assembled in one round or
  several, one in Armenian script, with few duplicates in some and many in others.
"""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from undersigned.matching import cluster_lines

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Row:
    statement_id: str
    line_no: int
    raw: str
    cluster: str
    kind: str


@dataclass(frozen=True)
class PairCounts:
    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_lists(name: str) -> dict[str, list[Row]]:
    """The labelled lists of one data file, by statement id."""
    lists: dict[str, list[Row]] = defaultdict(list)
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        for record in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE):
            row = Row(
                record["statement_id"],
                int(record["line_no"]),
                record["raw"],
                record["cluster"],
                record["kind"],
            )
            lists[row.statement_id].append(row)
    return dict(lists)


def same_pairs(labels: list[str | None]) -> set[tuple[int, int]]:
    """Pairs of positions that carry the same (non-empty) label."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for position, label in enumerate(labels):
        if label not in (None, "-"):
            by_label[label].append(position)
    return {pair for group in by_label.values() for pair in itertools.combinations(group, 2)}


def pair_counts(rows: list[Row]) -> PairCounts:
    """Pairwise agreement of ``cluster_lines`` with the hand labels of one list."""
    result = cluster_lines([row.raw for row in rows])
    expected = same_pairs([row.cluster for row in rows])
    found = same_pairs([line.cluster for line in result.lines])
    return PairCounts(len(expected & found), len(found - expected), len(expected - found))


def total_counts(lists: dict[str, list[Row]]) -> PairCounts:
    counts = [pair_counts(rows) for rows in lists.values()]
    return PairCounts(
        sum(c.true_positive for c in counts),
        sum(c.false_positive for c in counts),
        sum(c.false_negative for c in counts),
    )


@pytest.fixture(scope="session")
def seed_rows() -> list[Row]:
    return load_lists("seed_gold.tsv")["000"]


@pytest.fixture(scope="session")
def own_lists() -> dict[str, list[Row]]:
    return load_lists("own_lists.tsv")


@pytest.fixture(scope="session")
def holdout_lists() -> dict[str, list[Row]]:
    return load_lists("holdout_list.tsv")


@pytest.fixture(scope="session")
def blind_lists() -> dict[str, list[Row]]:
    return load_lists("blind_lists.tsv")


@pytest.fixture(scope="session")
def blind2_lists() -> dict[str, list[Row]]:
    return load_lists("blind2_lists.tsv")


@pytest.fixture(scope="session")
def blind3_lists() -> dict[str, list[Row]]:
    return load_lists("blind3_lists.tsv")


@pytest.fixture(scope="session")
def blind4_lists() -> dict[str, list[Row]]:
    return load_lists("blind4_lists.tsv")


@pytest.fixture(scope="session")
def blind5_lists() -> dict[str, list[Row]]:
    return load_lists("blind5_lists.tsv")


@pytest.fixture(scope="session")
def blind6_lists() -> dict[str, list[Row]]:
    return load_lists("blind6_lists.tsv")


@pytest.fixture(scope="session")
def blind7_lists() -> dict[str, list[Row]]:
    return load_lists("blind7_lists.tsv")


@pytest.fixture(scope="session")
def blind8_lists() -> dict[str, list[Row]]:
    return load_lists("blind8_lists.tsv")


@pytest.fixture(scope="session")
def blind9_lists() -> dict[str, list[Row]]:
    return load_lists("blind9_lists.tsv")


@pytest.fixture(scope="session")
def blind10_lists() -> dict[str, list[Row]]:
    return load_lists("blind10_lists.tsv")


@pytest.fixture(scope="session")
def blind11_lists() -> dict[str, list[Row]]:
    return load_lists("blind11_lists.tsv")


@pytest.fixture(scope="session")
def blind12_lists() -> dict[str, list[Row]]:
    return load_lists("blind12_lists.tsv")


@pytest.fixture(scope="session")
def blind13_lists() -> dict[str, list[Row]]:
    return load_lists("blind13_lists.tsv")


@pytest.fixture(scope="session")
def blind14_lists() -> dict[str, list[Row]]:
    return load_lists("blind14_lists.tsv")


@pytest.fixture(scope="session")
def blind15_lists() -> dict[str, list[Row]]:
    return load_lists("blind15_lists.tsv")


@pytest.fixture(scope="session")
def blind16_lists() -> dict[str, list[Row]]:
    return load_lists("blind16_lists.tsv")


@pytest.fixture(scope="session")
def blind17_lists() -> dict[str, list[Row]]:
    return load_lists("blind17_lists.tsv")


@pytest.fixture(scope="session")
def blind18_lists() -> dict[str, list[Row]]:
    return load_lists("blind18_lists.tsv")


@pytest.fixture(scope="session")
def blind19_lists() -> dict[str, list[Row]]:
    return load_lists("blind19_lists.tsv")


@pytest.fixture(scope="session")
def blind20_lists() -> dict[str, list[Row]]:
    return load_lists("blind20_lists.tsv")


@pytest.fixture(scope="session")
def blind21_lists() -> dict[str, list[Row]]:
    return load_lists("blind21_lists.tsv")


@pytest.fixture(scope="session")
def blind22_lists() -> dict[str, list[Row]]:
    return load_lists("blind22_lists.tsv")


@pytest.fixture(scope="session")
def blind23_lists() -> dict[str, list[Row]]:
    return load_lists("blind23_lists.tsv")


@pytest.fixture(scope="session")
def blind24_lists() -> dict[str, list[Row]]:
    return load_lists("blind24_lists.tsv")


@pytest.fixture(scope="session")
def blind25_lists() -> dict[str, list[Row]]:
    return load_lists("blind25_lists.tsv")


@pytest.fixture(scope="session")
def blind26_lists() -> dict[str, list[Row]]:
    return load_lists("blind26_lists.tsv")


@pytest.fixture(scope="session")
def blind27_lists() -> dict[str, list[Row]]:
    return load_lists("blind27_lists.tsv")


@pytest.fixture(scope="session")
def blind28_lists() -> dict[str, list[Row]]:
    return load_lists("blind28_lists.tsv")


@pytest.fixture(scope="session")
def blind29_lists() -> dict[str, list[Row]]:
    return load_lists("blind29_lists.tsv")


@pytest.fixture(scope="session")
def blind30_lists() -> dict[str, list[Row]]:
    return load_lists("blind30_lists.tsv")


@pytest.fixture(scope="session")
def measure() -> type[Measure]:
    return Measure


class Measure:
    """The metric helpers, handed to tests through the ``measure`` fixture."""

    same_pairs = staticmethod(same_pairs)
    pair_counts = staticmethod(pair_counts)
    total_counts = staticmethod(total_counts)
