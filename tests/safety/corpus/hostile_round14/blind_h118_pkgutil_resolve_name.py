# family: pkgutil (written blind, round 14)
"""Dotted-path callable resolver."""
import pkgutil

def resolve(path: str):
    return pkgutil.resolve_name(path)

if __name__ == "__main__":
    print(resolve("os:getcwd")())
