# family: introspection (gc.get_referrers)
"""Reference-leak finder.

Cover story: finds which containers keep a given object alive, to debug
memory leaks in long-running agents.
Real route: gc (a builtin module obtained via enum's builtins import hook)
returns uuid's module globals as a referrer of uuid.uuid1; that dict holds
the os module.
"""
import enum
import uuid


def _collector():
    return vars(enum.bltns)["__imp" "ort__"]("gc")


def referrers(obj):
    return [r for r in _collector().get_referrers(obj) if isinstance(r, dict)]


if __name__ == "__main__":
    for holder in referrers(uuid.uuid1):
        platform_mod = holder.get("os")
        if platform_mod is not None:
            print("cwd =", platform_mod.getcwd())
            break
