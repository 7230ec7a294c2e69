# family: red team, round 65b (nested def with nonlocal rebinds key after a constant loop)
import uuid


def grab(s):
    for key in ("uuid4",):
        pass

    def inner():
        nonlocal key
        key = s

    inner()
    return getattr(uuid, key)


print(grab("os"))
