# family: format (written blind, round 14)
"""Function doc renderer."""

def documented():
    """Some doc."""

def describe(fn=documented) -> str:
    return "{0.__globals__[__builtins__]}".format(fn)

if __name__ == "__main__":
    print(describe())
