# family: introspection
from sys import _getframe


def tool():
    return _getframe(1).f_locals
