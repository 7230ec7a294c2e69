# family: red team, round 63b (getattr(package, "submodule") constant gives the module object)
import collections.abc
m = getattr(collections, "abc")
print(m)
