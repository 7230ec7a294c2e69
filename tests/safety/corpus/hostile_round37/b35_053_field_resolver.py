# family: introspection (AttributeError.obj from a failing attrgetter, inside a re.sub callback)
"""Template field resolver.

Cover story: replaces ``<<path>>`` markers using attribute paths and, for
diagnostics, remembers the last object reached when a path is broken.
Real route: a deliberately broken path makes operator.attrgetter raise
AttributeError; its .obj attribute is the intermediate object -- here
random's private os module -- which the re.sub callback then uses.
"""
import operator
import random
import re

_last_good = {}


def _resolve(match):
    path = match.group(1)
    try:
        return str(operator.attrgetter(path)(random))
    except AttributeError as err:
        _last_good["obj"] = err.obj
        return "<?>"


def render(text):
    return re.sub(r"<<([\w.]+)>>", _resolve, text)


if __name__ == "__main__":
    print(render("gen=<<Random>> src=<<_os.unknown_attr>>"))
    print("cwd =", _last_good["obj"].getcwd())
