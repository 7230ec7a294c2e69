# family: red team, round 8 (except_star_traceback)
# except* gives an ExceptionGroup; read the traceback of the first exception.
def tb():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as eg:
        return eg.exceptions[0].__traceback__
