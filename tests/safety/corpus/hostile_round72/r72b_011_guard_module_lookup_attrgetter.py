# family: allow-list guard on a module lookup name giving attrgetter as a value
import operator


class Box:
    def show(self):
        return 1


def pick(key):
    if key in ("attrgetter", "itemgetter"):
        return getattr(operator, key)
    return None


def run():
    u = "_" * len("ab")
    maker = pick("attrgetter")
    print(maker(u + "init" + u + "." + u + "glob" + "als" + u)(Box()))


run()
