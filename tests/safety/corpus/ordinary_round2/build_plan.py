# ordinary: order build tasks with graphlib.TopologicalSorter and compute the critical path duration
from graphlib import CycleError, TopologicalSorter
from typing import Dict, List, Set, Tuple

TASKS: Dict[str, Tuple[int, Set[str]]] = {
    "fetch": (2, set()),
    "configure": (1, {"fetch"}),
    "compile_core": (8, {"configure"}),
    "compile_ui": (5, {"configure"}),
    "test_core": (4, {"compile_core"}),
    "package": (2, {"compile_core", "compile_ui"}),
    "publish": (1, {"package", "test_core"}),
}


def build_order(tasks: Dict[str, Tuple[int, Set[str]]]) -> List[List[str]]:
    """Return batches of tasks that can run in parallel."""
    ts = TopologicalSorter({name: deps for name, (_, deps) in tasks.items()})
    ts.prepare()
    batches = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        batches.append(ready)
        ts.done(*ready)
    return batches


def critical_path(tasks: Dict[str, Tuple[int, Set[str]]]) -> Tuple[int, List[str]]:
    finish: Dict[str, int] = {}
    via: Dict[str, str] = {}
    for name in TopologicalSorter({n: d for n, (_, d) in tasks.items()}).static_order():
        duration, deps = tasks[name]
        start = 0
        for dep in deps:
            if finish[dep] > start:
                start, via[name] = finish[dep], dep
        finish[name] = start + duration
    end = max(finish, key=finish.get)
    path = [end]
    while path[-1] in via:
        path.append(via[path[-1]])
    return finish[end], path[::-1]


if __name__ == "__main__":
    for i, batch in enumerate(build_order(TASKS), 1):
        print(f"step {i}: {', '.join(batch)}")
    total, path = critical_path(TASKS)
    print(f"critical path ({total} min): {' -> '.join(path)}")
    try:
        build_order({"a": (1, {"b"}), "b": (1, {"a"})})
    except CycleError as exc:
        print("cycle:", exc.args[1])
