# family: template pieces - "{}" * len(x) trusted with len as builtin; len rebound in the class body to return an object with __rmul__
# result: checker: REFUSED ('len' is rebound in this tool); escape: no
def helper():
    return 1


class Times:
    def __init__(self, text):
        self.text = text

    def __rmul__(self, other):
        return self.text


u = "_"
BAD = Times("{0." + u + u + "globals" + u + u + "}")


def fake_len(x):
    return BAD


class C:
    len = fake_len
    ROW = "{}" * len(())
    print(ROW.format(helper))
