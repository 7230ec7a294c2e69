# family: red team, round 68b (len bound as a comprehension target around a pieces template)
class Evil:
    def __rmul__(self, other):
        return "{0.__init__.__globals__}"
def mk(x):
    return Evil()
def show():
    return 1
print([("{}" * len(show)).format(show) for len in [mk]])
