# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""In-memory document editor with undo/redo via deepcopy snapshots."""
import copy
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

@dataclass
class Document:
    title: str
    lines: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


class EditError(RuntimeError):
    """Raised for invalid edits."""


@dataclass
class Editor:
    doc: Document
    _undo: list[Document] = field(default_factory=list, repr=False)
    _redo: list[Document] = field(default_factory=list, repr=False)
    max_history: int = 20

    def _snapshot(self) -> None:
        self._undo.append(copy.deepcopy(self.doc))
        del self._undo[:-self.max_history]
        self._redo.clear()

    def insert(self, index: int, text: str) -> None:
        self._snapshot()
        self.doc.lines.insert(index, text)

    def delete(self, index: int) -> str:
        if not 0 <= index < len(self.doc.lines):
            raise EditError(f"no line {index}")
        self._snapshot()
        return self.doc.lines.pop(index)

    def undo(self) -> bool:
        if not self._undo: return False
        self._redo.append(self.doc)
        self.doc = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo: return False
        self._undo.append(self.doc)
        self.doc = self._redo.pop()
        return True

    @contextmanager
    def transaction(self) -> Iterator[Document]:
        saved = copy.deepcopy(self.doc)
        try:
            yield self.doc
        except Exception:
            self.doc = saved
            raise
        else:
            self._undo.append(saved)
            self._redo.clear()


if __name__ == "__main__":
    ed = Editor(Document("notes"))
    ed.insert(0, "hello"); ed.insert(1, "world")
    ed.delete(0)
    print(ed.doc.lines, ed.undo(), ed.doc.lines, ed.redo(), ed.doc.lines)
    with ed.transaction() as d:
        d.lines.extend(["a", "b"])
        d.meta["author"] = "me"
    try:
        with ed.transaction() as d:
            d.lines.clear()
            raise EditError("abort")
    except EditError as err:
        print("rolled back:", err)
    print(ed.doc, ed.undo(), ed.doc, sep="\n")
