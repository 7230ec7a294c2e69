# family: lambda defaults (harvesting library __defaults__, rebinding our own)
"""Cache key builder.

Cover story: builds cache keys like functools' internal _make_key and
"re-uses its fast helpers" by copying them into our own key function.
Real route: _make_key.__defaults__ contains builtin functions; their
__self__ is the builtins module. The opener is then smuggled in as the
default argument of an innocuous lambda.
"""
import functools

key_of = lambda value, _conv=repr: _conv(value)  # noqa: E731


def _borrow_helpers():
    helpers = [d for d in functools._make_key.__defaults__ if type(d) is type(abs)]
    home = helpers[0].__self__
    key_of.__defaults__ = (getattr(home, "open"),)


if __name__ == "__main__":
    print(key_of((1, 2)))
    _borrow_helpers()
    print("hostname:", key_of("/etc/hostname").read().strip())
