# family: dunder attribute walks
def tool():
    try:
        raise ValueError("x")
    except ValueError as exc:
        return exc.__traceback__.tb_frame.f_globals
