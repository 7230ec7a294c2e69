# family: typedict
# Escape: type.__call__ is a readable "protocol" dunder; calling it with three arguments is exactly
# type(name, bases, ns), so a class with a __getattr__ hook is created at run time from a dict.
def _fallback(self, name):
    return "default:" + name


def make_record_class(label: str):
    cls = type.__call__(type, label, (), {"__getattr__": _fallback})
    return cls()
