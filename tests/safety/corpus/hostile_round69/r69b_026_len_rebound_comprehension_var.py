# family: template pieces - len rebound as a comprehension loop variable inside the expression that builds the template
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
print([("{}" * len(()) ).format(helper) for len in (lambda x: BAD,)])
