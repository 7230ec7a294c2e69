# family: classhook
# Attempt: bind __getattr__ in a class body through a for loop target.
def _h(self, name):
    return name


class Lazy:
    for __getattr__ in [_h]:
        pass


def get(name):
    """Get."""
    return Lazy().value
