# family: red team, round 64a (walrus in a comprehension rebinds getattr in the module scope)
import uuid


def fake(where, key):
    system = where.os
    print(where)
    print(system.environ["HOME"])
    print(system.getcwd())
    return key


hold = [(getattr := fake) for _ in [1]]
getattr(uuid, "uuid4")
