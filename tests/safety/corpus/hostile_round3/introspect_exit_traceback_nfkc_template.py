# family: introspect
# Escape: __exit__ receives the traceback as an ordinary parameter (no __traceback__ read); the template holds a
# fullwidth "｝" that makes the checker's NFKC parse fail, so "tb_frame.f_back.f_globals" is never judged.
# Python walks traceback -> frame -> caller frame -> caller's module globals.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        self.report = "｝ {0.tb_frame.f_back.f_globals}".format(tb)
        return True


def tool() -> str:
    with Guard() as guard:
        raise ValueError("probe")
    return guard.report
