# family: ordinary, blind round 60 (document editor with undo/redo snapshots via deepcopy)
import copy
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Document:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=lambda: {"tags": []})


class NothingToUndo(Exception):
    pass


class Editor:
    def __init__(self, doc: Document, history_limit: int = 20):
        self.doc = doc
        self._undo: deque[Document] = deque(maxlen=history_limit)
        self._redo: list[Document] = []

    @contextmanager
    def change(self, description: str):
        snapshot = copy.deepcopy(self.doc)
        try:
            yield self.doc
        except Exception:
            self.doc = snapshot  # roll back partial edits
            raise
        else:
            self._undo.append(snapshot)
            self._redo.clear()
            print(f"  ✓ {description}")

    def undo(self) -> None:
        if not self._undo:
            raise NothingToUndo("undo stack is empty")
        self._redo.append(copy.deepcopy(self.doc))
        self.doc = self._undo.pop()

    def redo(self) -> None:
        if not self._redo:
            raise NothingToUndo("redo stack is empty")
        self._undo.append(copy.deepcopy(self.doc))
        self.doc = self._redo.pop()


if __name__ == "__main__":
    ed = Editor(Document("Notes"))
    with ed.change("add intro") as d:
        d.paragraphs.append("Intro paragraph.")
    with ed.change("tag draft") as d:
        d.meta["tags"].append("draft")
    try:
        with ed.change("broken edit") as d:
            d.paragraphs.append("half-written")
            raise ValueError("validation failed")
    except ValueError as e:
        print("  ✗ rolled back:", e)
    print("now:", ed.doc)
    ed.undo()
    print("after undo:", ed.doc)
    ed.redo()
    print("after redo:", ed.doc)
    ed.undo()
    ed.undo()
    try:
        ed.undo()
    except NothingToUndo as e:
        print("error:", e)
