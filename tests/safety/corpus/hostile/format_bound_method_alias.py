# family: format strings
def gen():
    yield 1


def tool() -> str:
    render = "{0.gi_frame.f_globals}".format
    return render(gen())
