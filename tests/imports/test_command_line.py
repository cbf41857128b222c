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


def test_import_statement_creates_the_seed_statement_with_its_list(
    coalition, seed_list, tmp_path, capsys
):
    seed = tmp_path / "statement-2020-09-27.txt"
    seed.write_text(
        "Statement on the Azerbaijani offensive against Artsakh\n\n"
        "On September 27, 2020, the dictatorial regime of Azerbaijan launched a large-scale "
        "attack along the entire line of contact of Artsakh.\n\n"
        "We are determined to support all efforts to address the challenges to human rights, "
        "peace, and security in the region.\n\n" + seed_list,
        encoding="utf-8",
    )
    call_command("import_statement", str(seed))
    statement = Statement.objects.get()
    assert statement.title == "Statement on the Azerbaijani offensive against Artsakh"
    assert str(statement.date) == "2020-09-27"
    assert statement.body.startswith("On September 27, 2020")
    assert statement.body.count("\n\n") == 1
    assert statement.signatures.count() == 132
    assert "4 duplicate lines merged" in capsys.readouterr().out


def test_import_statement_reads_a_date_line_under_the_title(coalition, tmp_path):
    path = tmp_path / "appeal.txt"
    path.write_text(
        "Appeal for peace\n\n12 October 2020\n\nWe call for peace.\n\nUnion of Informed Citizens\n"
    )
    call_command("import_statement", str(path), "--coalition", coalition.slug)
    statement = Statement.objects.get()
    assert (str(statement.date), statement.body) == ("2020-10-12", "We call for peace.")
    assert statement.signatures.get().name_as_signed == "Union of Informed Citizens"


def test_import_statement_refuses_a_file_without_a_list(coalition, tmp_path):
    path = tmp_path / "text-only.txt"
    path.write_text("A title\n\nOnly a paragraph of text that ends a sentence.\n")
    with pytest.raises(CommandError, match="No list of signatories"):
        call_command("import_statement", str(path))
    assert not Statement.objects.exists()
