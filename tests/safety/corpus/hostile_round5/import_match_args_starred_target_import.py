# family: import
# Escape: __match_args__ bound in the class body by a starred target form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (import).
import warnings


class Quiet(warnings.catch_warnings):
    *_rest, __match_args__ = 1, ("_module",)


def load(name: str) -> str:
    """Describe a module."""
    match Quiet():
        case Quiet(m):
            mod = m.sys.modules["importlib"].import_module(name)
            return repr(mod)
    return ""
