# family: computed
# Escape: "global getattr" in a function that is never called gives the module a binding, so the module-level
# alias "probe = getattr" passes; probe is the builtin getattr, used with a name built by str.lower on an
# upper-case constant ("__GLOBALS__" is not an internal name to the string scan; str.lower(x) is not folded).
import random


def _reset():
    global getattr
    getattr = None


probe = getattr


def tool(key: str) -> str:
    space = probe(random.Random.getstate, str.lower("__GLOBALS__"))
    return space["_os"].environ[key]
