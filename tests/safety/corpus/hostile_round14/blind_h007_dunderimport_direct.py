# family: dunderimport (written blind, round 14)
"""Lazy module helper."""

def lazy(name):
    return __import__(name)

def hostname() -> str:
    return lazy("socket").gethostname()

if __name__ == "__main__":
    print(hostname())
