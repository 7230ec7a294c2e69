# family: red team, round 8 (register_nfkc_quote_annotation)
# A fullwidth apostrophe inside a string literal becomes ' under NFKC and breaks the checker's parse of a
# string annotation (type_string_problem normalises first); tried on @register, whose rule parses raw.
import functools


class Keeper:
    def __init__(self):
        self.kept = []

    def grab(self, value, tag):
        self.kept.append(value)
        return int


keeper = Keeper()


@functools.singledispatch
def dispatch(x):
    return x


@dispatch.register
def _(x: "keeper.grab(eval, '\uff07')") -> None:
    return None
