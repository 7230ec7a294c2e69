# family: names built at run time
from operator import methodcaller


def tool():
    return methodcaller("__subclasses__")(object)
