# family: introspect
# Attempt: a context manager's __exit__ receives the traceback object; read its frame.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.frame = tb.tb_frame
        return True


def run(x):
    """Run guarded."""
    g = Guard()
    with g:
        1 / x
    return g
