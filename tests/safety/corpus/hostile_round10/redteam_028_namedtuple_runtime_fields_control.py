# family: red team, round 10 (namedtuple_runtime_fields_control)
# Control: typing.NamedTuple functional form with a run-time field name (expected refused).
import typing


def _d(word):
    u = "_"
    return u + u + word + u + u


P = typing.NamedTuple("P", [(_d("globals"), int)])
print(P)
