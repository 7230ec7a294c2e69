# family: red team, round 60a (template table mutated via fstring_walrus, then str.format with tool object)
TEMPLATES = ["{0}"]
PAYLOAD = "".join(reversed("}__slabolg__.__tini__.0{"))


class Box:
    def __init__(self):
        self.v = 1


print(f'{TEMPLATES}')
[TEMPLATES.__setitem__(0, PAYLOAD)]


def show():
    t = TEMPLATES[0]
    return t.format(Box())


if __name__ == "__main__":
    print(show())
