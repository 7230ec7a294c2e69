# family: red team, round 8 (register_positional_string_names)
# Control for rt_011: the same string annotation on a positional parameter of a registered function.
import functools


class Keeper:
    def __getitem__(self, key):
        return int


keeper = Keeper()


@functools.singledispatch
def dispatch(x):
    return x


@dispatch.register
def _(x: "keeper[eval]") -> None:
    return None
