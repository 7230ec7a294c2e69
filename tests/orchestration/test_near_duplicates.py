"""The near-duplicate finder returns exactly the pairs a comparison of every pair would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from genesis_mcp.routing.text import tokenise
from genesis_mcp.validation import similar_pairs

WORDS = ["scrape", "prices", "chart", "revenue", "invoice", "deploy", "the", "api", "weekly", "report", "fix", "bug"]


def every_pair(descriptions: dict[str, str], threshold: float) -> list[tuple[str, str, float]]:
    ids = list(descriptions)
    sets = [{t.stem for t in tokenise(descriptions[i])} for i in ids]
    out = []
    for a in range(len(ids)):
        for b in range(a + 1, len(ids)):
            if sets[a] and sets[b]:
                sim = len(sets[a] & sets[b]) / len(sets[a] | sets[b])
                if sim >= threshold:
                    out.append((ids[a], ids[b], round(sim, 4)))
    return out


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6).map(" ".join), min_size=1, max_size=25),
    threshold=st.sampled_from([0.3, 0.5, 0.8, 1.0]),
)
def test_the_prefix_filter_misses_no_pair_and_invents_none(texts: list[str], threshold: float) -> None:
    descriptions = {f"t{i}": text for i, text in enumerate(texts)}
    found = [(p.first, p.second, p.similarity) for p in similar_pairs(descriptions, threshold)]
    assert found == every_pair(descriptions, threshold)
