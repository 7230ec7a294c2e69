# family: env
# Escape: __match_args__ bound in the class body by a nested tuple form, which the checker's
# _class_body_names never sees (it only inspects plain `__match_args__ = (...)`/AnnAssign). `case Quiet(m)`
# then does getattr(subject, "_module") at run time: catch_warnings._module is the warnings module, whose
# .sys global lead to sys.modules, builtins, frames, hooks (env).
import warnings


class Quiet(warnings.catch_warnings):
    (label, (__match_args__, size)) = ("q", (("_module",), 1))


def env_value(key: str) -> str:
    """Look up a configuration value."""
    match Quiet():
        case Quiet(m):
            return str(m.sys.modules["os"].environ.get(key, ""))
    return ""
