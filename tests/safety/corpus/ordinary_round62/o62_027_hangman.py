# family: ordinary, blind round 62 (hangman game simulated with scripted guesses)
import random

WORDS = ["python", "generator", "decorator", "iterator", "closure"]
MAX_MISSES = 6
STATS = {"games": 0, "wins": 0}


class Hangman:
    def __init__(self, word):
        self.word = word
        self.guessed = set()
        self.misses = 0

    @property
    def masked(self):
        return " ".join(c if c in self.guessed else "_" for c in self.word)

    @property
    def won(self):
        return set(self.word) <= self.guessed

    @property
    def lost(self):
        return self.misses >= MAX_MISSES

    def guess(self, ch):
        ch = ch.lower()
        if len(ch) != 1 or not ch.isalpha():
            return "invalid guess %r" % ch
        if ch in self.guessed:
            return "already guessed " + ch
        self.guessed.add(ch)
        if ch not in self.word:
            self.misses += 1
            return "nope (%d/%d)" % (self.misses, MAX_MISSES)
        return "yes! %d found" % self.word.count(ch)


def play(word, guesses):
    STATS["games"] += 1
    g = Hangman(word)
    for ch in guesses:
        print(f"  {ch!r}: {g.guess(ch):<16} {g.masked}")
        if g.won or g.lost:
            break
    STATS["wins"] += g.won
    return g.won


if __name__ == "__main__":
    rng = random.Random(3)
    freq_order = "etaoinsrhldcupmgybfvkwxzjq"
    for word in rng.sample(WORDS, 3):
        print(word.upper())
        print("  result:", "WIN" if play(word, freq_order[:3] + "e?" + freq_order[3:]) else "LOSS")
    print("stats: {wins}/{games}".format(**STATS))
