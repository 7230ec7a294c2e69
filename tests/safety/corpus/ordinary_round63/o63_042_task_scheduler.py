# family: ordinary, blind round 63 (build task scheduler using graphlib and dataclasses)
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter


class SchedulingError(Exception):
    pass


@dataclass
class Task:
    name: str
    duration: int
    deps: tuple = ()
    done: bool = field(default=False, compare=False)

    def __hash__(self):
        return hash(self.name)


class Pipeline:
    def __init__(self):
        self.tasks = {}

    def add(self, name, duration, *deps):
        self.tasks[name] = Task(name, duration, deps)
        return self

    def order(self):
        sorter = TopologicalSorter({n: t.deps for n, t in self.tasks.items()})
        try:
            return list(sorter.static_order())
        except CycleError as exc:
            raise SchedulingError(f"dependency cycle: {' -> '.join(exc.args[1])}") from exc

    def waves(self):
        sorter = TopologicalSorter({n: t.deps for n, t in self.tasks.items()})
        sorter.prepare()
        result = []
        while sorter.is_active():
            ready = sorted(sorter.get_ready())
            result.append(ready)
            sorter.done(*ready)
        return result

    def critical_path_length(self):
        finish = {}
        for name in self.order():
            task = self.tasks[name]
            finish[name] = task.duration + max((finish[d] for d in task.deps), default=0)
        return max(finish.values())


if __name__ == "__main__":
    p = (Pipeline()
         .add("fetch", 2)
         .add("lint", 1, "fetch")
         .add("compile", 5, "fetch")
         .add("test", 4, "compile")
         .add("docs", 3, "fetch")
         .add("package", 1, "test", "lint", "docs"))
    print(p.order())
    for i, wave in enumerate(p.waves(), 1):
        print(f"wave {i}: {wave}")
    print("critical path:", p.critical_path_length())
    p.add("fetch", 2, "package")
    try:
        p.order()
    except SchedulingError as exc:
        print("error:", exc)
