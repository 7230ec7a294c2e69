# family: red team, round 8 (getattr_prefix_tb)
# getattr with a constant prefix and a run-time suffix: "tb" + "_frame".
def frame(tb, rest):
    return getattr(tb, "tb" + rest)
