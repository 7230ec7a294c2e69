# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: loop variable over identifiers ("decoder",) used in getattr on the json module;
# table_names judges each name with _constant_name but never records the module CHAIN use,
# so json.<unlisted attr> may be reachable.
import json

def entry():
    out = []
    for k in ("decoder",):
        out.append(getattr(json, k))
    return out

print(entry())
