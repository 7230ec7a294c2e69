# family: global loop name rebound by a walrus in a comprehension of another function
class Box:
    pass


obj = Box()


def bump():
    global key
    return [(key := "__class__") for _ in (1,)]


for key in ("count", "total"):
    bump()
    print(getattr(obj, key))
    break
