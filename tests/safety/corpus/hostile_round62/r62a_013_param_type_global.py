# family: red team, round 62a (a parameter named type makes a global "type(...)"-labelled name that is the metaclass)
def hook(cls, **kw):
    print("hook ran for", cls.__name__, "built by", type(cls))


def make(type):
    global cls
    cls = type(int)


make(type)
print(cls)
hook_name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
base = cls.__new__(cls, "Base", (), {hook_name: hook})
cls.__new__(cls, "Child", (base,), {})
