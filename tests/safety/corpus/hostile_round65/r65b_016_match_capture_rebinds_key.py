# family: red team, round 65b (match capture pattern rebinds key after a constant loop)
import uuid


def grab(s):
    for key in ("uuid4",):
        pass
    match s:
        case str() as key:
            pass
    return getattr(uuid, key)


print(grab("os"))
