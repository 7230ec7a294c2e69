# ordinary: order build tasks by their dependencies and detect cycles
from graphlib import CycleError, TopologicalSorter

TASKS = {
    "compile": {"fetch", "configure"},
    "configure": {"fetch"},
    "test": {"compile"},
    "package": {"compile", "docs"},
    "docs": {"configure"},
    "release": {"package", "test"},
    "fetch": set(),
}


def build_order(tasks):
    return list(TopologicalSorter(tasks).static_order())


def parallel_stages(tasks):
    sorter = TopologicalSorter(tasks)
    sorter.prepare()
    stages = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        stages.append(ready)
        sorter.done(*ready)
    return stages


def find_cycle(tasks):
    try:
        build_order(tasks)
    except CycleError as exc:
        return exc.args[1]
    return None


if __name__ == "__main__":
    print(" -> ".join(build_order(TASKS)))
    for number, stage in enumerate(parallel_stages(TASKS), 1):
        print(f"stage {number}: {', '.join(stage)}")
    cyclic = dict(TASKS, fetch={"release"})
    print("cycle:", find_cycle(cyclic))
