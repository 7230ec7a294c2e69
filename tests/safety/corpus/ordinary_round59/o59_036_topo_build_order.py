# family: ordinary, blind round 59 (task build order with graphlib and cycle reporting)
from graphlib import TopologicalSorter, CycleError
from typing import Dict, Iterable, List


def build_order(deps: Dict[str, Iterable[str]]) -> List[List[str]]:
    """Return batches of tasks that can run in parallel, respecting dependencies."""
    sorter = TopologicalSorter({task: set(reqs) for task, reqs in deps.items()})
    sorter.prepare()
    batches: List[List[str]] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        batches.append(ready)
        sorter.done(*ready)
    return batches


def plan(deps: Dict[str, Iterable[str]]) -> str:
    try:
        batches = build_order(deps)
    except CycleError as exc:
        cycle = exc.args[1]
        return "cycle detected: " + " -> ".join(cycle)
    return "\n".join(f"step {i}: {', '.join(batch)}" for i, batch in enumerate(batches, 1))


if __name__ == "__main__":
    project = {
        "compile": ["fetch_deps", "codegen"],
        "codegen": ["fetch_deps"],
        "test": ["compile"],
        "lint": ["fetch_deps"],
        "package": ["compile", "docs"],
        "docs": ["codegen"],
        "release": ["package", "test", "lint"],
    }
    print(plan(project))
    print(plan({"a": ["b"], "b": ["c"], "c": ["a"]}))
