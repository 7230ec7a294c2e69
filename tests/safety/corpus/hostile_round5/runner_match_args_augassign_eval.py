# family: runner
# Escape: __match_args__ bound in the class body by a augassign form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (eval).
import warnings


class Quiet(warnings.catch_warnings):
    __match_args__ = ()
    __match_args__ += ("_module",)


def calc(expr: str) -> str:
    """Evaluate an arithmetic expression."""
    match Quiet():
        case Quiet(m):
            return str(m.sys.modules["builtins"].eval(expr))
    return ""
