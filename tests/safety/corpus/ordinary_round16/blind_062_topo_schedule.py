"""Schedule build steps by dependency using graphlib, with parallel levels."""
from graphlib import TopologicalSorter, CycleError


def parse_deps(text: str) -> dict[str, set[str]]:
    """Lines like 'app: lib utils' (app depends on lib and utils)."""
    graph: dict[str, set[str]] = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        node, _, deps = line.partition(":")
        graph.setdefault(node.strip(), set()).update(deps.split())
    return graph


def build_order(graph: dict[str, set[str]]) -> list[str]:
    return list(TopologicalSorter(graph).static_order())


def parallel_levels(graph: dict[str, set[str]]) -> list[list[str]]:
    ts = TopologicalSorter(graph)
    ts.prepare()
    levels = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        levels.append(ready)
        ts.done(*ready)
    return levels


def critical_path(graph: dict[str, set[str]], cost: dict[str, float]) -> tuple[float, list[str]]:
    best: dict[str, tuple[float, list[str]]] = {}
    for node in build_order(graph):
        prev = max((best[d] for d in graph.get(node, ())), default=(0.0, []), key=lambda t: t[0])
        best[node] = (prev[0] + cost.get(node, 1.0), prev[1] + [node])
    return max(best.values(), key=lambda t: t[0])


def schedule(text: str, cost: dict[str, float] | None = None) -> dict:
    graph = parse_deps(text)
    try:
        return {"order": build_order(graph), "levels": parallel_levels(graph),
                "critical": critical_path(graph, cost or {})}
    except CycleError as exc:
        return {"error": f"cycle detected: {' -> '.join(exc.args[1])}"}


if __name__ == "__main__":
    deps = """app: lib utils
lib: core
utils: core
tests: app
docs:"""
    print(schedule(deps, {"core": 3, "lib": 2, "utils": 5, "app": 1}))
    print(schedule("a: b\nb: c\nc: a"))
