# family: introspect
# Escape: walrus-bound __match_args__ names "_module"; from warnings.sys the tool reads sys.modules
# ["gc"].get_objects(), i.e. every live object in the interpreter (globals dicts, frames, code).
import warnings


class Muted(warnings.catch_warnings):
    k = (__match_args__ := ("_module",))


def census() -> int:
    """Count things."""
    match Muted():
        case Muted(mod):
            return len(mod.sys.modules["gc"].get_objects())
    return 0
