# family: ordinary, blind round 63 (undo/redo stack using the command pattern with ABC)
from abc import ABC, abstractmethod


class Command(ABC):
    @abstractmethod
    def do(self, doc): ...

    @abstractmethod
    def undo(self, doc): ...


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, ""

    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Document:
    def __init__(self, text=""):
        self.text = text
        self._undo, self._redo = [], []

    def execute(self, command):
        command.do(self)
        self._undo.append(command)
        self._redo.clear()

    def undo(self):
        if not self._undo:
            raise IndexError("nothing to undo")
        command = self._undo.pop()
        command.undo(self)
        self._redo.append(command)

    def redo(self):
        if not self._redo:
            raise IndexError("nothing to redo")
        command = self._redo.pop()
        command.do(self)
        self._undo.append(command)


if __name__ == "__main__":
    doc = Document("Hello world")
    doc.execute(Insert(5, ","))
    doc.execute(Delete(7, 5))
    doc.execute(Insert(7, "there!"))
    print(doc.text, doc._undo)
    doc.undo(); doc.undo()
    print(doc.text)
    doc.redo()
    print(doc.text)
    try:
        Command()
    except TypeError as exc:
        print("abstract:", exc)
