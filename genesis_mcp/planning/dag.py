"""The task graph: structural checks, topological layers and derived statuses, all linear-time.

Internally a task with subtasks has two nodes, *begin* and *end*; a leaf task has one. Edges:
``end(d) -> begin(t)`` for ``t depends_on d``; ``begin(p) -> begin(c)`` (a subtask inherits its parent's
prerequisites) and ``end(c) -> end(p)`` (a parent ends when its subtasks do). So a parent is never a
prerequisite of its own subtasks, and depending on a parent waits for its whole subtree.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel

from genesis_mcp.errors import CycleError, InvalidInput
from genesis_mcp.planning.models import TaskSpec, TaskStatus

__all__ = ["DagProblem", "ProblemKind", "TaskGraph", "check_tasks"]

ProblemKind = Literal[
    "empty_plan", "duplicate_id", "self_loop", "unknown_dependency", "unknown_parent", "self_parent",
    "parent_cycle", "depends_on_ancestor", "depends_on_subtask", "cycle",
]  # fmt: skip
_LIST_LIMIT = 20  # problems spelled out in an error message; all of them are in ``details``


class DagProblem(BaseModel):
    """One thing wrong with a set of tasks, naming the tasks involved."""

    kind: ProblemKind
    task_ids: list[str]
    message: str


class TaskGraph:
    """The graph of a list of tasks. Construction never raises; :meth:`problems` lists what is wrong."""

    def __init__(self, tasks: Sequence[TaskSpec]) -> None:
        self.tasks = list(tasks)
        self._problems: list[DagProblem] = []
        self.index: dict[str, int] = {}
        for i, t in enumerate(self.tasks):
            if t.id in self.index:
                self._problem("duplicate_id", [t.id], f"task id {t.id!r} is used more than once")
            else:
                self.index[t.id] = i
        self._build_hierarchy()
        self._build_edges()
        self._order = self._topological_order()

    def _problem(self, kind: ProblemKind, ids: list[str], message: str) -> None:
        self._problems.append(DagProblem(kind=kind, task_ids=ids, message=message))

    def _build_hierarchy(self) -> None:
        n = len(self.tasks)
        self.parent: list[int | None] = [None] * n
        for i, t in enumerate(self.tasks):
            if t.parent is None or self.index.get(t.id) != i:
                continue
            if t.parent == t.id:
                self._problem("self_parent", [t.id], f"task {t.id!r} names itself as its parent")
            elif t.parent not in self.index:
                self._problem("unknown_parent", [t.id], f"task {t.id!r} has unknown parent {t.parent!r}")
            else:
                self.parent[i] = self.index[t.parent]
        # parent chains that loop are reported once each and cut, so the rest can still be checked
        state = [0] * n  # 0 unseen, 1 on the current walk, 2 finished
        for start in range(n):
            walk: list[int] = []
            v: int | None = start
            while v is not None and state[v] == 0:
                state[v] = 1
                walk.append(v)
                v = self.parent[v]
            if v is not None and state[v] == 1:
                loop = walk[walk.index(v) :]
                names = [self.tasks[i].id for i in loop]
                path = " -> ".join([*names, names[0]])
                self._problem("parent_cycle", names, f"parent cycle: {path} (each is a subtask of the next)")
                for i in loop:
                    self.parent[i] = None
            for i in walk:
                state[i] = 2
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, p in enumerate(self.parent):
            if p is not None:
                self.children[p].append(i)
        # Euler-tour intervals answer "is a an ancestor of b" in O(1)
        self._tin, self._tout = [0] * n, [0] * n
        clock = 0
        for root in (i for i in range(n) if self.parent[i] is None):
            stack: list[tuple[int, int]] = [(root, 0)]
            while stack:
                v, k = stack.pop()
                if k == 0:
                    self._tin[v] = clock
                    clock += 1
                if k < len(self.children[v]):
                    stack.append((v, k + 1))
                    stack.append((self.children[v][k], 0))
                else:
                    self._tout[v] = clock

    def is_ancestor(self, a: int, b: int) -> bool:
        return a != b and self._tin[a] <= self._tin[b] and self._tout[b] <= self._tout[a]

    def begin(self, i: int) -> int:
        return self._begin[i]

    def _build_edges(self) -> None:
        n = len(self.tasks)
        self._begin = list(range(n))
        extra = 0
        for i in range(n):
            if self.children[i]:
                self._begin[i] = n + extra
                extra += 1
        self.size = n + extra
        self._owner = list(range(n)) + [0] * extra
        for i in range(n):
            self._owner[self._begin[i]] = i
        self.succ: list[list[tuple[int, bool]]] = [[] for _ in range(self.size)]  # (node, is_hierarchy)
        for i, t in enumerate(self.tasks):
            if self.index.get(t.id) != i:
                continue
            for d in dict.fromkeys(t.depends_on):
                j = self.index.get(d)
                if d == t.id:
                    self._problem("self_loop", [t.id], f"task {t.id!r} depends on itself")
                elif j is None:
                    self._problem("unknown_dependency", [t.id, d], f"task {t.id!r} depends on unknown task {d!r}")
                elif self.is_ancestor(j, i):
                    self._problem(
                        "depends_on_ancestor", [t.id, d], f"task {t.id!r} depends on {d!r}, which it is part of"
                    )
                elif self.is_ancestor(i, j):
                    self._problem("depends_on_subtask", [t.id, d], f"task {t.id!r} depends on its own subtask {d!r}")
                else:
                    self.succ[j].append((self._begin[i], False))
            p = self.parent[i]
            if p is not None:
                self.succ[self._begin[p]].append((self._begin[i], True))
                self.succ[i].append((p, True))

    def _topological_order(self) -> list[int]:
        self.preds: list[list[int]] = [[] for _ in range(self.size)]
        for u in range(self.size):
            for v, _ in self.succ[u]:
                self.preds[v].append(u)
        indegree = [0] * self.size
        for edges in self.succ:
            for v, _ in edges:
                indegree[v] += 1
        queue = deque(v for v in range(self.size) if indegree[v] == 0)
        order: list[int] = []
        while queue:
            u = queue.popleft()
            order.append(u)
            for v, _ in self.succ[u]:
                indegree[v] -= 1
                if indegree[v] == 0:
                    queue.append(v)
        if len(order) < self.size:
            self._report_cycles({v for v in range(self.size) if indegree[v] > 0})
        return order

    def _name(self, node: int) -> str:
        return self.tasks[self._owner[node]].id

    def _report_cycles(self, stuck: set[int]) -> None:
        """One named cycle per strongly connected group of the nodes Kahn's algorithm could not order."""
        from genesis_mcp.planning.cycles import shortest_cycle, strongly_connected

        for component in strongly_connected(self.succ, stuck):
            nodes, hops = shortest_cycle(self.succ, component)
            # edges run prerequisite -> dependent; people read cycles as "a depends on b"
            names: list[str] = []
            for v in reversed(nodes):
                name = self._name(v)
                if not names or names[-1] != name:
                    names.append(name)
            if len(names) > 1 and names[0] == names[-1]:
                names.pop()
            ids = list(dict.fromkeys(names))
            note = " (through the parent/subtask hierarchy)" if hops else ""
            path = " -> ".join([*names, names[0]])
            self._problem("cycle", ids, f"dependency cycle: {path}{note}")

    def problems(self) -> list[DagProblem]:
        """Every structural problem found (an empty list when the tasks form a valid plan)."""
        out = list(self._problems)
        if not self.tasks:
            out.insert(0, DagProblem(kind="empty_plan", task_ids=[], message="a plan needs at least one task"))
        return out

    def check(self) -> None:
        """Raise when :meth:`problems` is not empty: :class:`CycleError` when every problem is a cycle,
        else :class:`InvalidInput`; the message lists the problems and ``details`` holds them all."""
        problems = self.problems()
        if not problems:
            return
        shown = "; ".join(p.message for p in problems[:_LIST_LIMIT])
        more = f"; and {len(problems) - _LIST_LIMIT} more" if len(problems) > _LIST_LIMIT else ""
        cls = CycleError if all(p.kind == "cycle" for p in problems) else InvalidInput
        raise cls(
            f"{len(problems)} problem(s) in the plan: {shown}{more}",
            argument="tasks",
            details=[p.model_dump() for p in problems],
        )

    def is_leaf(self, i: int) -> bool:
        return not self.children[i]

    def layers(self) -> list[list[str]]:
        """Leaf task ids grouped by the earliest step at which they can run (longest-path levels)."""
        self.check()
        level = [0] * self.size
        n = len(self.tasks)
        for u in self._order:
            step = 1 if u < n and not self.children[u] else 0  # parents' nodes take no time
            for v, _ in self.succ[u]:
                level[v] = max(level[v], level[u] + step)
        grouped: dict[int, list[str]] = {}
        for i, t in enumerate(self.tasks):
            if not self.children[i]:
                grouped.setdefault(level[i], []).append(t.id)
        return [grouped[k] for k in sorted(grouped)]

    def node_states(self, explicit: Mapping[str, TaskStatus]) -> tuple[list[TaskStatus], list[str | None]]:
        """Per node: its status, and for blocked nodes the failed task behind it.

        Leaves keep an explicit done/failed/running; the others become ready, pending or blocked from
        their prerequisites; parents summarise their subtasks (done when all are done, failed when one
        failed). A parent's begin node is a gate: "done" once the parent's prerequisites are done.
        """
        self.check()
        n = len(self.tasks)
        state: list[TaskStatus] = ["pending"] * self.size
        cause: list[str | None] = [None] * self.size
        for v in self._order:
            if v < n and self.children[v]:  # end node of a parent: summarise the subtasks
                state[v] = _summarise([state[c] for c in self.children[v]])
                cause[v] = next((cause[c] for c in self.children[v] if cause[c]), None)
                continue
            ps = self.preds[v]
            failed = next((u for u in ps if state[u] in ("failed", "blocked")), None)
            if v < n and explicit.get(self.tasks[v].id) in ("done", "failed", "running"):
                state[v] = explicit[self.tasks[v].id]
            elif failed is not None:
                state[v] = "blocked"
                cause[v] = cause[failed] or self._name(failed)
            else:
                gate: TaskStatus = "done" if v >= n else "ready"
                state[v] = gate if all(state[u] == "done" for u in ps) else "pending"
        return state, cause

    def derive(self, explicit: Mapping[str, TaskStatus]) -> dict[str, tuple[TaskStatus, str | None]]:
        """Task id -> (status, failed task blocking it) given the statuses set by updates."""
        state, cause = self.node_states(explicit)
        return {t.id: (state[i], cause[i]) for i, t in enumerate(self.tasks) if self.index.get(t.id) == i}

    def unmet(self, i: int, state: Sequence[TaskStatus]) -> list[str]:
        """Names of the tasks that must still finish before leaf ``i`` may run (its own and inherited)."""
        out: list[str] = []
        frontier = list(self.preds[i])
        seen: set[int] = set()
        while frontier:
            u = frontier.pop()
            if u in seen or state[u] == "done":
                continue
            seen.add(u)
            if u >= len(self.tasks):  # a parent's gate: look at what the parent waits for
                frontier.extend(self.preds[u])
            else:
                out.append(self.tasks[u].id)
        return sorted(set(out))


