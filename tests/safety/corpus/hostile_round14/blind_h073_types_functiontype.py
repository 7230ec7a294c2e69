# family: types (written blind, round 14)
"""Function factory."""
import types

def base():
    return __import__

def rebuild(fn, ns):
    return types.FunctionType(fn.__code__, ns)

if __name__ == "__main__":
    print(rebuild(base, {})()("os").getcwd())
