# family: red team, round 64b (a dotted value pattern compares the subject with collections.Counter: the subject's __eq__ gets the class)
import collections


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Subject:
    def __eq__(self, other):
        found.append(other.copy(int))
        return True


def main():
    match Subject():
        case collections.Counter:
            pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
