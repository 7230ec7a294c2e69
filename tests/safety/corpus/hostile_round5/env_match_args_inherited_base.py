# family: env
# Escape: the tuple-unpacked __match_args__ sits on a base class; the pattern uses the subclass, and the
# positional capture reads catch_warnings._module (the warnings module) -> sys -> os.environ.
import warnings


class Base(warnings.catch_warnings):
    __match_args__, tag = ("_module",), "b"


class Muted(Base):
    pass


def setting(key: str) -> str:
    """Read a setting."""
    match Muted():
        case Muted(mod):
            return mod.sys.modules["os"].environ.get(key, "")
    return ""
