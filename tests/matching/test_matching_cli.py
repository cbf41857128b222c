# ruff: noqa: S101 -- pytest speaks through assert
"""The ``clean`` and ``resolve`` commands: formats, registry ids, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from undersigned.matching.cli import main

DATA = Path(__file__).parent / "data"
SEED = DATA / "statement-2020-09-27.txt"
LIST = (
    "Signatories:\n1. Journalists’ Club Asparez;\n2. «Ասպարեզ» լրագրողների ակումբ\n"
    "\nAnna Hakobyan\n"
)


@pytest.fixture
def short_list(tmp_path: Path) -> Path:
    path = tmp_path / "list.txt"
    path.write_text(LIST, encoding="utf-8")
    return path


@pytest.fixture
def registry_csv(tmp_path: Path) -> Path:
    path = tmp_path / "registry.csv"
    path.write_text(
        "id,name,aliases\n"
        "org-17,Journalists’ Club Asparez,«Ասպարեզ» լրագրողների ակումբ|Клуб журналистов «Аспарез»\n"
        "org-42,Women’s Resource Center,\n",
        encoding="utf-8",
    )
    return path


def test_clean_prints_organizations_then_people_and_a_summary(short_list, capsys):
    assert main(["clean", str(short_list)]) == 0
    out, err = capsys.readouterr()
    assert out == "Journalists’ Club Asparez\n\nAnna Hakobyan\n"
    assert err.strip() == (
        "4 lines, 1 organizations, 1 people, 1 merged duplicates, 0 pairs to review, 1 noise"
    )


def test_clean_ids_gives_exactly_one_id_per_input_line(short_list, capsys):
    assert main(["clean", "--format", "ids", str(short_list)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "-",
        "journalists-club-asparez",
        "journalists-club-asparez",
        "-",
        "anna-hakobyan",
    ]


def test_clean_tsv_has_one_row_per_input_line(short_list, capsys):
    assert main(["clean", "--format", "tsv", str(short_list)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 5
    assert rows[1] == ["2", "org", "journalists-club-asparez", "Journalists’ Club Asparez", "1.00"]
    assert rows[0][1:3] == ["noise", "-"]


def test_clean_json_carries_everything_including_review_pairs(tmp_path, capsys):
    path = tmp_path / "list.txt"
    path.write_text(
        "Helsinki Citizens’ Assembly\nHelsinki Citizens’ Assembly – Vanadzor\n", "utf-8"
    )
    assert main(["clean", "--format", "json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["review"] == 1
    assert data["review"][0]["reasons"]
    assert len(data["lines"]) == 2


def test_clean_on_the_seed_file_finds_the_four_duplicates(capsys):
    assert main(["clean", "--format", "ids", str(SEED)]) == 0
    out, err = capsys.readouterr()
    ids = out.splitlines()
    assert len(ids) == len(SEED.read_text("utf-8").splitlines())
    named = [i for i in ids if i != "-"]
    assert len(named) - len(set(named)) == 4
    assert "132 organizations" in err


def test_clean_reads_standard_input(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LIST.encode("utf-16"))))
    assert main(["clean", "-"]) == 0
    assert capsys.readouterr().out.startswith("Journalists’ Club Asparez\n")


def test_clean_with_a_registry_uses_its_ids(short_list, registry_csv, capsys):
    assert main(["clean", "--format", "ids", "--registry", str(registry_csv), str(short_list)]) == 0
    assert capsys.readouterr().out.splitlines()[1:3] == ["org-17", "org-17"]


def test_resolve_prints_the_best_id_name_score_and_decision(tmp_path, registry_csv, capsys):
    names = tmp_path / "names.txt"
    names.write_text("Asparez Journalists Club\nWomen’s Rights House\n", "utf-8")
    assert main(["resolve", "--registry", str(registry_csv), str(names)]) == 0
    out, err = capsys.readouterr()
    first, second = (line.split("\t") for line in out.splitlines())
    assert first[1:3] == ["org-17", "Journalists’ Club Asparez"]
    assert first[4] == "match"
    assert second[1] == "-"
    assert second[4] == "new"
    assert "2 names" in err


def test_the_help_shows_examples(capsys):
    assert main(["clean", "--help"]) == 0
    assert "undersigned clean --format ids" in capsys.readouterr().out


BAD_INPUTS = {
    "empty": (b"", "empty"),
    "blank": (b"\n  \n\t\n", "empty"),
    "binary": (bytes(range(256)) * 40, "binary"),
    "long line": (b"A" * 1_048_576 + b"\n", "characters long"),
    "not utf-8": ("Клуб журналистов".encode("cp1251"), "--encoding"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_gets_a_clear_message_and_a_non_zero_exit(case, tmp_path, capsys):
    data, message = BAD_INPUTS[case]
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    assert main(["clean", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_an_unknown_encoding_is_a_clear_error(short_list, capsys):
    assert main(["clean", "--encoding", "klingon-8", str(short_list)]) == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err


def test_a_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_registry_without_the_right_columns_is_a_clear_error(tmp_path, short_list, capsys):
    registry = tmp_path / "registry.csv"
    registry.write_text("code,title\n1,x\n", "utf-8")
    assert main(["resolve", "--registry", str(registry), str(short_list)]) == 2
    assert "id,name" in capsys.readouterr().err


def test_bad_arguments_exit_with_usage_not_a_traceback(capsys):
    assert main(["clean", "--format", "xml"]) == 2
    assert main([]) == 2
    assert "Traceback" not in capsys.readouterr().err
