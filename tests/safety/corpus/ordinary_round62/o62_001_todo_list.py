# family: ordinary, blind round 62 (todo list with priorities and registry)
from dataclasses import dataclass, field
from operator import attrgetter

PRIORITY_NAMES = {1: "high", 2: "medium", 3: "low"}
TODOS = []
_next_id = 0


@dataclass
class Todo:
    title: str
    priority: int = 2
    tags: list = field(default_factory=list)
    done: bool = False
    id: int = 0

    def __str__(self):
        mark = "x" if self.done else " "
        return "[%s] #%d %-20s (%s) %s" % (mark, self.id, self.title,
                                          PRIORITY_NAMES.get(self.priority, "?"),
                                          ",".join(self.tags))


def add_todo(title, priority=2, *tags):
    global _next_id
    _next_id += 1
    t = Todo(title, priority, list(tags), id=_next_id)
    TODOS.append(t)
    return t


def complete(todo_id):
    for t in TODOS:
        if t.id == todo_id:
            t.done = True
            return t
    raise KeyError(f"no todo with id {todo_id!r}")


def pending(tag=None):
    items = [t for t in TODOS if not t.done and (tag is None or tag in t.tags)]
    return sorted(items, key=attrgetter("priority", "title"))


if __name__ == "__main__":
    add_todo("buy milk", 3, "home")
    add_todo("file taxes", 1, "money", "urgent")
    add_todo("call mom", 2, "home")
    add_todo("fix bike", 2)
    complete(3)
    for t in pending():
        print(t)
    print("home only:", [t.title for t in pending("home")])
    try:
        complete(99)
    except KeyError as e:
        print("error:", e)
