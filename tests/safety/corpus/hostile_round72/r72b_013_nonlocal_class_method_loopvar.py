# family: loop-over-identifiers key rebound by nonlocal in a method of a class nested in the function
class Box:
    def show(self):
        return 1


def look(obj):
    for key in ("show", "real"):
        class Hook:
            def fire(self):
                nonlocal key
                u = "_" * len("ab")
                key = u + "init" + u
        Hook().fire()
        return getattr(obj, key)
    return None


print(look(Box()))
