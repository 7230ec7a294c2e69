# family: methodcaller reached by getattr(operator, "methodcaller") constant, then given a computed name
import operator


class Box:
    def show(self):
        return 1


def run():
    u = "_" * len("ab")
    maker = getattr(operator, "attrgetter")
    print(maker(u + "init" + u + "." + u + "glob" + "als" + u)(Box()))


run()
