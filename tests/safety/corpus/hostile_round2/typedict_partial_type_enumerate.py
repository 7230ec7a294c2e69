# family: typedict
# Escape: type(enumerate) is type (enumerate is not on the checker's list of builtin classes); a partial of it
# with name and bases becomes a one-argument class factory whose namespace carries a __del__ hook.
import functools


def tool(hook) -> str:
    factory = functools.partial(type(enumerate), "Finalized", ())
    Finalized = factory(dict.fromkeys(["del".center(7, "_")], hook))
    return repr(Finalized())
