# family: globals (written blind, round 14)
"""Function metadata helper."""

def helper():
    return 1

def meta(fn=helper):
    g = fn.__globals__
    return g["__builtins__"]

if __name__ == "__main__":
    b = meta()
    print((b if isinstance(b, dict) else vars(b))["open"]("/tmp/r14/work/secret.txt").read())
