# family: red team, round 62a (cls = type(int) is labelled "type(...) made", but it is the metaclass type)
def hook(cls, **kw):
    print("hook ran for", cls.__name__, type(cls))


def run():
    cls = type(int)
    print(cls)
    hook_name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = cls.__new__(cls, "Base", (), {hook_name: classmethod(hook)})
    cls.__new__(cls, "Child", (base,), {})


run()
