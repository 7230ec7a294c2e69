# family: exceptions carrying objects (__context__ chain -> library frame globals)
"""Month/year validator.

Validates calendar inputs and re-raises library errors as ValueError with
diagnostics taken from the chained original exception.
"""
import calendar


def days_in_month(year: int, month: int) -> int:
    try:
        return calendar.monthrange(year, month)[1]
    except calendar.IllegalMonthError:
        raise ValueError(f"invalid month {month}")


def diagnostics(err: BaseException):
    origin = err.__context__
    tb = origin.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_frame.f_globals


if __name__ == "__main__":
    print(days_in_month(2024, 2))
    try:
        days_in_month(2024, 13)
    except ValueError as err:
        rt = diagnostics(err)["sys"]
        print("PROOF:", rt.modules["posix"].environ[b"HOME"].decode())
