# family: red team, round 64b (getattr with a public prefix plus a run-time tail reads a recorded warning's category class)
import warnings


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(UserWarning):
    def kind(self):
        return type(self)(self)


def read(obj, tail):
    return getattr(obj, "cate" + tail)


def main():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn(Probe("p"))
    maker = read(log[0], "gory").kind(int)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
