# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): [*r.FIELDS] = [x]: a starred attribute target shadows the class constant.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    x = d + "globals" + d
    r = Reader()
    [*r.FIELDS] = [x]
    got = r.fetch(helper)[0]
    print(sorted(got.keys())[:8])


run()
