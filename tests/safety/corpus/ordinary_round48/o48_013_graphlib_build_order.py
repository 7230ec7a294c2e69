# family: ordinary, blind round 48 (graphlib build order)
from graphlib import TopologicalSorter, CycleError

PACKAGES = {
    "app": {"web", "db", "auth"},
    "web": {"http", "templates"},
    "auth": {"crypto", "db"},
    "db": {"driver"},
    "http": {"sockets"},
    "templates": set(),
    "crypto": set(),
    "driver": {"sockets"},
    "sockets": set(),
}


def build_stages(graph):
    """Group nodes into stages that can be built in parallel."""
    ts = TopologicalSorter(graph)
    ts.prepare()
    stages = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        stages.append(ready)
        ts.done(*ready)
    return stages


def check_cycles(graph):
    try:
        tuple(TopologicalSorter(graph).static_order())
        return None
    except CycleError as err:
        return err.args[1]


if __name__ == "__main__":
    for i, stage in enumerate(build_stages(PACKAGES), 1):
        print(f"stage {i}: {', '.join(stage)}")
    print("linear order:", list(TopologicalSorter(PACKAGES).static_order()))

    broken = dict(PACKAGES, sockets={"app"})
    cycle = check_cycles(broken)
    print("cycle detected:", " -> ".join(cycle) if cycle else "none")
