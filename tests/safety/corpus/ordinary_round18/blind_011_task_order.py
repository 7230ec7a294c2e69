"""Order build tasks by their dependencies using graphlib."""
from __future__ import annotations

from graphlib import CycleError, TopologicalSorter
from typing import Iterable, Mapping


def build_order(deps: Mapping[str, Iterable[str]]) -> list[str]:
    """Return a valid execution order; raises ValueError on cycles."""
    sorter = TopologicalSorter({task: set(reqs) for task, reqs in deps.items()})
    try:
        return list(sorter.static_order())
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise ValueError(f"dependency cycle: {cycle}") from exc


def parallel_stages(deps: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Group tasks into stages where every task in a stage can run concurrently."""
    sorter = TopologicalSorter({task: set(reqs) for task, reqs in deps.items()})
    sorter.prepare()
    stages = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        stages.append(ready)
        sorter.done(*ready)
    return stages


def parse_makefile_like(text: str) -> dict[str, list[str]]:
    """Parse lines of the form 'target: dep1 dep2'."""
    deps: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        target, _, rest = line.partition(":")
        deps[target.strip()] = rest.split()
    return deps


RULES = """
app: lib utils config
lib: utils
tests: app fixtures
fixtures: config
# comment line
docs: app
"""

if __name__ == "__main__":
    graph = parse_makefile_like(RULES)
    print(build_order(graph))
    for i, stage in enumerate(parallel_stages(graph), 1):
        print(f"stage {i}: {', '.join(stage)}")
    try:
        build_order({"a": ["b"], "b": ["c"], "c": ["a"]})
    except ValueError as e:
        print(e)
