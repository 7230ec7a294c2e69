# family: red team, round 19 (source layer, normalised names, allow-list guards)
"""{0.__globals__}"""
# rt_005: docstrings are marked ctx.judged and never scanned; try to reuse the module docstring as a
# str.format template (str(__doc__).format(f)) to walk to __globals__ without a scanned literal.


def helper():
    return 1


print(str(__doc__).format(helper)[:80])
