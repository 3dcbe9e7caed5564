"""Settings files: where they are found, what they may say, how bad ones are reported,
and that command-line options win over them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import jsonl, run_cli, zucchini_layer

from ccsvi_check.config import (
    Settings,
    SettingsError,
    find_settings_file,
    load_settings,
    parse_settings,
    read_settings,
)


@pytest.fixture(autouse=True)
def _no_config_env(monkeypatch):
    monkeypatch.delenv("CCSVI_CHECK_CONFIG", raising=False)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_pyproject_table_is_read_and_paths_resolved_against_its_folder(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", """\
        [project]
        name = "newsroom"

        [tool.ccsvi-check]
        claims = ["data/ours.yaml", "/abs/theirs.yaml"]
        threshold = 70
        format = "jsonl"
        """)
    s = read_settings(cfg)
    assert s == Settings(cfg, [tmp_path / "data" / "ours.yaml", Path("/abs/theirs.yaml")],
                         70.0, "jsonl")


def test_dotfile_keys_at_top_level_or_under_the_tool_table(tmp_path):
    a = write(tmp_path / "a" / ".ccsvi-check.toml", 'threshold = 80.5\nclaims = "x.yaml"\n')
    assert read_settings(a).threshold == 80.5
    assert read_settings(a).claims == [a.parent / "x.yaml"]
    b = write(tmp_path / "b" / ".ccsvi-check.toml", '[tool.ccsvi-check]\nformat = "json"\n')
    assert read_settings(b).format == "json"


def test_found_from_a_subfolder_upwards_dotfile_first(tmp_path):
    sub = tmp_path / "a" / "b" / "c"
    sub.mkdir(parents=True)
    write(tmp_path / "pyproject.toml", "[tool.ccsvi-check]\nthreshold = 10\n")
    # a pyproject without our table is passed over
    write(tmp_path / "a" / "b" / "pyproject.toml", '[project]\nname = "ccsvi-check"\n')
    assert find_settings_file(sub) == (tmp_path / "pyproject.toml").resolve()
    assert load_settings(sub).threshold == 10.0
    write(tmp_path / "a" / ".ccsvi-check.toml", "threshold = 20\n")
    write(tmp_path / "a" / "pyproject.toml", "[tool.ccsvi-check]\nthreshold = 30\n")
    assert load_settings(sub).threshold == 20.0


def test_environment_names_the_file_or_turns_settings_off(tmp_path, monkeypatch):
    write(tmp_path / ".ccsvi-check.toml", "threshold = 20\n")
    other = write(tmp_path / "elsewhere.toml", "threshold = 40\n")
    monkeypatch.setenv("CCSVI_CHECK_CONFIG", str(other))
    assert load_settings(tmp_path).threshold == 40.0
    monkeypatch.setenv("CCSVI_CHECK_CONFIG", "off")
    assert load_settings(tmp_path) == Settings()


@pytest.mark.parametrize("text, line, words", [
    ("threshold = 50\ncolour = true\n", 2, ["unknown key 'colour'"]),
    ("threshold = 'high'\n", 1, ["threshold must be a number"]),
    ("threshold = true\n", 1, ["threshold must be a number"]),
    ("threshold = 101\n", 1, ["from 0 to 100"]),
    ("format = 'xml'\n", 1, ["format must be one of", "markdown"]),
    ("claims = [1, 2]\n", 1, ["claims must be a list"]),
    ("\n\nthreshold = \n", 3, ["not valid TOML"]),
    ("[tool.ccsvi-check]\nthreshold = 1\n[other]\nx = 1\n", 3, ["unknown key 'other'"]),
])
def test_bad_settings_are_one_line_with_path_and_line(tmp_path, text, line, words):
    cfg = write(tmp_path / ".ccsvi-check.toml", text)
    with pytest.raises(SettingsError) as info:
        read_settings(cfg)
    message = str(info.value)
    assert message.startswith(f"{cfg}:{line}: ") and "\n" not in message
    assert all(w in message for w in words), message


def test_pyproject_without_table_is_no_settings(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert parse_settings(cfg, cfg.read_text()) is None


# ------------------------------------------------------------------ through the CLI

LAYER = zucchini_layer("zz-settings-test-claim")
STATEMENT = "ccsvi is cured by eating purple zucchini on tuesdays"


def test_cli_reads_settings_from_the_working_directory(tmp_path):
    write(tmp_path / "claims" / "ours.yaml", LAYER)
    write(tmp_path / "pyproject.toml", """\
        [tool.ccsvi-check]
        claims = ["claims/ours.yaml"]
        format = "jsonl"
        """)
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    p = run_cli(STATEMENT, cwd=sub)
    assert p.returncode == 1, p.stderr
    (rec,) = jsonl(p.stdout)  # format from the settings
    assert rec["claim"]["id"] == "zz-settings-test-claim"
    # the settings' claim files are browsable too
    shown = run_cli("claims", "show", "zz-settings-test-claim", "--format", "json", cwd=sub)
    assert shown.returncode == 0 and '"zz-settings-test-claim"' in shown.stdout


def test_command_line_options_win_over_settings(tmp_path):
    write(tmp_path / "ours.yaml", LAYER)
    write(tmp_path / ".ccsvi-check.toml", """\
        claims = ["ours.yaml"]
        threshold = 100
        format = "json"
        """)
    paraphrase = "purple zucchini on tuesdays cure ccsvi, lol"
    (rec,) = run_cli_json(tmp_path, paraphrase)
    assert rec["verdict"] == "unknown"  # threshold 100 from the settings
    p = run_cli(paraphrase, "--threshold", "30", "--format", "jsonl", cwd=tmp_path)
    (rec,) = jsonl(p.stdout)
    assert rec["claim"]["id"] == "zz-settings-test-claim"
    # --claims replaces the settings' list
    other = write(tmp_path / "other.yaml", LAYER.replace("zz-settings-test-claim", "zz-other"))
    p = run_cli(STATEMENT, "-c", str(other), "-f", "jsonl", cwd=tmp_path)
    assert jsonl(p.stdout)[0]["claim"]["id"] == "zz-other"


def run_cli_json(cwd: Path, statement: str) -> list[dict]:
    import json

    p = run_cli(statement, cwd=cwd)
    assert p.returncode in (0, 1), p.stderr
    return json.loads(p.stdout)


def test_cli_bad_settings_exit_2_with_one_line(tmp_path):
    cfg = write(tmp_path / ".ccsvi-check.toml", "threshold = 50\nunknown_key = 1\n")
    p = run_cli("CCSVI causes MS", cwd=tmp_path)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and f"{cfg}:2: unknown key 'unknown_key'" in p.stderr
    p = run_cli("CCSVI causes MS", cwd=tmp_path, env={"CCSVI_CHECK_CONFIG": "off"})
    assert p.returncode == 1
