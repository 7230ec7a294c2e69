# family: red team, round 65b (walrus inside a comprehension rebinds the function-local key after a constant loop)
import uuid


def grab(s):
    for key in ("uuid4",):
        pass
    [(key := s) for _ in (1,)]
    return getattr(uuid, key)


print(grab("os"))
