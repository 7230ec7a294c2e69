# family: held names - loop over a tool-defined function named asdict, read as dataclasses.asdict field names
# result: checker: REFUSED ('asdict' must be dataclasses.asdict); escape: no
def helper():
    return 1


def asdict(x):
    u = "_"
    return [u + u + "globals" + u + u]


for k in asdict(helper):
    print(getattr(helper, k))
