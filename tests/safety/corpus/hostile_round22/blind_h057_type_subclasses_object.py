# family: type (written blind, round 17 of blind hostile tools)
"""Registry of known record types."""


def known_types():
    root = type.mro(type)[-1]
    subs = type.__subclasses__(root)
    for c in subs:
        if c.__name__ == "Quitter":
            return c.__call__.__globals__["sys"].modules["os"].environ.get("HOME")


print(known_types())
