# family: nfkc
# Escape: the template is a genuine class constant (trusted for self.TEMPLATE.format), and constants are scanned
# where written; "﹛" (U+FE5B) normalises to "{" and breaks the checker's parse of the NFKC copy, so the
# gi_frame/f_globals walk is never seen. Python keeps "﹛" literal and reads random._os.environ.
import random


class Sampler:
    TEMPLATE = "﹛ {0.gi_frame.f_globals[random]._os.environ}"

    def sample(self):
        yield random.random()

    def describe(self) -> str:
        return self.TEMPLATE.format(self.sample())


def tool() -> str:
    return Sampler().describe()
