"""A rule set compiled for fast matching: rules are indexed by a condition they cannot match without."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from genesis_mcp.routing.index import Query
from genesis_mcp.routing.rules import Rule, RuleSet, keyword_stems

__all__ = ["CompiledRule", "RuleBook"]


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    order: int  # position in the try order (priority, then file order)
    task_types: frozenset[str]
    all_of: tuple[tuple[str, ...], ...]
    any_of: tuple[tuple[str, ...], ...]
    capabilities: frozenset[str]

    def matches(self, query: Query, task_type: str | None, capabilities: Sequence[str]) -> str | None:
        """Why the rule matches, in words, or None when it does not."""
        why: list[str] = []
        if self.task_types:
            if task_type not in self.task_types:
                return None
            why.append(f"task type {task_type!r}")
        for kw in self.all_of:
            if not _has(query, kw):
                return None
        if self.all_of:
            why.append("keywords " + ", ".join(repr(" ".join(k)) for k in self.all_of))
        if self.any_of:
            hit = next((kw for kw in self.any_of if _has(query, kw)), None)
            if hit is None:
                return None
            why.append(f"keyword {' '.join(hit)!r}")
        if self.capabilities:
            if not self.capabilities <= set(capabilities):
                return None
            why.append("required capabilities " + ", ".join(sorted(self.capabilities)))
        return " and ".join(why)


def _has(query: Query, stems: tuple[str, ...]) -> bool:
    if len(stems) == 1:
        return stems[0] in query.stems
    return (" " + " ".join(stems) + " ") in query.phrase_text


class RuleBook:
    """Rules ready to match. Each rule is filed under the task types, first keyword stems or
    capabilities it requires, so a task only looks at rules that could possibly fire."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._by_key: dict[str, list[CompiledRule]] = {}
        for order, rule in enumerate(rules.ordered()):
            m = rule.match
            compiled = CompiledRule(
                rule=rule,
                order=order,
                task_types=frozenset(m.task_types),
                all_of=tuple(keyword_stems(k) for k in m.keywords_all),
                any_of=tuple(keyword_stems(k) for k in m.keywords_any),
                capabilities=frozenset(m.required_capabilities),
            )
            if compiled.task_types:
                keys = [f"t:{t}" for t in compiled.task_types]
            elif compiled.all_of:
                keys = [f"w:{compiled.all_of[0][0]}"]
            elif compiled.any_of:
                keys = [f"w:{k[0]}" for k in compiled.any_of]
            else:
                keys = [f"k:{c}" for c in compiled.capabilities]
            for key in dict.fromkeys(keys):
                self._by_key.setdefault(key, []).append(compiled)

    def __len__(self) -> int:
        return len(self.rules.rules)

    def candidates(self, query: Query, task_type: str | None, capabilities: Sequence[str]) -> list[CompiledRule]:
        """Rules that might match, in try order (each still needs :meth:`CompiledRule.matches`)."""
        found: dict[int, CompiledRule] = {}
        keys = [f"w:{s}" for s in query.stems] + [f"k:{c}" for c in capabilities]
        if task_type:
            keys.append(f"t:{task_type}")
        for key in keys:
            for rule in self._by_key.get(key, ()):
                found[rule.order] = rule
        return [found[k] for k in sorted(found)]
