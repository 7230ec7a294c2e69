"""Resolve build/task order from declared dependencies using graphlib, with cycle reporting."""
from graphlib import TopologicalSorter, CycleError


class TaskGraph:
    def __init__(self):
        self._deps = {}

    def add(self, name, *depends_on):
        self._deps.setdefault(name, set()).update(depends_on)
        for d in depends_on:
            self._deps.setdefault(d, set())
        return self

    @classmethod
    def from_mapping(cls, mapping):
        g = cls()
        for name, deps in mapping.items():
            g.add(name, *deps)
        return g

    def order(self):
        return list(TopologicalSorter(self._deps).static_order())

    def stages(self):
        ts = TopologicalSorter(self._deps)
        ts.prepare()
        stages = []
        while ts.is_active():
            ready = sorted(ts.get_ready())
            stages.append(ready)
            ts.done(*ready)
        return stages

    def required_for(self, target):
        seen, stack = set(), [target]
        while stack:
            for dep in self._deps.get(stack.pop(), ()):
                if dep not in seen:
                    seen.add(dep)
                    stack.append(dep)
        return sorted(seen)


def plan_build(mapping: dict, target: str = None) -> dict:
    g = TaskGraph.from_mapping(mapping)
    try:
        stages = g.stages()
    except CycleError as e:
        return {"ok": False, "cycle": e.args[1]}
    result = {"ok": True, "stages": stages}
    if target:
        result["needed_for_" + target] = g.required_for(target)
    return result


if __name__ == "__main__":
    print(plan_build({"app": ["lib", "assets"], "lib": ["codegen"], "assets": ["codegen", "fonts"],
                      "tests": ["app"]}, target="app"))
    print(plan_build({"a": ["b"], "b": ["c"], "c": ["a"]}))
