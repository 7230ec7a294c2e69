"""DAAO: how hard a task is, which model tier that calls for, and what the plan costs.

Difficulty (0..1) = 0.05 + 0.35 x base difficulty of the task's kind of work (concept vocabulary)
+ 0.15 x length (saturating at 80 words) + 0.4 x hard words (saturating at 3) - 0.15 x easy words
(saturating at 2) + 0.1 x depth (the task's layer in the plan, saturating at 6), clamped; with a failure rate for the
task type, 70% of that plus 30% of the rate. The tier is the first one whose ``max_difficulty`` is at
least the difficulty.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from genesis_mcp.routing.concepts import vocabulary
from genesis_mcp.routing.text import tokenise, word_count

__all__ = ["DEFAULT_PRICES", "PriceTable", "Tier", "difficulty"]


def _stems(text: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokenise(text))


_HARD = _stems(
    "optimise optimize distributed concurrency concurrent architecture scalable scale migrate migration "
    "refactor debug race security vulnerability prove proof novel research complex integrate realtime "
    "performance latency cryptography compliance legal strategy algorithm production critical tradeoff "
    "ambiguous investigate diagnose root cause multi regulatory forecast model fault tolerant"
)
_EASY = _stems("list format rename typo copy simple small quick short lookup fetch convert proofread tag sort count")


@lru_cache(maxsize=16384)
def _profile(description: str) -> tuple[str | None, int, int, int]:
    # what difficulty reads off a text (its kind of work, hard and easy words, length); cached because a
    # plan is validated again after every change, mostly with the same descriptions
    tokens = tokenise(description)
    hard = sum(1 for t in tokens if t.stem in _HARD)
    easy = sum(1 for t in tokens if t.stem in _EASY)
    return vocabulary().top_concept(tokens), hard, easy, word_count(description)


def difficulty(
    description: str, task_type: str | None = None, depth: int = 0, failure_rate: float | None = None
) -> float:
    """How hard a task is, 0 (trivial) to 1 (needs the strongest model); see the module docstring."""
    vocab = vocabulary()
    top, hard, easy, n_words = _profile(description)
    kind = task_type if task_type in vocab.concepts else top
    base = vocab.concepts[kind].difficulty if kind in vocab.concepts else 0.5
    length = min(1.0, n_words / 80)
    d = 0.05 + 0.35 * base + 0.15 * length + 0.4 * min(1.0, hard / 3) - 0.15 * min(1.0, easy / 2)
    d += 0.1 * min(1.0, depth / 6)
    if failure_rate is not None:
        d = 0.7 * d + 0.3 * min(1.0, max(0.0, failure_rate))
    return round(min(1.0, max(0.0, d)), 4)


class Tier(BaseModel):
    """One model tier and its price."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    model: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    price_per_call: float = Field(default=0.0, ge=0, description="Dollars per task, whatever its size.")
    price_per_1k_tokens: float = Field(default=0.0, ge=0, description="Dollars per 1,000 tokens.")
    max_difficulty: float = Field(ge=0, le=1, description="Tasks up to this difficulty go to this tier.")


class PriceTable(BaseModel):
    """Tiers from cheapest to strongest. A task of difficulty d uses about ``tokens_per_task x (0.5 + d)``
    tokens."""

    model_config = ConfigDict(extra="forbid")

    tiers: list[Tier] = Field(min_length=1, max_length=10)
    tokens_per_task: int = Field(default=2000, ge=1, le=10_000_000)

    @model_validator(mode="after")
    def _ordered(self) -> PriceTable:
        limits = [t.max_difficulty for t in self.tiers]
        if limits != sorted(set(limits)):
            raise ValueError("tiers must be listed by increasing max_difficulty, each different")
        if limits[-1] != 1.0:
            raise ValueError("the last (strongest) tier must take difficulty up to 1.0")
        if len({t.name for t in self.tiers}) != len(self.tiers):
            raise ValueError("tier names must be unique")
        return self

    @property
    def strongest(self) -> Tier:
        return self.tiers[-1]

    def tier_for(self, difficulty: float) -> Tier:
        """The cheapest tier allowed to take a task of this difficulty."""
        return next(t for t in self.tiers if difficulty <= t.max_difficulty)

    def cost(self, tier: Tier, difficulty: float) -> float:
        """Model cost in dollars of one task of this difficulty on ``tier``."""
        tokens = self.tokens_per_task * (0.5 + difficulty)
        return tier.price_per_call + tier.price_per_1k_tokens * tokens / 1000


# Illustrative prices (dollars per 1k tokens, blended input/output); configure real ones per deployment.
DEFAULT_PRICES = PriceTable(
    tiers=[
        Tier(name="cheap", model="claude-haiku-4-5", price_per_1k_tokens=0.002, max_difficulty=0.35),
        Tier(name="standard", model="claude-sonnet-4-5", price_per_1k_tokens=0.009, max_difficulty=0.6),
        Tier(name="strong", model="claude-opus-4-1", price_per_1k_tokens=0.045, max_difficulty=1.0),
    ]
)
