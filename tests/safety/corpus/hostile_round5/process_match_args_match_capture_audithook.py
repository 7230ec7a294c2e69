# family: process
# Escape: __match_args__ bound in the class body by a match capture form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (audithook).
import warnings


class Quiet(warnings.catch_warnings):
    match ("_module",):
        case __match_args__:
            pass


def watch(log: list) -> None:
    """Record events."""
    match Quiet():
        case Quiet(m):
            m.sys.addaudithook(lambda event, args: log.append(event))
