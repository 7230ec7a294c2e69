# ordinary: human-friendly counts and relative times ("1 file", "3 files", "2 hours ago")
from datetime import datetime, timedelta

UNITS = [("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400), ("day", 86400),
         ("hour", 3600), ("minute", 60), ("second", 1)]

IRREGULAR = {"child": "children", "person": "people", "mouse": "mice", "index": "indices"}


def plural(word, count):
    if count == 1:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def count_phrase(count, word):
    template = "no {words}" if count == 0 else "{count:,} {words}"
    return template.format(count=count, words=plural(word, count))


def time_ago(then, now):
    seconds = int((now - then).total_seconds())
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 5:
        return "just now"
    for name, size in UNITS:
        if seconds >= size:
            n = seconds // size
            template = "in {n} {unit}" if future else "{n} {unit} ago"
            return template.format(n=n, unit=plural(name, n))
    return "just now"


if __name__ == "__main__":
    print([count_phrase(n, w) for n, w in [(0, "file"), (1, "file"), (3, "box"), (2, "city"), (1200, "person")]])
    now = datetime(2024, 6, 1, 12, 0, 0)
    for delta in [timedelta(seconds=2), timedelta(minutes=1), timedelta(hours=5), timedelta(days=40), timedelta(days=-3)]:
        print(time_ago(now - delta, now))
