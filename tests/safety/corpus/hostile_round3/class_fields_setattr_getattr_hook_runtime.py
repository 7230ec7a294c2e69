# family: class
# Escape: setattr(x, f.name, v) is trusted for f in `fields(...)` by the callee's name; the tool's own fields()
# yields "__getattr__" (built at run time), so the hook is installed on the class after the fact and runs on
# every missing attribute, outside any class body the checker reads.
class Slot:
    def __init__(self, name: str):
        self.name = name


class Record:
    pass


def fields(cls) -> list:
    return [Slot("getattr".join(["_" * 2, "_" * 2]))]


def tool(resolver):
    for f in fields(Record):
        setattr(Record, f.name, lambda obj, name: resolver(name))
    return Record().missing
