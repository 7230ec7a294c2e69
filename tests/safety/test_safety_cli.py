"""`genesis-mcp check PATH... [--json]`: exit codes, text and JSON output."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from genesis_mcp.cli import main
from genesis_mcp.safety import MAX_SOURCE_BYTES, SourceTooLarge, read_source

SAFE = "import math\n\n\ndef area(r: float) -> float:\n    return math.pi * r * r\n"
UNSAFE = "import os\n\n\ndef run(cmd: str) -> int:\n    return os.system(cmd)\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    safe = tmp_path / "safe.py"
    safe.write_text(SAFE)
    unsafe = tmp_path / "unsafe.py"
    unsafe.write_text(UNSAFE)
    return {"safe": safe, "unsafe": unsafe}


def test_exits_0_when_every_file_is_safe(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(files["safe"])]) == 0
    assert f"{files['safe']}: safe" in capsys.readouterr().out


def test_exits_1_and_prints_each_finding_when_a_file_is_unsafe(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(files["safe"]), str(files["unsafe"])]) == 1
    out = capsys.readouterr().out
    assert f"{files['unsafe']}:1:7: import-not-allowed:" in out
    assert "2 file(s) checked, 1 unsafe" in out


def test_json_for_one_file_is_one_object_with_path_safe_and_findings(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json", str(files["unsafe"])]) == 1
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"path", "safe", "findings"}
    assert report["path"] == str(files["unsafe"]) and report["safe"] is False
    assert report["findings"][0].keys() == {"rule", "line", "col", "message"}
    assert report["findings"][0]["rule"] == "import-not-allowed"


def test_json_for_several_files_is_a_list_in_argument_order(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json", str(files["safe"]), str(files["unsafe"])]) == 1
    reports = json.loads(capsys.readouterr().out)
    assert [r["safe"] for r in reports] == [True, False]
    assert reports[0]["findings"] == []


def test_a_directory_stands_for_the_python_files_under_it(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json", str(files["safe"].parent)]) == 1
    assert sorted(Path(r["path"]).name for r in json.loads(capsys.readouterr().out)) == ["safe.py", "unsafe.py"]


def test_exits_2_for_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.py")]) == 2
    assert "missing.py" in capsys.readouterr().err


def test_exits_2_for_a_file_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * (MAX_SOURCE_BYTES // 6 + 1))
    assert main(["check", "--json", str(big)]) == 2
    assert "over the limit" in json.loads(capsys.readouterr().out)["error"]


def test_exits_2_for_an_unreadable_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.py"
    folder.mkdir()
    (folder / "inner.txt").write_text("not python")
    assert main(["check", str(tmp_path / "folder.py" / "inner.txt" / "x.py")]) == 2


def test_exits_2_for_an_unknown_permission(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--permission", "root", str(files["safe"])]) == 2
    assert "unknown permission 'root'" in capsys.readouterr().err


def test_a_permission_allows_the_modules_it_grants(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = tmp_path / "xml_tool.py"
    tool.write_text("import xml.etree.ElementTree as ET\n\ntags = lambda s: [e.tag for e in ET.fromstring(s)]\n")
    assert main(["check", str(tool)]) == 1
    assert main(["check", "--permission", "xml", str(tool)]) == 0


def test_a_file_that_is_not_utf8_is_a_finding_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"x = 1\nname = '\xe9t\xe9'\n")
    assert main(["check", "--json", str(latin)]) == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert (finding["rule"], finding["line"], finding["col"]) == ("encoding", 2, 8)


def test_runs_as_a_module_in_a_subprocess(files: dict[str, Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "check", "--json", str(files["unsafe"])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["findings"][0]["rule"] == "import-not-allowed"


def test_reads_a_source_from_a_pipe_in_pieces(tmp_path: Path) -> None:
    fifo = tmp_path / "tool.py"
    os.mkfifo(fifo)
    source = SAFE + "# " + "x" * 100_000 + "\n"  # more than one pipe buffer: several reads

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(source)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert read_source(fifo) == source.encode()
    finally:
        writer.join()


def test_refuses_a_pipe_that_runs_past_the_size_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "endless.py"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as pipe, contextlib.suppress(BrokenPipeError):
            pipe.write(b"x = 1\n" * (MAX_SOURCE_BYTES // 6 + 10_000))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        with pytest.raises(SourceTooLarge, match="over the limit"):
            read_source(fifo)
    finally:
        writer.join()


def test_reads_a_file_of_exactly_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "edge.py"
    path.write_bytes(b"#" * (MAX_SOURCE_BYTES - 1) + b"\n")
    assert len(read_source(path)) == MAX_SOURCE_BYTES
    path.write_bytes(b"#" * MAX_SOURCE_BYTES + b"\n")
    with pytest.raises(SourceTooLarge):
        read_source(path)
