"""Order build steps by their dependencies using graphlib."""
from graphlib import CycleError, TopologicalSorter


def build_order(deps: dict[str, list[str]]) -> list[str]:
    """Return a valid execution order or raise ValueError on cycles."""
    sorter = TopologicalSorter(deps)
    try:
        return list(sorter.static_order())
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise ValueError(f"dependency cycle: {cycle}") from None


def parallel_stages(deps: dict[str, list[str]]) -> list[list[str]]:
    """Group steps into stages that can run concurrently."""
    sorter = TopologicalSorter(deps)
    sorter.prepare()
    stages = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        stages.append(ready)
        sorter.done(*ready)
    return stages


if __name__ == "__main__":
    graph = {
        "deploy": ["test", "package"],
        "test": ["compile"],
        "package": ["compile", "docs"],
        "compile": ["fetch"],
        "docs": [],
        "fetch": [],
    }
    print(build_order(graph))
    for i, stage in enumerate(parallel_stages(graph), 1):
        print(f"stage {i}: {', '.join(stage)}")
    try:
        build_order({"a": ["b"], "b": ["a"]})
    except ValueError as exc:
        print(exc)
