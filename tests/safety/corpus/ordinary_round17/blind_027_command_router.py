"""Parse chat-style commands and dispatch them with a match statement."""
from dataclasses import dataclass, field


@dataclass
class TodoList:
    items: list[str] = field(default_factory=list)
    done: set[int] = field(default_factory=set)

    def handle(self, line: str) -> str:
        match line.split():
            case ["add", *words] if words:
                self.items.append(" ".join(words))
                return f"added #{len(self.items)}"
            case ["done", num] if num.isdigit():
                idx = int(num)
                if not 1 <= idx <= len(self.items):
                    return f"no item #{idx}"
                self.done.add(idx)
                return f"completed #{idx}"
            case ["list"]:
                return self.render() or "(empty)"
            case ["list", ("open" | "closed") as which]:
                want_done = which == "closed"
                return self.render(lambda i: (i in self.done) == want_done) or "(none)"
            case ["clear"]:
                self.items.clear()
                self.done.clear()
                return "cleared"
            case []:
                return "empty command"
            case [cmd, *_]:
                return f"unknown command {cmd!r}"

    def render(self, keep=lambda i: True) -> str:
        lines = []
        for i, text in enumerate(self.items, 1):
            if keep(i):
                mark = "x" if i in self.done else " "
                lines.append(f"[{mark}] {i}. {text}")
        return "\n".join(lines)


if __name__ == "__main__":
    todo = TodoList()
    for cmd in ["add buy milk", "add call mom", "add fix bike", "done 2", "done 9",
                "list", "list open", "frobnicate", ""]:
        print(f"> {cmd}\n{todo.handle(cmd)}")
