"""The checker compiled by mypyc (setup.py) and its Python sources are one checker: same reports, and a
compiled build that no longer matches its sources is never used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import genesis_mcp
from genesis_mcp.safety import check_bytes, is_compiled, read_source
from genesis_mcp.safety.compiled import RUNTIME

CORPUS = Path(__file__).parent / "corpus"
PACKAGE = Path(genesis_mcp.__file__).parent
# CI builds the compiled checker (`make test` installs with setup.py): there, finding no build is a failure.
REQUIRED = os.environ.get("SAFETY_TESTS_REQUIRE_COMPILED") == "1"
needs_build = pytest.mark.skipif(
    not is_compiled() and not REQUIRED, reason="the checker runs from its sources here (no build, or a stale one)"
)


def _run(code: str, *, env: dict[str, str] | None = None, path: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("GENESIS_MCP_PURE", "PYTHONPATH")}
    environment |= env or {}
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    command = [sys.executable, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, env=environment, cwd=path or Path.cwd(), timeout=120)


@pytest.mark.slow
def test_the_checker_runs_compiled_where_it_was_built() -> None:
    assert is_compiled() or not REQUIRED, "SAFETY_TESTS_REQUIRE_COMPILED=1 but the checker runs from its sources"


@pytest.mark.slow
@needs_build
def test_the_compiled_checker_and_its_sources_give_the_same_report_on_every_corpus_file() -> None:
    files = sorted(CORPUS.rglob("*.py"))
    compiled = [{"path": str(p), "safe": (r := check_bytes(read_source(p))).safe,
                 "findings": [f.to_dict() for f in r.findings]} for p in files]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "genesis_mcp", "check", "--json", *map(str, files)],
        capture_output=True, text=True, env={**os.environ, "GENESIS_MCP_PURE": "1"}, timeout=600,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the hostile files are refused
    sources = json.loads(result.stdout)
    assert len(sources) == len(compiled) > 4_000
    differing = [c["path"] for c, s in zip(compiled, sources, strict=True) if c != s]
    assert differing == []


@pytest.mark.slow
@needs_build
def test_pure_mode_runs_the_sources_even_where_a_build_exists() -> None:
    probe = "from genesis_mcp.safety import is_compiled; print(is_compiled())"
    assert _run(probe).stdout.strip() == "True"
    assert _run(probe, env={"GENESIS_MCP_PURE": "1"}).stdout.strip() == "False"


@pytest.mark.slow
@needs_build
def test_a_compiled_module_whose_source_changed_since_the_build_is_not_used(tmp_path: Path) -> None:
    # A copy of the package with its build, made now (so every file is newer than the build, as after a
    # wheel's install): the build is used; edit a source and the sources run instead, with the reason on
    # stderr (never stdout, the stdio protocol), and the edit takes effect.
    shutil.copytree(PACKAGE, tmp_path / "genesis_mcp", ignore=shutil.ignore_patterns("__pycache__"),
                    copy_function=shutil.copy)  # fmt: skip
    for runtime in PACKAGE.parent.glob(f"{RUNTIME}.*"):
        shutil.copy(runtime, tmp_path / runtime.name)
    probe = (
        "from genesis_mcp.safety import is_compiled, check\n"
        "print(is_compiled(), check('x = 1').safe)"
    )
    fresh = _run(probe, path=tmp_path)
    assert (fresh.stdout.strip(), fresh.stderr) == ("True True", "")

    names = tmp_path / "genesis_mcp" / "safety" / "source.py"
    text = names.read_text(encoding="utf-8")
    edited = text.replace("def check(source: str, policy: Policy | None = None) -> Report:\n",
                          "def check(source: str, policy: Policy | None = None) -> Report:\n"
                          "    return Report.of([(1, 0, 'checker-error', 'edited')])\n", 1)  # fmt: skip
    assert edited != text
    names.write_text(edited, encoding="utf-8")
    stale = _run(probe, path=tmp_path)
    assert stale.stdout.strip() == "False False"
    assert "source.py has changed since it was compiled" in stale.stderr
