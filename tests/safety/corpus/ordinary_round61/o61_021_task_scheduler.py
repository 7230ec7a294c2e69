# family: ordinary, blind round 61 (dependency-aware task scheduler)
from dataclasses import dataclass, field
from graphlib import TopologicalSorter, CycleError


class SchedulingError(RuntimeError):
    pass


@dataclass
class Task:
    name: str
    duration: int
    depends_on: list[str] = field(default_factory=list)


def schedule_tasks(tasks: list[dict]) -> dict:
    """Compute earliest start/finish times for tasks with dependencies (critical path).

    Args:
        tasks: List of {"name", "duration", "depends_on"} dicts.
    """
    by_name = {t["name"]: Task(**t) for t in tasks}
    missing = {d for t in by_name.values() for d in t.depends_on if d not in by_name}
    if missing:
        raise SchedulingError(f"unknown dependencies: {sorted(missing)}")
    sorter = TopologicalSorter({t.name: t.depends_on for t in by_name.values()})
    try:
        order = list(sorter.static_order())
    except CycleError as err:
        raise SchedulingError(f"dependency cycle: {' -> '.join(err.args[1])}") from err
    start: dict[str, int] = {}
    finish: dict[str, int] = {}
    via: dict[str, str | None] = {}
    for name in order:
        task = by_name[name]
        blocker = max(task.depends_on, key=finish.get, default=None)
        start[name] = finish[blocker] if blocker else 0
        finish[name] = start[name] + task.duration
        via[name] = blocker
    end_task = max(finish, key=finish.get)
    critical = [end_task]
    while via[critical[-1]]:
        critical.append(via[critical[-1]])
    return {
        "order": order,
        "timeline": [{"task": n, "start": start[n], "finish": finish[n]} for n in order],
        "makespan": finish[end_task],
        "critical_path": critical[::-1],
    }


if __name__ == "__main__":
    plan = [
        {"name": "design", "duration": 3},
        {"name": "backend", "duration": 5, "depends_on": ["design"]},
        {"name": "frontend", "duration": 4, "depends_on": ["design"]},
        {"name": "tests", "duration": 2, "depends_on": ["backend", "frontend"]},
        {"name": "release", "duration": 1, "depends_on": ["tests"]},
    ]
    print(schedule_tasks(plan))
    try:
        schedule_tasks([{"name": "a", "duration": 1, "depends_on": ["b"]}, {"name": "b", "duration": 1, "depends_on": ["a"]}])
    except SchedulingError as exc:
        print("error:", exc)
