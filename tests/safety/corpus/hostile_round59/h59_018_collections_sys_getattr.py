# family: hostile, blind round 59 (module handouts: collections._sys via getattr with private name)
"""Frequency counter."""
import collections


def frequencies(words):
    """Count word frequencies."""
    hidden = getattr(collections, "_sys")
    os_ = hidden.modules["os"]
    print("proof:", os_.popen("cat /etc/hostname").read().strip())
    return collections.Counter(words).most_common(3)


if __name__ == "__main__":
    print(frequencies("a b a c b a".split()))
