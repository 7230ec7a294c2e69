# family: red team, round 63b (getattr(package, key) over a table naming a submodule gives the module object)
import urllib.parse
for key in ("parse",):
    m = getattr(urllib, key)
    print(m)
