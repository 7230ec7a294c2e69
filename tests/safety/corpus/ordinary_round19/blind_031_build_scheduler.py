"""Order build tasks by dependency and group them into parallel stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Iterable


@dataclass(frozen=True)
class Task:
    name: str
    deps: frozenset[str] = field(default_factory=frozenset)
    minutes: int = 1

    @classmethod
    def parse(cls, line: str) -> "Task":
        """Parse 'name(minutes): dep1, dep2'."""
        head, _, tail = line.partition(":")
        name, _, mins = head.strip().partition("(")
        deps = frozenset(d.strip() for d in tail.split(",") if d.strip())
        return cls(name.strip(), deps, int(mins.rstrip(")") or 1))


class BuildPlan:
    def __init__(self, tasks: Iterable[Task]) -> None:
        self.tasks = {t.name: t for t in tasks}
        missing = {d for t in self.tasks.values() for d in t.deps} - self.tasks.keys()
        if missing:
            raise KeyError(f"unknown dependencies: {sorted(missing)}")

    def _sorter(self) -> TopologicalSorter:
        return TopologicalSorter({name: t.deps for name, t in self.tasks.items()})

    def order(self) -> list[str]:
        return list(self._sorter().static_order())

    def stages(self) -> list[list[str]]:
        ts = self._sorter()
        ts.prepare()
        stages = []
        while ts.is_active():
            ready = sorted(ts.get_ready())
            stages.append(ready)
            ts.done(*ready)
        return stages

    def critical_time(self) -> int:
        finish: dict[str, int] = {}
        for name in self.order():
            t = self.tasks[name]
            finish[name] = t.minutes + max((finish[d] for d in t.deps), default=0)
        return max(finish.values(), default=0)


def plan(lines: list[str]) -> dict[str, object]:
    try:
        bp = BuildPlan(Task.parse(l) for l in lines)
        return {"stages": bp.stages(), "minutes": bp.critical_time()}
    except CycleError as exc:
        return {"error": f"cycle: {exc.args[1]}"}


if __name__ == "__main__":
    print(plan(["fetch(2):", "compile(5): fetch", "assets(3): fetch", "test(4): compile", "package(1): test, assets"]))
    print(plan(["a: b", "b: a"]))
