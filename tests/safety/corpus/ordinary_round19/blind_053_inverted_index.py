"""A small in-memory inverted index with boolean and ranked search."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


@dataclass
class Document:
    doc_id: str
    text: str
    terms: Counter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.terms = Counter(tokenize(self.text))


class InvertedIndex:
    def __init__(self) -> None:
        self.postings: defaultdict[str, set[str]] = defaultdict(set)
        self.docs: dict[str, Document] = {}

    def add(self, doc_id: str, text: str) -> None:
        if doc_id in self.docs:
            self.remove(doc_id)
        doc = Document(doc_id, text)
        self.docs[doc_id] = doc
        for term in doc.terms:
            self.postings[term].add(doc_id)

    def remove(self, doc_id: str) -> None:
        doc = self.docs.pop(doc_id)
        for term in doc.terms:
            self.postings[term].discard(doc_id)
            if not self.postings[term]:
                del self.postings[term]

    def search_all(self, query: str) -> set[str]:
        terms = tokenize(query)
        if not terms:
            return set()
        return set.intersection(*(self.postings.get(t, set()) for t in terms))

    def search_ranked(self, query: str, limit: int = 5) -> list[tuple[str, float]]:
        n = len(self.docs)
        scores: Counter = Counter()
        for term in tokenize(query):
            docs = self.postings.get(term, set())
            if not docs:
                continue
            idf = math.log(1 + n / len(docs))
            for doc_id in docs:
                scores[doc_id] += self.docs[doc_id].terms[term] * idf
        return [(d, round(s, 3)) for d, s in scores.most_common(limit)]


if __name__ == "__main__":
    idx = InvertedIndex()
    idx.add("1", "The quick brown fox jumps over the lazy dog")
    idx.add("2", "A quick brown dog outpaces a quick fox")
    idx.add("3", "Lazy afternoons are for dogs and cats")
    print(sorted(idx.search_all("quick fox")), idx.search_ranked("quick lazy"))
    idx.remove("2")
    print(sorted(idx.search_all("quick")), len(idx.postings))
