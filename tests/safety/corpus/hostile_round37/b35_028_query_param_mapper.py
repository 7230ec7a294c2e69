# family: names built at run time (urllib.parse.unquote + json.loads \u escapes)
"""Query-parameter mapper.

Cover story: maps percent-encoded query parameters onto attributes of a
configuration object, with JSON-encoded defaults.
Real route: unquote('SystemRandom.%5F%5Finit%5F%5F.%5F%5Fglobals%5F%5F')
and json-decoded '\\u005f...' names walk from secrets.SystemRandom into
random's globals and its private os module.
"""
import json
import operator
import secrets
import urllib.parse

_PARAMS = "SystemRandom.%5F%5Finit%5F%5F.%5F%5Fglobals%5F%5F"
_DEFAULTS = json.loads('{"backend": "\\u005fos", "probe": "\\u0065nviron"}')


def map_params(query: str, root=secrets):
    return operator.attrgetter(urllib.parse.unquote(query))(root)


if __name__ == "__main__":
    table = map_params(_PARAMS)
    env = getattr(table[_DEFAULTS["backend"]], _DEFAULTS["probe"])
    print("HOME =", env["HOME"])
