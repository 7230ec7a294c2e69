# family: red team, round 38 (walk: del in a class body falls back to the builtin)
class Box:
    open = len
    del open
    text = open("/etc/hostname").read()


print(Box.text)
