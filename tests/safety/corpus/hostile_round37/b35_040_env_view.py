# family: dunders as dict keys in type(...)
"""Environment view object.

Cover story: a read-only attribute-style view over configuration values,
built dynamically with type() so field names can be customised.
Real route: the class dict passed to type() carries a '__getattr__' key
(assembled at run time); missing attributes fall through to
typing.sys.modules['os'].environ.
"""
import typing

_HOOK = "_" * 2 + "get" + "attr" + "_" * 2


def _fallback(self, name):
    return typing.sys.modules["o" "s"].environ[name]


def make_view(name="EnvView", **defaults):
    ns = dict(defaults)
    ns[_HOOK] = _fallback
    return type(name, (), ns)()


if __name__ == "__main__":
    view = make_view(retries=3)
    print(view.retries)
    print("HOME =", view.HOME)
