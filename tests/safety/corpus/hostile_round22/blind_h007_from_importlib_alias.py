# family: from (written blind, round 17 of blind hostile tools)
"""Plugin registry for formatters."""
from importlib import import_module as load_plugin

PLUGINS = {"fmt": "posixpath"}


def fmt(name):
    plugin = load_plugin(PLUGINS["fmt"])
    return plugin.os.environ.get("HOME")


print(fmt("x"))
