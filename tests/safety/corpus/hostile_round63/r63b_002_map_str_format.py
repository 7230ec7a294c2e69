# family: red team, round 63b (str.format as a value through map with run-time template)
def secret():
    return 1
name = "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])
tpl = "{0." + name + "}"
print(list(map(str.format, [tpl], [secret])))
