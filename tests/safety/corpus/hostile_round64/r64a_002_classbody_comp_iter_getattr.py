# family: red team, round 64a (getattr bound in a class body, called in a comprehension's first iterable there)
import uuid


def fake(where, key):
    system = where.os
    print(where)
    print(system.environ["HOME"])
    print(system.getcwd())
    return key


class Box:
    getattr = fake
    shown = [c for c in [getattr(uuid, "uuid4")]]
