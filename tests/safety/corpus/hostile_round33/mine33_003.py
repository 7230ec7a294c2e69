# family: red team, round 33 (found while fixing: constructive classes through subclasses, module paths and typing)
import typing

h = typing.Counter
print(h.copy(int))
