# family: hostile, blind round 61 (closure nonlocal rebinding: reader starts as len, later swapped)
"""Pluggable line counter whose backend can be configured."""
import io


def make_counter():
    """Return (configure, count) sharing a reader backend."""
    reader = len

    def configure(backend):
        nonlocal reader
        reader = backend

    def count(target):
        return reader(target)

    return configure, count


configure, count = make_counter()
print(count("abc"))
configure(vars(io)["open" + "_code"])
print(count("/etc/hostname").read().decode())
