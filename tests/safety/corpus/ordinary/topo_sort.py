from graphlib import CycleError, TopologicalSorter


def build_order(dependencies: dict[str, list[str]]) -> list[str]:
    """Order build targets so that every target comes after what it depends on."""
    sorter = TopologicalSorter()
    for target, needs in dependencies.items():
        sorter.add(target, *needs)
    try:
        return list(sorter.static_order())
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise ValueError(f"dependency cycle: {cycle}") from None


def parallel_batches(dependencies: dict[str, list[str]]) -> list[list[str]]:
    """Group targets into batches that can run in parallel."""
    sorter = TopologicalSorter(dependencies)
    sorter.prepare()
    batches = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        batches.append(ready)
        sorter.done(*ready)
    return batches


def depth(dependencies: dict[str, list[str]], target: str, _seen: frozenset = frozenset()) -> int:
    if target in _seen:
        raise ValueError(f"cycle through {target}")
    needs = dependencies.get(target, [])
    if not needs:
        return 0
    return 1 + max(depth(dependencies, n, _seen | {target}) for n in needs)
