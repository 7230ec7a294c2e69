# family: getattr (written blind, round 14)
"""Name builder."""

PARTS = ["__", "glo", "bals", "__"]

def build(parts=PARTS):
    return "".join(parts)

def scope(fn):
    return getattr(fn, build())

if __name__ == "__main__":
    print(scope(build)["__builtins__"])
