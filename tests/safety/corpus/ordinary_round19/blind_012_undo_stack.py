"""A text-editing buffer with command-pattern undo/redo."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class Buffer:
    def __init__(self, text: str = "") -> None:
        self.text = text


class Command(ABC):
    @abstractmethod
    def execute(self, buf: Buffer) -> None: ...

    @abstractmethod
    def undo(self, buf: Buffer) -> None: ...


@dataclass
class Insert(Command):
    position: int
    content: str

    def execute(self, buf: Buffer) -> None:
        buf.text = buf.text[: self.position] + self.content + buf.text[self.position :]

    def undo(self, buf: Buffer) -> None:
        buf.text = buf.text[: self.position] + buf.text[self.position + len(self.content) :]


@dataclass
class Delete(Command):
    start: int
    end: int
    _removed: str = field(default="", init=False, repr=False)

    def execute(self, buf: Buffer) -> None:
        self._removed = buf.text[self.start : self.end]
        buf.text = buf.text[: self.start] + buf.text[self.end :]

    def undo(self, buf: Buffer) -> None:
        buf.text = buf.text[: self.start] + self._removed + buf.text[self.start :]


class Editor:
    def __init__(self, text: str = "") -> None:
        self.buffer = Buffer(text)
        self._undo: list[Command] = []
        self._redo: list[Command] = []

    def do(self, cmd: Command) -> "Editor":
        cmd.execute(self.buffer)
        self._undo.append(cmd)
        self._redo.clear()
        return self

    def undo(self) -> bool:
        if not self._undo:
            return False
        cmd = self._undo.pop()
        cmd.undo(self.buffer)
        self._redo.append(cmd)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        cmd = self._redo.pop()
        cmd.execute(self.buffer)
        self._undo.append(cmd)
        return True


if __name__ == "__main__":
    ed = Editor("hello world").do(Insert(5, ",")).do(Delete(6, 12)).do(Insert(6, " there"))
    print(repr(ed.buffer.text))
    ed.undo(); ed.undo()
    print(repr(ed.buffer.text), ed.redo(), repr(ed.buffer.text))
