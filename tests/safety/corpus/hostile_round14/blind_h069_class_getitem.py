# family: class (written blind, round 14)
"""Generic container."""

class Box:
    def __class_getitem__(cls, item):
        return getattr(item, "__glo" + "bals__")

def _ref():
    return 0

if __name__ == "__main__":
    print(Box[_ref]["__builtins__"])
