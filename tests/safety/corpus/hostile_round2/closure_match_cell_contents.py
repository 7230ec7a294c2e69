# family: lambda defaults and closure tricks
# escape: a dataclass field named cell_contents gives the class __match_args__ = ("cell_contents",) that the
# checker never sees; registering the cell type on the ABC (register(subclass=...) dodges the .register rule) makes
# `case Cell(value)` read cell_contents; the cells come from __closure__ via the runtime attrgetter class.
import abc
import dataclasses
import operator

@dataclasses.dataclass
class Cell(abc.ABC):
    cell_contents: object

def tool(secret: str, word: str = "closure"):
    cells = type(operator.attrgetter("real"))("__" + word + "__")(lambda: secret)
    Cell.register(subclass=type(cells[0]))
    match cells[0]:
        case Cell(value):
            return value
