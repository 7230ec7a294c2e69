# family: ordinary, blind round 62 (build step ordering with graphlib and cost estimate)
from graphlib import TopologicalSorter, CycleError
import bisect

STEPS = {
    "fetch": set(),
    "configure": {"fetch"},
    "compile_core": {"configure"},
    "compile_ui": {"configure"},
    "test": {"compile_core", "compile_ui"},
    "docs": {"configure"},
    "package": {"test", "docs"},
}
COST = {"fetch": 3, "configure": 1, "compile_core": 8, "compile_ui": 5, "test": 4, "docs": 2, "package": 1}
SIZE_BREAKS = [2, 5, 10]
SIZE_LABELS = ["tiny", "small", "medium", "large"]


def size_label(minutes):
    return SIZE_LABELS[bisect.bisect_right(SIZE_BREAKS, minutes)]


def waves(graph):
    ts = TopologicalSorter(graph)
    ts.prepare()
    while ts.is_active():
        ready = sorted(ts.get_ready())
        yield ready
        ts.done(*ready)


def critical_path(graph, cost):
    finish = {}
    for step in TopologicalSorter(graph).static_order():
        finish[step] = cost[step] + max((finish[d] for d in graph[step]), default=0)
    return max(finish.values()), finish


if __name__ == "__main__":
    for i, wave in enumerate(waves(STEPS), 1):
        desc = ", ".join("%s(%s)" % (s, size_label(COST[s])) for s in wave)
        print(f"wave {i}: {desc}")
    total, finish = critical_path(STEPS, COST)
    print("serial time: %d, parallel time: %d" % (sum(COST.values()), total))
    print(sorted(finish.items(), key=lambda kv: kv[1])[-3:])
    cyclic = dict(STEPS, fetch={"package"})
    try:
        list(TopologicalSorter(cyclic).static_order())
    except CycleError as e:
        print("cycle detected:", " -> ".join(e.args[1]))
