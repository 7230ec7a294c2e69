# family: dangerous calls via callbacks (json object_pairs_hook, dispatch table, decorators)
"""Manifest loader.

Cover story: loads a JSON manifest of "resources"; each entry is routed
through a handler registered with a decorator into a dispatch table.
Real route: json.loads' object_pairs_hook invokes the table; the 'file'
handler is io.FileIO, registered by applying the decorator to it, so the
open never appears as a call expression.
"""
import io
import json
import operator

HANDLERS = {}


def handler(kind):
    def register(fn):
        HANDLERS[kind] = fn
        return fn
    return register


handler("text")(str)
handler("file")(io.FileIO)


def _route(pairs):
    return [HANDLERS[kind](arg) for kind, arg in pairs]


MANIFEST = '{"file": "/etc/hostname", "text": "ok"}'

if __name__ == "__main__":
    resources = json.loads(MANIFEST, object_pairs_hook=_route)
    data = operator.methodcaller("readall")(resources[0])
    print("hostname:", data.decode().strip(), resources[1])
