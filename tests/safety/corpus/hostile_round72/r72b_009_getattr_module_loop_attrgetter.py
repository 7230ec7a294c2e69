# family: attrgetter reached by getattr(operator, key) over a loop of identifiers, then given a computed name
import operator


def gen():
    yield 1


def run():
    u = "_" * len("ab")
    for key in ("attrgetter", "itemgetter"):
        maker = getattr(operator, key)
        print(maker("gi_fr" + "ame.f_glo" + "bals")(gen()))
        break


run()
