"""Order build tasks by their dependencies and group them into parallel stages."""
from graphlib import CycleError, TopologicalSorter


def execution_order(deps: dict[str, set[str]]) -> list[str]:
    """A valid order in which every task runs after its dependencies."""
    return list(TopologicalSorter(deps).static_order())


def parallel_stages(deps: dict[str, set[str]]) -> list[list[str]]:
    """Group tasks into stages; tasks in the same stage can run concurrently."""
    sorter = TopologicalSorter(deps)
    sorter.prepare()
    stages = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        stages.append(ready)
        sorter.done(*ready)
    return stages


def check_dependencies(deps: dict[str, set[str]]) -> str | None:
    """Return a description of a dependency cycle, or None if the graph is acyclic."""
    try:
        TopologicalSorter(deps).prepare()
    except CycleError as exc:
        cycle = exc.args[1]
        return " -> ".join(cycle)
    return None


def critical_path_length(deps: dict[str, set[str]], durations: dict[str, int]) -> int:
    """Minimum total time if unlimited tasks run in parallel."""
    finish: dict[str, int] = {}
    for task in execution_order(deps):
        start = max((finish[d] for d in deps.get(task, ())), default=0)
        finish[task] = start + durations.get(task, 0)
    return max(finish.values(), default=0)


if __name__ == "__main__":
    project = {
        "compile": {"fetch", "configure"},
        "configure": {"fetch"},
        "test": {"compile"},
        "docs": {"configure"},
        "package": {"test", "docs"},
    }
    print(execution_order(project))
    print(parallel_stages(project))
    print(critical_path_length(project, {"fetch": 2, "configure": 1, "compile": 5, "test": 3, "docs": 4, "package": 1}))
    print(check_dependencies({"a": {"b"}, "b": {"c"}, "c": {"a"}}))
