import pytest
from django.core.management import CommandError, call_command

from tests.imports.conftest import form_export
from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement


def test_import_list_dry_run_prints_the_preview_and_saves_nothing(statement, tmp_path, capsys):
    path = tmp_path / "list.txt"
    path.write_text("Union of Informed Citizens\nYouth Avangard NGO\n\nRelated Posts:\n")
    call_command("import_list", statement.slug, str(path), "--dry-run")
    out = capsys.readouterr().out
    assert out.startswith("dry run, nothing saved: 3 lines, 2 organizations")
    assert not ImportBatch.objects.exists()
    assert not Signature.objects.exists()


def test_import_list_commits_a_form_export_with_chosen_columns(statement, tmp_path, capsys):
    path = tmp_path / "export.csv"
    path.write_bytes(form_export(20))
    call_command("import_list", statement.slug, str(path), "--organization", "C", "--by", "alice")
    assert "20 organizations accepted" in capsys.readouterr().out
    assert ImportBatch.objects.get().status == BatchStatus.COMMITTED
    assert Signature.objects.filter(email="person3@example.org").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-statement", "x.txt"], "no statement"),
        (["{slug}", "/no/such/file.txt"], "No such file"),
        (["{slug}", "{csv}", "--organization", "Nope"], "has no column 'Nope'"),
        (["{slug}", "{csv}", "--by", "nobody"], "no user"),
    ],
)
def test_import_list_refuses_bad_arguments_clearly(statement, tmp_path, args, message):
    path = tmp_path / "export.csv"
    path.write_bytes(form_export(2))
    args = [a.format(slug=statement.slug, csv=path) for a in args]
    with pytest.raises(CommandError, match=message):
        call_command("import_list", *args)
    assert not Signature.objects.exists()


def test_import_statement_creates_the_seed_statement_with_its_list(coalition, capsys):
    from pathlib import Path

    seed = Path(__file__).parent.parent / "matching" / "data" / "statement-2020-09-27.txt"
    call_command("import_statement", str(seed))
    statement = Statement.objects.get()
    assert statement.title == "Statement on the Azerbaijani offensive against Artsakh"
    assert str(statement.date) == "2020-09-27"
    assert statement.body.startswith("On September 27, 2020")
    assert statement.signatures.count() == 132
    assert "4 duplicate lines merged" in capsys.readouterr().out
