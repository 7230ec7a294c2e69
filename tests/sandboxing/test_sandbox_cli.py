"""``genesis-mcp sandbox selftest`` and ``genesis-mcp sandbox run``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sandbox_support import MODES

from genesis_mcp.cli import main


@pytest.mark.parametrize("mode", MODES)
def test_selftest_prints_every_layer_and_attempt_and_exits_0(mode: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sandbox", "selftest", "--bwrap", mode])
    out = capsys.readouterr().out
    assert code == 0, out
    for layer in ("namespaces", "landlock", "seccomp", "rlimits"):
        assert layer in out
    assert "blocked  fork-many" in out and "ESCAPED" not in out
    assert "result: 11 of 11 attempts blocked" in out


def test_selftest_json_is_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "selftest", "--bwrap", "off", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["namespaces"] is False
    assert all(a["blocked"] for a in report["attempts"]) and len(report["attempts"]) == 11


def test_run_prints_the_result_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = tmp_path / "tool.py"
    tool.write_text("def add(a, b=2):\n    return {'sum': a + b}\n")
    code = main(["sandbox", "run", str(tool), "--entry", "add", "--args", '{"a": 40}', "--json", "--bwrap", "off"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["ok"] is True and out["value"] == {"sum": 42} and out["error"] is None
    assert out["duration_ms"] > 0


@pytest.mark.parametrize("mode", MODES)
def test_run_reports_a_tool_error_in_a_readable_line_and_exits_1(
    mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = tmp_path / "tool.py"
    tool.write_text("import os\ndef run():\n    return open('/etc/passwd').read()\n")
    code = main(["sandbox", "run", str(tool), "--bwrap", mode])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith(("PermissionError", "FileNotFoundError")) and "ms)" in out


def test_run_refuses_arguments_that_are_not_a_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = tmp_path / "tool.py"
    tool.write_text("def run():\n    return 1\n")
    assert main(["sandbox", "run", str(tool), "--args", "[1]"]) == 2
    assert main(["sandbox", "run", str(tmp_path / "missing.py")]) == 2
    assert capsys.readouterr().out == ""
