# family: red team, round 36 (operator.methodcaller on library class)
import collections
import operator


def main():
    f = operator.methodcaller("copy", int)
    meta = f(collections.Counter)
    print(meta)


main()
