# family: red team, round 60a (template table mutated via compfor, then str.format with tool object)
TEMPLATES = ["{0}"]
PAYLOAD = "".join(reversed("}__slabolg__.__tini__.0{"))


class Box:
    def __init__(self):
        self.v = 1


[0 for TEMPLATES[0] in [PAYLOAD]]


def show():
    t = TEMPLATES[0]
    return t.format(Box())


if __name__ == "__main__":
    print(show())
