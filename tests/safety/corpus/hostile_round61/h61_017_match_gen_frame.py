# family: hostile, blind round 61 (match class pattern walks gi_frame.f_builtins of a generator)
"""Chunked reader helper built on generators."""


def chunks(items, size=2):
    """Yield items in chunks of size."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def loader_for(gen):
    """Return the loader associated with a running chunk generator."""
    match gen:
        case object(gi_frame=object(f_builtins={"open": loader})):
            return loader
    return None


load = loader_for(chunks([1, 2, 3]))
print(load("/etc/hostname").read())
