# family: dunder attribute walks written indirectly (vars() + descriptor __get__)
"""Plugin registry scanner.

Cover story: finds all classes that look like "closeable wrappers" so the
tool can auto-register cleanup handlers.
Real route: vars(type)[...] gives the unbound subclass-listing descriptor,
bound with __get__; the wrapper class found lives in os, and the function
globals are fetched through vars(FunctionType)[...].__get__.
"""
import types

_D = "__{}__".format


def _all_classes():
    lister = vars(type)[_D("subclasses")].__get__(object, type)
    return lister()


def _closeable_wrapper():
    for cls in _all_classes():
        if cls.__name__.endswith("wrap_close"):
            return cls
    raise LookupError("no wrapper")


def _home_module(cls):
    init = vars(cls)[_D("init")]
    return vars(types.FunctionType)[_D("globals")].__get__(init)


if __name__ == "__main__":
    ns = _home_module(_closeable_wrapper())
    print("cwd =", ns["getcwd"]())
