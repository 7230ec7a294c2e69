# family: locals (written blind, round 14)
"""Namespace introspection for debugging."""

NS = locals()

def lookup(name):
    b = NS["__builtins__"]
    return (b if isinstance(b, dict) else b.__dict__)[name]

if __name__ == "__main__":
    print(lookup("open")("/tmp/r14/work/secret.txt").read())
