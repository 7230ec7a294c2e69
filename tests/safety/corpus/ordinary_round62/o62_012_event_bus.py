# family: ordinary, blind round 62 (tiny event bus with decorator subscriptions)
from collections import defaultdict

LISTENERS = defaultdict(list)
EVENT_LOG = []
_emitted = 0


def on(event):
    def deco(fn):
        LISTENERS[event].append(fn)
        return fn
    return deco


def emit(event, *args, **kwargs):
    global _emitted
    _emitted += 1
    EVENT_LOG.append((event, args, kwargs))
    results = []
    for fn in LISTENERS.get(event, []) + LISTENERS.get("*", []):
        results.append(fn(*args, **kwargs))
    return results


@on("user.created")
def welcome(name, **kw):
    return "welcome email to %s" % name


@on("user.created")
def audit(name, admin=False, **kw):
    return f"audit: created {name!r} admin={admin}"


@on("order.paid")
def ship(order_id, amount=0.0):
    return "ship order {0} ({1:.2f} EUR)".format(order_id, amount)


@on("*")
def count_all(*args, **kwargs):
    return "seen %d args" % (len(args) + len(kwargs))


if __name__ == "__main__":
    for r in emit("user.created", "dana", admin=True):
        print(r)
    for r in emit("order.paid", 1001, amount=59.5):
        print(r)
    print(emit("nothing.here"))
    print("emitted:", _emitted, "| log events:", [e for e, _, _ in EVENT_LOG])
