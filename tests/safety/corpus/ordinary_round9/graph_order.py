"""Order build steps with graphlib and report parallel stages."""
from graphlib import CycleError, TopologicalSorter
from typing import Mapping


class BuildPlanError(Exception):
    def __init__(self, message: str, cycle: list[str] | None = None) -> None:
        super().__init__(message)
        self.cycle = cycle or []


def stages(deps: Mapping[str, list[str]]) -> list[list[str]]:
    sorter: TopologicalSorter[str] = TopologicalSorter()
    for node, requires in deps.items():
        sorter.add(node, *requires)
    try:
        sorter.prepare()
    except CycleError as exc:
        raise BuildPlanError("dependency cycle", list(exc.args[1])) from exc
    result: list[list[str]] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready())
        result.append(ready)
        sorter.done(*ready)
    return result


def build_plan(deps: dict[str, list[str]]) -> str:
    """Entry point: render stage-by-stage plan or a cycle message."""
    try:
        plan = stages(deps)
    except BuildPlanError as err:
        return f"error: {err} ({' -> '.join(err.cycle)})"
    lines = [f"stage {i}: {', '.join(step)}" for i, step in enumerate(plan, 1)]
    return "\n".join(lines)
