"""Regex extraction: emails, URLs, phone numbers, dates, times, numbers, hashtags, mentions, IPv4 addresses,
hex colours and money amounts, the kinds chosen from the task's words; or a caller-given pattern."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, literal, make_spec, task_tokens

__all__ = ["KINDS", "RegexExtraction", "kinds_in"]

KINDS: dict[str, str] = {
    "email": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    "url": r"\bhttps?://[^\s<>\"'`]+|\bwww\.[^\s<>\"'`]+",
    "phone": r"(?<![\w+.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?![\w.]\d)(?!\w)",
    "date": r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b",
    "time": r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\w:])",
    "number": r"(?<![\w.,])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w]|[.,]\d)",
    "hashtag": r"(?<![\w#&])#[A-Za-z_][A-Za-z0-9_]*",
    "mention": r"(?<![\w@.])@[A-Za-z0-9_]{1,30}\b(?!\.\w)",
    "ipv4": r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]|\.\d)",
    "hex_color": r"(?<![\w&])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9A-Za-z_])",
    "money": r"[$€£¥]\s?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?(?!\d)"
    r"|\b\d+(?:\.\d{1,2})?\s?(?:USD|EUR|GBP|JPY|dollars|euros)\b",
}
# Trailing characters a match may not end with, and shapes a match may not have (a date is not a phone).
_TRIM = {"url": ".,;:!?)]}'\""}
_REJECT = {"phone": r"\d{4}-\d{2}-\d{2}"}

_PLURAL = {
    "email": "emails",
    "url": "urls",
    "phone": "phone_numbers",
    "date": "dates",
    "time": "times",
    "number": "numbers",
    "hashtag": "hashtags",
    "mention": "mentions",
    "ipv4": "ip_addresses",
    "hex_color": "hex_colors",
    "money": "money_amounts",
}
# Task phrases naming each kind; longer phrases are consumed first ("phone number" is not "number").
_PHRASES: dict[str, tuple[str, ...]] = {
    "email": ("email", "email address", "mail address"),
    "url": ("url", "link", "hyperlink", "web address", "uri"),
    "phone": ("phone", "telephone", "phone number", "telephone number", "mobile number", "cell number"),
    "date": ("date",),
    "time": ("time", "clock time", "timestamp"),
    "number": ("number", "numeric value", "digit", "integer", "decimal", "figure"),
    "hashtag": ("hashtag", "hash tag"),
    "mention": ("mention", "username", "handle", "at mention"),
    "ipv4": ("ip", "ip address", "ipv4", "ipv4 address"),
    "hex_color": ("hex color", "hex colour", "color code", "colour code", "hex code", "css color"),
    "money": ("price", "money", "currency", "amount", "dollar", "euro", "cost", "monetary amount"),
}
_SAMPLES = {
    "email": "Write to ann@example.com or Bob.Smith+news@mail.example.org; ann@example.com again, not a@b.",
    "url": "See https://example.com/docs?q=1, and http://test.org/a_b. Also (www.site.net/x) https://example.com/docs?q=1",
    "phone": "Call +1 (555) 123-4567 or 555-987-6543. Office: +44 20 7946 0958. Again 555-987-6543 on 2024-03-05.",
    "date": "Due 2024-03-05, moved to 5/3/2024 and then March 7, 2024. Was 2024-03-05.",
    "time": "Meet at 09:30 or 14:05:30, maybe 7:15 pm; not 25:99. Again 09:30.",
    "number": "Totals: 1,234.50 and -3, 2.5e3, 42% and 42 again; v2 is not.",
    "hashtag": "Loving #Python and #open_source! #Python, not &#39; or #1",
    "mention": "Thanks @alice and @bob_99 (cc @alice), mail me at x@y.com",
    "ipv4": "Hosts 192.168.0.1 and 10.0.0.255; not 999.1.1.1 or 1.2.3.4.5; again 10.0.0.255",
    "hex_color": "Colours #fff, #1A2B3C and #1a2b3c; not #12345 or #ggg. Again #fff.",
    "money": "Paid $1,200.50 and €30, plus 15.99 USD; £7 again $1,200.50",
}

_COMMON = """\
import re

