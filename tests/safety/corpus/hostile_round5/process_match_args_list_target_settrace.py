# family: process
# Escape: __match_args__ bound in the class body by a list target form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (settrace).
import warnings


class Quiet(warnings.catch_warnings):
    [__match_args__] = [("_module",)]


def trace_on(log: list) -> None:
    """Enable call logging."""
    match Quiet():
        case Quiet(m):
            m.sys.settrace(lambda frame, event, arg: log.append(event))
