"""Every hostile tool of the corpus is rejected and every ordinary tool is accepted, one test per file."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from genesis_mcp.safety import check

CORPUS = Path(__file__).resolve().parent / "corpus"
# The *_round2..13 folders are later red-team rounds: new spellings of every family written against
# the checker as it stood (nearly all got through then), and more ordinary tools written to find false alarms.
HOSTILE = [p for folder in sorted(CORPUS.glob("hostile*")) for p in sorted(folder.glob("*.py"))]
ORDINARY = [p for folder in sorted(CORPUS.glob("ordinary*")) for p in sorted(folder.glob("*.py"))]
LONG = sorted((CORPUS / "long").glob("*.py"))


def test_the_corpus_is_as_large_as_the_issue_asks() -> None:
    assert len(HOSTILE) >= 120
    assert len(ORDINARY) >= 60


@pytest.mark.parametrize("path", HOSTILE, ids=[p.name for p in HOSTILE])
def test_rejects_hostile_tool(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.startswith("# family: "), "a hostile file names its family on its first line"
    ast.parse(source)  # rejected for what it does, not because it does not parse
    report = check(source)
    assert not report.safe
    assert all(f.rule not in ("syntax-error", "checker-error") for f in report.findings), report.describe()


@pytest.mark.parametrize("path", ORDINARY + LONG, ids=[p.name for p in ORDINARY + LONG])
def test_accepts_ordinary_tool(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    report = check(source)
    assert report.safe, report.describe()


@pytest.mark.parametrize("path", ORDINARY, ids=[p.name for p in ORDINARY])
def test_ordinary_tools_are_realistic_sizes(path: Path) -> None:
    assert 20 <= len(path.read_text(encoding="utf-8").splitlines()) <= 80
