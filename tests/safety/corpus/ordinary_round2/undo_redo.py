# ordinary: text editor buffer with undo/redo via the command pattern and a Protocol for commands
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Protocol


class Command(Protocol):
    def do(self, doc: Document) -> None: ...
    def undo(self, doc: Document) -> None: ...


@dataclass
class Document:
    text: str = ""


@dataclass
class Insert:
    pos: int
    content: str

    def do(self, doc: Document) -> None:
        doc.text = doc.text[:self.pos] + self.content + doc.text[self.pos:]

    def undo(self, doc: Document) -> None:
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.content):]


@dataclass
class Delete:
    start: int
    end: int
    removed: str = ""

    def do(self, doc: Document) -> None:
        self.removed = doc.text[self.start:self.end]
        doc.text = doc.text[:self.start] + doc.text[self.end:]

    def undo(self, doc: Document) -> None:
        doc.text = doc.text[:self.start] + self.removed + doc.text[self.start:]


@dataclass
class Editor:
    doc: Document = field(default_factory=Document)
    _undo: List[Command] = field(default_factory=list, repr=False)
    _redo: List[Command] = field(default_factory=list, repr=False)

    def run(self, cmd: Command) -> Editor:
        cmd.do(self.doc)
        self._undo.append(cmd)
        self._redo.clear()
        return self

    def undo(self) -> bool:
        if not self._undo:
            return False
        cmd = self._undo.pop()
        cmd.undo(self.doc)
        self._redo.append(cmd)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        cmd = self._redo.pop()
        cmd.do(self.doc)
        self._undo.append(cmd)
        return True


if __name__ == "__main__":
    ed = Editor()
    ed.run(Insert(0, "Hello world")).run(Insert(5, ",")).run(Delete(6, 12))
    print(repr(ed.doc.text))
    ed.undo(); print(repr(ed.doc.text))
    ed.undo(); print(repr(ed.doc.text))
    ed.redo(); print(repr(ed.doc.text), ed)
