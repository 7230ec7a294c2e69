# family: red team, round 65b (getattr(uuid, "os" + suffix) with a public constant prefix)
import uuid


def grab(suffix):
    return getattr(uuid, "os" + suffix)


print(grab(""))
