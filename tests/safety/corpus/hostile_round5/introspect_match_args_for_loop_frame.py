# family: introspect
# Escape: __match_args__ bound in the class body by a for loop form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (frame).
import warnings


class Quiet(warnings.catch_warnings):
    for __match_args__ in [("_module",)]:
        pass


def caller_globals() -> list:
    """List names known to the caller."""
    match Quiet():
        case Quiet(m):
            return sorted(m.sys._getframe(1).f_globals)
    return []
