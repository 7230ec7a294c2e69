"""Order tasks so that every task comes after its dependencies."""
from graphlib import CycleError, TopologicalSorter


def build_order(dependencies: dict[str, list[str]], parallel: bool = False) -> dict:
    sorter = TopologicalSorter(dependencies)
    try:
        if not parallel:
            return {"ok": True, "order": list(sorter.static_order())}
        sorter.prepare()
        stages: list[list[str]] = []
        while sorter.is_active():
            ready = sorted(sorter.get_ready())
            stages.append(ready)
            sorter.done(*ready)
        return {"ok": True, "stages": stages, "depth": len(stages)}
    except CycleError as err:
        cycle = err.args[1]
        return {"ok": False, "cycle": " -> ".join(cycle)}


def missing_dependencies(dependencies: dict[str, list[str]]) -> set[str]:
    declared = set(dependencies)
    used = {d for deps in dependencies.values() for d in deps}
    return used - declared


if __name__ == "__main__":
    deps = {
        "app": ["lib", "config"],
        "lib": ["core"],
        "config": ["core"],
        "tests": ["app"],
        "core": [],
    }
    print(build_order(deps))
    print(build_order(deps, parallel=True))
    print(build_order({"a": ["b"], "b": ["a"]}))
    print(missing_dependencies({"x": ["y", "z"]}))
