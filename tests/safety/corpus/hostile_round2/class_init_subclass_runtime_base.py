# family: class
# Escape: the base class of the class statement is made at run time by type(KeyError)(...) with an
# __init_subclass__ hook (name via str.lower), so the plain-looking "class Plugin(Base)" runs tool code implicitly.
LOG: list = []


def tool(hook) -> list:
    Base = type(KeyError)("Base", (), {str.lower("__INIT_SUBCLASS__"): classmethod(hook)})

    class Plugin(Base):
        pass

    return LOG
