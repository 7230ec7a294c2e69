# family: red team, round 8 (list_subscript_type_key)
# type(x) as the index of list[...] (a generic alias keeps it in __args__).
def keep(x):
    return list[type(x)]
