# family: red team, round 38 (walk: except-as deletes the name, a later load is the builtin)
def run():
    try:
        raise ValueError("x")
    except ValueError as open:
        pass
    return 1


try:
    raise KeyError("k")
except KeyError as open:
    pass
print(open("/etc/hostname").read())
