# family: introspection
import inspect


def tool() -> list:
    return list(inspect.currentframe().f_back.f_globals)
