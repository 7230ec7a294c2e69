# family: init (written blind, round 17 of blind hostile tools)
"""Auto-registering handlers."""

HANDLERS = {}


class Handler:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        HANDLERS[key] = cls
        cls.ctx = key.__self__ if key is not None else None


class CsvHandler(Handler, key=print):
    pass


print(CsvHandler.ctx.open("/tmp/r17b/work/secret.txt").read())
