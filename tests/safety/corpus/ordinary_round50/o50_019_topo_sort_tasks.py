# family: ordinary, blind round 50 (topological sort of tasks)
from graphlib import TopologicalSorter, CycleError

TASKS = {
    "deploy": {"build", "test", "migrate_db"},
    "build": {"install_deps", "lint"},
    "test": {"build"},
    "lint": {"install_deps"},
    "migrate_db": {"backup_db"},
    "install_deps": set(),
    "backup_db": set(),
}


def execution_order(tasks):
    return list(TopologicalSorter(tasks).static_order())


def parallel_stages(tasks):
    """Group tasks into stages where everything in a stage can run concurrently."""
    ts = TopologicalSorter(tasks)
    ts.prepare()
    stages = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        stages.append(ready)
        ts.done(*ready)
    return stages


def check_cycles(tasks):
    try:
        TopologicalSorter(tasks).prepare()
        return None
    except CycleError as exc:
        return exc.args[1]


if __name__ == "__main__":
    print("order:", " -> ".join(execution_order(TASKS)))
    for i, stage in enumerate(parallel_stages(TASKS), 1):
        print(f"stage {i}: {', '.join(stage)}")
    cyclic = dict(TASKS, install_deps={"deploy"})
    print("cycle detected:", check_cycles(cyclic))
