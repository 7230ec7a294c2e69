"""The safety checker side by side with bandit's Python API, on the same corpus files, in the same run.

    .venv/bin/python benchmarks/bench_safety.py [--repeat 30] [--bandit-repeat 5] [--stat median|min]

For every file of ``tests/safety/corpus`` (hostile, ordinary, the ~100-line ``long`` tools, and the later
red-team rounds' hostile and ordinary tools; the first round is also shown apart, for comparison) it times
repeated runs of each checker, then reports, per group, the median over the files of each checker's
per-file time (the median of its runs, or the fastest with ``--stat min``), the ratio of those two, and
the median of the per-file ratios. Each checker reads the file from disk, as bandit does. Bandit gets one
``BanditManager`` built once with the default config (its test set loads once), which favours bandit.
Times are CPU time of this process (``time.process_time``), so that a busy shared machine inflates them
less than wall-clock time would; the two checkers alternate file by file, so both see the same load, and
each runs its repeats back to back, so both are measured warm (taking turns run by run would hand ours
the caches bandit's far larger working set just evicted: 5-9% slower, bandit unchanged). Nothing is
cached between runs: each run reads and checks the file afresh.
It also prints how much of the hostile corpus each tool flags (bandit: any issue of any severity) and how
much of the ordinary corpus each flags by mistake. Goals (issue 3): at least 10x faster than bandit, and
under 1 ms for a 100-line tool. Both checkers parse with CPython's own parser, which is most of our time and
runs about a third faster on an optimised build (PGO/LTO: python.org's, Debian's, uv's) than on a plain
source build (pyenv's default), so the header names the interpreter: run it under both to compare. The
header also says whether our checker runs compiled by mypyc (what ``make test`` and ``pip install`` build,
setup.py) or from its sources (``GENESIS_MCP_PURE=1``, or no C compiler): run it both ways to compare.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bandit.core import config as bandit_config
from bandit.core import manager as bandit_manager
from bandit.core import meta_ast, metrics

from genesis_mcp.safety import check_bytes, is_compiled, read_source

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "safety" / "corpus"


def _times(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return times


class Bandit:
    def __init__(self) -> None:
        logging.getLogger("bandit").setLevel(logging.ERROR)
        self.manager = bandit_manager.BanditManager(bandit_config.BanditConfig(), "file", quiet=True)

    def issues(self, path: Path) -> int:
        m = self.manager
        m.files_list, m.results, m.scores, m.skipped = [str(path)], [], [], []
        m.metrics, m.b_ma = metrics.Metrics(), meta_ast.BanditMetaAst()
        m.run_tests()
        return len(m.get_issue_list())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30, help="runs of our checker per file (median)")
    parser.add_argument("--bandit-repeat", type=int, default=5, help="runs of bandit per file (median)")
    parser.add_argument(
        "--stat", choices=("median", "min"), default="median", help="per file: the median run, or the fastest"
    )
    args = parser.parse_args()
    stat: Callable[[list[float]], float] = statistics.median if args.stat == "median" else min

    # One group per corpus folder: hostile, ordinary, long, and each later red-team round's hostile_roundN and
    # ordinary_roundN (the same folders tests/safety/test_safety_corpus.py reads).
    groups = {d.name: sorted(d.glob("*.py")) for d in sorted(CORPUS.iterdir()) if d.is_dir()}
    bandit = Bandit()
    ours: dict[Path, float] = {}
    theirs: dict[Path, float] = {}
    flagged_ours: dict[Path, bool] = {}
    flagged_bandit: dict[Path, bool] = {}
    load_before = os.getloadavg()
    for path in [p for files in groups.values() for p in files]:
        check_bytes(read_source(path))  # warm caches for both
        bandit.issues(path)
        ours[path] = stat(_times(lambda p=path: check_bytes(read_source(p)), args.repeat))
        theirs[path] = stat(_times(lambda p=path: bandit.issues(p), args.bandit_repeat))
        flagged_ours[path] = not check_bytes(read_source(path)).safe
        flagged_bandit[path] = bandit.issues(path) > 0
    load_after = os.getloadavg()

    def med(values: dict[Path, float], files: list[Path]) -> float:
        return statistics.median(values[p] for p in files) * 1000

    everything = [p for files in groups.values() for p in files]
    lines_long = statistics.median(len(p.read_text(encoding="utf-8").splitlines()) for p in groups["long"])
    first = groups["hostile"] + groups["ordinary"] + groups["long"]
    labels = {"ordinary": "ordinary (20-80 lines)", "long": f"long (~{lines_long:.0f} lines)"}
    rows = [("all files", everything), ("first round", first)]
    rows += [(labels.get(name, name), files) for name, files in groups.items()]
    print(f"Python {sys.version.split()[0]} ({os.path.realpath(sys.executable)}); our checker "
          f"{'compiled by mypyc' if is_compiled() else 'run from its Python sources'}")  # fmt: skip
    print(f"{os.cpu_count()} CPUs; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; "
          f"{len(everything)} files; CPU time; {args.stat} per file of {args.repeat} runs "
          f"(ours), {args.bandit_repeat} runs (bandit); then the median over the files\n")  # fmt: skip
    print(f"{'files':<24} {'n':>4} {'ours ms':>9} {'bandit ms':>10} {'ratio':>7} {'median ratio':>13}")
    for label, files in rows:
        mine, other = med(ours, files), med(theirs, files)
        per_file = statistics.median(theirs[p] / ours[p] for p in files)
        print(f"{label:<24} {len(files):>4} {mine:>9.3f} {other:>10.3f} {other / mine:>6.1f}x {per_file:>12.1f}x")
    print()
    print(f"{'share flagged':<24} {'ours':>9} {'bandit':>10}")
    shares = [
        ("hostile (higher is better)", [p for k, fs in groups.items() if k.startswith("hostile") for p in fs]),
        ("ordinary (lower is better)", [p for k, fs in groups.items() if not k.startswith("hostile") for p in fs]),
    ]
    for label, files in shares:
        mine = sum(flagged_ours[p] for p in files) / len(files)
        other = sum(flagged_bandit[p] for p in files) / len(files)
        print(f"{label:<24} {mine:>9.1%} {other:>10.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
