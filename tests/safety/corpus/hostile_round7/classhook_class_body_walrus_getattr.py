# family: classhook
# Attempt: bind __getattr__ in a class body through a walrus expression.
def _h(self, name):
    return name


class Lazy:
    (__getattr__ := _h)


def get(name):
    """Get."""
    return getattr(Lazy(), "value")
