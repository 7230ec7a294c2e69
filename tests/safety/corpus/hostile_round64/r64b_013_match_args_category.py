# family: red team, round 64b (a class pattern whose __match_args__ names category, matched against a recorded warning through ABC registration)
import warnings
from abc import ABC


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(UserWarning):
    def kind(self):
        return type(self)(self)


class Record(ABC):
    __match_args__ = ("category",)


Record.register(warnings.WarningMessage)


def main():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn(Probe("p"))
    found = []
    match log[0]:
        case Record(got):
            found.append(got.kind(int))
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
