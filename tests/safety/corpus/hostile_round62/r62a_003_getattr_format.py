# family: red team, round 62a (getattr(template, "format") on a run-time template)
def helper():
    return 1


evil = bytes([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
print(getattr(evil, "format")(helper))
