# family: introspection
def tool() -> list:
    return int.mro()[-1].__subclasses__()
