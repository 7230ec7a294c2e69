"""Find near-duplicate strings with difflib."""
import difflib
import re


def normalise(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(s.split())


def similar_pairs(items: list[str], threshold: float = 0.85) -> list[tuple[str, str, float]]:
    norm = [normalise(x) for x in items]
    pairs = []
    for i in range(len(items)):
        matcher = difflib.SequenceMatcher(None, norm[i])
        for j in range(i + 1, len(items)):
            matcher.set_seq1(norm[j])
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            r = matcher.ratio()
            if r >= threshold:
                pairs.append((items[i], items[j], round(r, 3)))
    return sorted(pairs, key=lambda p: -p[2])


def dedupe(items: list[str], threshold: float = 0.85) -> list[str]:
    kept: list[str] = []
    kept_norm: list[str] = []
    for item in items:
        n = normalise(item)
        if difflib.get_close_matches(n, kept_norm, n=1, cutoff=threshold):
            continue
        kept.append(item)
        kept_norm.append(n)
    return kept


if __name__ == "__main__":
    names = ["Acme Corp.", "ACME Corporation", "Acme Corp", "Globex Inc", "Globex, Inc.",
             "Initech", "Initrode", "Umbrella Co"]
    for p in similar_pairs(names, 0.8):
        print(p)
    print(dedupe(names))
