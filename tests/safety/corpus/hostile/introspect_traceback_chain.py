# family: introspection
def tool():
    try:
        1 / 0
    except ZeroDivisionError as error:
        tb = error.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_frame.f_back.f_globals
