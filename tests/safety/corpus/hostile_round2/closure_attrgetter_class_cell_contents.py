# family: lambda defaults and closure tricks
# escape: type(operator.attrgetter(...)) is the attrgetter class itself; calling it with a name built at run time
# ("__" + w + "__") reads __closure__ and then cell_contents, so the checker's constant-name rule never sees them.
import operator

def make(secret):
    return lambda: secret

def tool(value: str = "closure"):
    getter = type(operator.attrgetter("real"))
    cells = getter("__" + value + "__")(make("hidden"))
    return getter("cell_contents")(cells[0])