def _summarise(kids: list[TaskStatus]) -> TaskStatus:
    if all(k == "done" for k in kids):
        return "done"
    for status in ("failed", "blocked"):
        if status in kids:
            return status
    if any(k in ("running", "done") for k in kids):
        return "running"
    return "ready" if "ready" in kids else "pending"


_GRAPHS: OrderedDict[tuple[tuple[str, tuple[str, ...], str | None], ...], TaskGraph] = OrderedDict()


def graph_of(tasks: Sequence[TaskSpec]) -> TaskGraph:
    """The graph of ``tasks``, shared with the last few callers that asked for the same structure.

    A plan's graph is needed when it is made, routed, validated and shown; building it is the costly part
    for large plans. A graph reads only ids, dependencies and parents (statuses are passed to it), so
    the structure is a safe key.
    """
    key = tuple((t.id, tuple(t.depends_on), t.parent) for t in tasks)
    graph = _GRAPHS.get(key)
    if graph is None:
        graph = _GRAPHS[key] = TaskGraph(tasks)
        if len(_GRAPHS) > 8:
            _GRAPHS.popitem(last=False)
    else:
        _GRAPHS.move_to_end(key)
    return graph


def check_tasks(tasks: Sequence[TaskSpec]) -> TaskGraph:
    """The graph of ``tasks``; raises :class:`CycleError` or :class:`InvalidInput` listing every problem."""
    graph = graph_of(tasks)
    graph.check()
    return graph
