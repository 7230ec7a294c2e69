# family: red team, round 53b (submodule reached by attribute path used as a value)
import collections.abc
import urllib.parse

print(collections.abc)
print(urllib.parse)
