"""Compute a build order for tasks with dependencies using graphlib."""

from graphlib import CycleError, TopologicalSorter


class DependencyCycle(Exception):
    def __init__(self, cycle: list[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def build_order(dependencies: dict[str, list[str]]) -> list[list[str]]:
    """Return batches of tasks; tasks in the same batch can run in parallel."""
    sorter: TopologicalSorter[str] = TopologicalSorter()
    for task, deps in dependencies.items():
        sorter.add(task, *deps)
    try:
        sorter.prepare()
    except CycleError as exc:
        raise DependencyCycle(list(exc.args[1])) from exc
    batches: list[list[str]] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        batches.append(ready)
        sorter.done(*ready)
    return batches


def format_plan(batches: list[list[str]]) -> str:
    return "\n".join(f"step {i}: {', '.join(batch)}" for i, batch in enumerate(batches, 1))


if __name__ == "__main__":
    deps = {"app": ["lib", "config"], "lib": ["utils"], "tests": ["app"], "config": []}
    print(format_plan(build_order(deps)))
    try:
        build_order({"a": ["b"], "b": ["a"]})
    except DependencyCycle as err:
        print(err)
