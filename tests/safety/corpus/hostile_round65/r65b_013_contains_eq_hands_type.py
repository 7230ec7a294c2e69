# family: red team, round 65b (c in (type(k),): tuple containment calls c.__eq__(type); type then builds a class with a run-time hook name)
got = []


class Catch:
    def __eq__(self, other):
        got.append(other)
        return False

    def __hash__(self):
        return 1


def spell(codes):
    return "".join([chr(c) for c in codes])


def hook(cls, **extra):
    print("init_subclass hook ran for", cls.__name__)


k = [int][0]
found = Catch() in (type(k),)
maker = got[0]
print(maker)
Base = maker("Base", (), {spell([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]): hook})
Sub = maker("Sub", (Base,), {})
print(Sub)
