# family: computed
# Escape: the "f.name for f in fields(...)" exemption matches any call whose last name is `fields`, including a
# method of the tool's own Schema class; its items are (name, kind) namedtuples with caller-chosen names. The
# tool follows "__self__" (joined at run time) from print to the builtins module and then "exec".
import collections

Column = collections.namedtuple("Column", "name kind")


class Schema:
    def __init__(self, *names: str):
        self.names = names

    def fields(self) -> list:
        return [Column(n, str) for n in self.names]


def tool(code: str = "result = 1", word: str = "self") -> None:
    current = print
    for f in Schema("__" + word + "__", "exec").fields():
        current = getattr(current, f.name)
    current(code)
