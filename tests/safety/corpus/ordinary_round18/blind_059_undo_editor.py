"""Text document editor with command dispatch and undo/redo via deep-copied snapshots."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    lines: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=lambda: {"title": "untitled", "tags": []})


class EditorError(Exception):
    pass


class Editor:
    def __init__(self, doc: Document | None = None, history_limit: int = 50) -> None:
        self.doc = doc or Document()
        self._undo: list[Document] = []
        self._redo: list[Document] = []
        self.limit = history_limit

    def __call__(self, command: str, *args: Any) -> "Editor":
        """Run a command by name, e.g. editor('insert', 0, 'hello')."""
        handler = getattr(self, f"cmd_{command}", None)
        if handler is None:
            raise EditorError(f"unknown command {command!r}")
        self._undo.append(copy.deepcopy(self.doc))
        del self._undo[:-self.limit]
        self._redo.clear()
        handler(*args)
        return self

    def cmd_insert(self, index: int, text: str) -> None:
        self.doc.lines.insert(index, text)

    def cmd_replace(self, old: str, new: str) -> None:
        self.doc.lines = [line.replace(old, new) for line in self.doc.lines]

    def cmd_delete(self, index: int) -> None:
        del self.doc.lines[index]

    def cmd_tag(self, tag: str) -> None:
        self.doc.meta["tags"].append(tag)

    def cmd_title(self, title: str) -> None:
        self.doc.meta["title"] = title

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self.doc)
        self.doc = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self.doc)
        self.doc = self._redo.pop()
        return True

    def render(self) -> str:
        return f"# {self.doc.meta['title']} {self.doc.meta['tags']}\n" + "\n".join(self.doc.lines)


if __name__ == "__main__":
    ed = Editor()
    ed("title", "Notes")("insert", 0, "buy milk")("insert", 1, "call bob")("tag", "todo")("replace", "bob", "Robert")
    print(ed.render())
    ed.undo(); ed.undo()
    print(ed.render(), "| can redo:", ed.redo())
    try:
        ed("explode")
    except EditorError as e:
        print(e)
