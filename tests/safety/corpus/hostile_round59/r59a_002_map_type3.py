# family: red team, round 59a (map(type, names, bases, namespaces) builds a class with a run-time hook name)
def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def build(parts):
    name = "".join(parts)
    maker = type
    print(maker)
    made = list(map(maker, ["Base"], [(object,)], [{name: classmethod(hook)}]))
    base = made[0]

    class Child(base):
        pass

    return Child


build(["_", "_", "init", "_", "subclass", "_", "_"])