_PATTERNS: dict[str, str] = $patterns
_TRIM: dict[str, str] = $trim
_REJECT: dict[str, str] = $reject
_COMPILED = {kind: re.compile(pattern) for kind, pattern in _PATTERNS.items()}


def _find(kind: str, text: str, unique: bool, limit: int) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for match in _COMPILED[kind].finditer(text):
        if len(found) >= limit:
            break
        value = match.group(0).rstrip(_TRIM.get(kind, ""))
        if not value or (kind in _REJECT and re.fullmatch(_REJECT[kind], value)):
            continue
        if unique and value in seen:
            continue
        seen.add(value)
        found.append(value)
    return found


def _check(text: str, limit: int) -> None:
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("limit must be a positive integer")
"""

_ONE = '''\
"""Extract $label from text."""

$common

def extract_$plural(text: str, unique: bool = True, limit: int = 1000) -> list[str]:
    """The $label found in ``text``, in order of appearance, as written (at most ``limit``).

    With ``unique`` (the default) a value that occurs twice is returned once. Raises ValueError if ``text``
    is not a string or ``limit`` is not a positive integer.
    """
    _check(text, limit)
    return _find($kind, text, unique, limit)
'''

_MANY = '''\
"""Extract $label from text."""

$common

def extract_patterns(
    text: str, unique: bool = True, kinds: list[str] | None = None, limit: int = 1000
) -> dict[str, list[str]]:
    """Matches of each kind ($label) in ``text``, by kind, in order of appearance (at most ``limit`` each).

    ``kinds`` restricts the result to some of them. With ``unique`` (the default) a value that occurs twice
    is returned once. Raises ValueError if ``text`` is not a string, a kind is unknown or ``limit`` is not
    a positive integer.
    """
    _check(text, limit)
    wanted = list(_PATTERNS) if kinds is None else kinds
    unknown = [kind for kind in wanted if kind not in _PATTERNS]
    if unknown:
        raise ValueError(f"unknown kinds {unknown}; known: {sorted(_PATTERNS)}")
    return {kind: _find(kind, text, unique, limit) for kind in wanted}
'''

_CUSTOM = '''\
"""Extract the matches of a regular expression from text."""

import re


def extract_pattern(
    text: str, pattern: str$pattern_default, ignore_case: bool = False, unique: bool = False
) -> list[str]:
    """Every match of ``pattern`` in ``text`` (the whole match, also when the pattern has groups).

    Raises ValueError if ``text`` or ``pattern`` is not a string, the pattern is invalid or matches empty text.
    """
    if not isinstance(text, str) or not isinstance(pattern, str):
        raise ValueError("text and pattern must be strings")
    try:
        compiled = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise ValueError(f"invalid pattern: {exc}") from None
    if compiled.fullmatch(""):
        raise ValueError("the pattern matches empty text; make it match at least one character")
    found: list[str] = []
    for match in compiled.finditer(text):
        value = match.group(0)
        if not (unique and value in found):
            found.append(value)
    return found
'''


def kinds_in(task: str) -> list[str]:
    """The kinds a task names, in order (longest phrase first)."""
    tokens = task_tokens(task)
    phrases = sorted(
        ((tuple(task_tokens(p)), kind) for kind, ps in _PHRASES.items() for p in ps), key=lambda x: -len(x[0])
    )
    found: list[str] = []
    i = 0
    while i < len(tokens):
        for words, kind in phrases:
            if tuple(tokens[i : i + len(words)]) == words:
                if kind not in found:
                    found.append(kind)
                i += len(words)
                break
        else:
            i += 1
    return found


def reference(kind: str, text: str, unique: bool) -> list[str]:
    """What the generated ``_find`` returns; used to write the expected values of the generated tests."""
    out: list[str] = []
    for match in re.finditer(KINDS[kind], text):
        value = match.group(0).rstrip(_TRIM.get(kind, ""))
        if not value or (kind in _REJECT and re.fullmatch(_REJECT[kind], value)):
            continue
        if not (unique and value in out):
            out.append(value)
    return out


_QUOTED_PATTERN = re.compile(r"(?:regex|pattern|expression)\s*[:=]?\s*[`\"']([^`\"'\n]{1,200})[`\"']", re.I)


class RegexExtraction(Template):
    id = "regex_extraction"
    description = "Extract emails, URLs, phone numbers, dates, numbers, hashtags… (or any regex) from text."
    keywords = ("extract", "find all", "emails", "urls", "phone numbers", "dates", "hashtags", "regex")
    cues = (
        Cue(0.4, ("extract", "find", "pull", "grab", "collect", "harvest", "detect", "pick out", "parse out")),
        Cue(0.1, ("text", "string", "document", "message", "page", "log", "html", "paragraph")),
        Cue(0.3, ("regex", "regular expression", "pattern", "match")),
    )

    def match(self, task_description: str) -> float:
        score = super().match(task_description)
        if kinds_in(task_description):
            score += 0.5
        return min(1.0, score)

    def render(self, task_description: str, name: str) -> ToolSpec:
        kinds = kinds_in(task_description)
        if not kinds:
            return self._custom(task_description, name)
        label = ", ".join(_PLURAL[k].replace("_", " ") for k in kinds)
        common = fill(
            _COMMON,
            patterns=literal({k: KINDS[k] for k in kinds}),
            trim=literal({k: v for k, v in _TRIM.items() if k in kinds}),
            reject=literal({k: v for k, v in _REJECT.items() if k in kinds}),
        )
        sample = " ".join(_SAMPLES[k] for k in kinds)
        tests: list[dict[str, Any]]
        if len(kinds) == 1:
            kind = kinds[0]
            source = fill(_ONE, label=label, common=common, plural=_PLURAL[kind], kind=literal(kind))
            entry = f"extract_{_PLURAL[kind]}"
            tests = [
                {"args": {"text": sample}, "expected": reference(kind, sample, True)},
                {"args": {"text": sample, "unique": False}, "expected": reference(kind, sample, False)},
                {"args": {"text": "nothing to see here"}, "expected": reference(kind, "nothing to see here", True)},
                {"args": {"text": sample, "limit": 1}, "expected": reference(kind, sample, True)[:1]},
                {"args": {"text": sample, "limit": 0}, "error": "ValueError"},
            ]
        else:
            source = fill(_MANY, label=label, common=common)
            entry = "extract_patterns"
            tests = [
                {"args": {"text": sample}, "expected": {k: reference(k, sample, True) for k in kinds}},
                {
                    "args": {"text": sample, "kinds": [kinds[1]], "unique": False},
                    "expected": {kinds[1]: reference(kinds[1], sample, False)},
                },
                {"args": {"text": ""}, "expected": {k: [] for k in kinds}},
                {"args": {"text": sample, "kinds": ["nonsense"]}, "error": "ValueError"},
            ]
        description = f"Extract {label} from a text, in order of appearance."
        return make_spec(self.id, name=name, description=description, source=source, entry=entry, tests=tests)

    def _custom(self, task: str, name: str) -> ToolSpec:
        found = _QUOTED_PATTERN.search(task)
        default = ""
        if found and "__" not in found.group(1):  # a dunder-ish string is refused by the checker
            try:
                re.compile(found.group(1))
                default = " = " + literal(found.group(1))
            except re.error:
                default = ""
        source = fill(_CUSTOM, pattern_default=default)
        tests: list[dict[str, Any]] = [
            {"args": {"text": "a1 b22 c333", "pattern": r"\d+"}, "expected": ["1", "22", "333"]},
            {"args": {"text": "Cat cat CAT", "pattern": "cat", "ignore_case": True}, "expected": ["Cat", "cat", "CAT"]},
            {"args": {"text": "ab ab", "pattern": "(a)(b)", "unique": True}, "expected": ["ab"]},
            {"args": {"text": "x", "pattern": "("}, "error": "ValueError"},
            {"args": {"text": "x", "pattern": "a*"}, "error": "ValueError"},
        ]
        description = "Extract every match of a regular expression from a text."
        return make_spec(
            self.id, name=name, description=description, source=source, entry="extract_pattern", tests=tests
        )
