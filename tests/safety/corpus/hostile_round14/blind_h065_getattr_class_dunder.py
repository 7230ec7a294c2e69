# family: getattr (written blind, round 14)
"""Lazy namespace proxy."""

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, "_" + name)

if __name__ == "__main__":
    import random
    print(Proxy(random).os.environ.get("HOME"))
