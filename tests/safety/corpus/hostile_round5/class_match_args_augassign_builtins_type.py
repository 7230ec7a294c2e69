# family: class
# Escape: __match_args__ extended with += (unchecked), reaching builtins through warnings.sys; builtins.type
# with three arguments then creates a class with a __getattr__ hook at run time.
import warnings


class Muted(warnings.catch_warnings):
    __match_args__ = ()
    __match_args__ += ("_module",)


def make(name: str) -> object:
    """Build a record type."""
    match Muted():
        case Muted(mod):
            t = mod.sys.modules["builtins"].type
            return t(name, (), {"__getattr__": lambda self, k: k})()
    return None
