"""Order build tasks with graphlib and compute a critical path."""
from graphlib import TopologicalSorter, CycleError


def build_order(deps: dict[str, list[str]]) -> dict:
    """deps maps task -> list of prerequisite tasks."""
    sorter = TopologicalSorter(deps)
    try:
        sorter.prepare()
    except CycleError as exc:
        return {"ok": False, "cycle": exc.args[1]}
    stages = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        stages.append(ready)
        sorter.done(*ready)
    return {"ok": True, "stages": stages, "order": [t for s in stages for t in s]}


def critical_path(deps: dict[str, list[str]], durations: dict[str, float]) -> dict:
    order = list(TopologicalSorter(deps).static_order())
    finish: dict[str, float] = {}
    prev: dict[str, str | None] = {}
    for task in order:
        preds = deps.get(task, [])
        start = 0.0
        prev[task] = None
        for p in preds:
            if finish[p] > start:
                start, prev[task] = finish[p], p
        finish[task] = start + durations.get(task, 0.0)
    end = max(finish, key=finish.get)
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return {"length": finish[end], "path": path[::-1]}


if __name__ == "__main__":
    deps = {
        "compile": ["fetch"],
        "test": ["compile"],
        "docs": ["fetch"],
        "package": ["test", "docs"],
        "fetch": [],
    }
    print(build_order(deps))
    print(critical_path(deps, {"fetch": 2, "compile": 5, "test": 3, "docs": 9, "package": 1}))
    print(build_order({"a": ["b"], "b": ["a"]}))
