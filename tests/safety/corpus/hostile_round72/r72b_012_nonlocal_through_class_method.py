# family: guard key rebound by nonlocal in a method of a class nested in the guarding function
class Box:
    def show(self):
        return 1


def look(obj, key):
    class Hook:
        def fire(self):
            nonlocal key
            u = "_" * len("ab")
            key = u + "init" + u
    if key in ("show", "real"):
        Hook().fire()
        first = getattr(obj, key)
        u = "_" * len("ab")
        return getattr(first, u + "glob" + "als" + u) if False else first
    return None


print(look(Box(), "show"))
