"""The team commands: coders, coder color|rename, agreement (names, flags, JSON, exit codes)."""

import json

import pytest

from kvalkod.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path, capsys):
    """100 characters, code K: Anna codes [0, 40), Bertil [20, 60) (the hand-computed case:
    percent 0.6, kappa 1/6, alpha 41/240)."""
    path = tmp_path / "p.kvalkod"
    assert run(capsys, "new", path, "--codebook", "none")[0] == 0
    text = tmp_path / "intervju.txt"
    text.write_text("abcdefghij" * 10, encoding="utf-8")
    assert run(capsys, "import", path, text, "--no-clean")[0] == 0
    assert run(capsys, "code", "add", path, "K")[0] == 0
    assert run(capsys, "code-text", path, "intervju", 0, 40, "K", "--coder", "Anna")[0] == 0
    assert run(capsys, "code-text", path, "intervju", 20, 60, "K", "--coder", "Bertil")[0] == 0
    return path


def test_agreement_json_keeps_the_contract(proj, capsys):
    code, out, err = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert {"unit", "percent", "kappa", "alpha", "per_code"} <= set(result)
    assert result["unit"] == "characters" and result["percent"] == 0.6
    assert result["kappa"] == pytest.approx(1 / 6) and result["alpha"] == pytest.approx(41 / 240)
    assert result["per_code"]["K"]["both"] == 20 and "disagreements" not in result


def test_agreement_options(proj, capsys):
    code, out, _ = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--code", "K",
                       "--disagreements", "--json")
    result = json.loads(out)
    assert [(d["start"], d["end"], d["coder"]) for d in result["disagreements"]] == [(0, 20, "Anna"), (40, 60, "Bertil")]
    code, out, _ = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--unit", "segments",
                       "--min-overlap", "50", "--json")
    result = json.loads(out)
    # the two segments share 20 of the 60 characters they cover: under 50 %, no agreement
    assert result["unit"] == "segments" and result["per_code"]["K"]["percent"] == 0.0
    code, out, _ = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--unit", "segments", "--json")
    assert json.loads(out)["percent"] == 1.0


def test_agreement_as_text(proj, capsys):
    code, out, _ = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--disagreements")
    assert code == 0
    assert "unit: characters" in out and "1 document compared" in out
    assert "all codes, pooled" in out and "60.0 %" in out and "0.167" in out and "0.171" in out
    assert "intervju\t0–20\tK\tAnna only\tabcdefghij" in out


def test_agreement_errors_in_one_line(proj, capsys):
    code, _, err = run(capsys, "agreement", proj, "--coders", "Anna", "Cecilia")
    assert code == 1 and err.count("\n") == 1 and "no coder named 'Cecilia'" in err and "Anna, Bertil" in err
    code, _, err = run(capsys, "agreement", proj, "--coders", "Anna", "Anna")
    assert code == 1 and "two different coders" in err
    code, _, err = run(capsys, "agreement", proj, "--coders", "Anna", "Bertil", "--unit", "words")
    assert code == 2  # a usage error: click lists the choices


def test_coders_and_their_colours(proj, capsys):
    code, out, _ = run(capsys, "coders", proj, "--json")
    rows = json.loads(out)
    assert [(r["name"], r["codings"]) for r in rows] == [("Anna", 1), ("Bertil", 1)]
    assert set(rows[0]) == {"name", "color", "codings"}
    assert run(capsys, "coder", "color", proj, "Bertil", "#00AA88")[1] == "Bertil #00aa88\n"
    code, _, err = run(capsys, "coder", "color", proj, "Bertil", "grön")
    assert code == 1 and "not a colour" in err
    code, _, err = run(capsys, "coder", "color", proj, "Cecilia", "#112233")
    assert code == 1 and "no coder named 'Cecilia'" in err
    assert run(capsys, "coder", "rename", proj, "Bertil", "Bertil S")[0] == 0
    code, out, _ = run(capsys, "coders", proj)
    assert out.splitlines()[1] == "Bertil S\t#00aa88\t1 coding"
    assert run(capsys, "undo", proj)[0] == 0
    assert json.loads(run(capsys, "coders", proj, "--json")[1])[1]["name"] == "Bertil"
