"""Tokenising: lower-case words, stop words dropped, Porter stems, and a weight per token.

Generic words ("make", "new", "daily", "please") are kept with a small weight: they rarely decide which
agent should do a task, but they are still evidence when nothing else matches. British spellings are folded
to American ones before stemming ("colour" and "color", "catalogue" and "catalog" meet), because the
Porter stemmer already joins "-ise"/"-ize" but not "-our"/"-or", "-ogue"/"-og", "-re"/"-er" or "-ence"/"-ense".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from genesis_mcp.routing.stem import stem

__all__ = ["GENERIC_WEIGHT", "Token", "american", "content_tokens", "token", "tokenise", "word_count", "words"]

GENERIC_WEIGHT = 0.25


def _wordlist(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"[a-z0-9]+(?:[+#][a-z0-9+#]*)?|[a-z0-9]+")

_STOP = frozenset(
    _wordlist(
        """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves us etc via per any every across within without upon onto
    whether either neither lets let's i'm it's don't can't won't isn't"""
    )
)

# Words that say little about *which* agent: filler verbs, politeness, time and quantity words.
_GENERIC = frozenset(
    stem(w)
    for w in _wordlist(
        """make create build do done get set help need needs want wants please new latest current
    thing things stuff something anything use using used work working task tasks job jobs quick quickly
    asap urgent today tomorrow tonight yesterday week weekly day daily month monthly year yearly quarter
    quarterly hour hourly minute night nightly morning evening monday tuesday wednesday thursday friday
    saturday sunday next last first second third one two three four five ten hundred many much lot lots
    few several various kind sort way ways good better best great nice simple small big large whole
    full short long sure able like look looking take give put keep run start go going come see find
    show tell ask know think try let also still just really our team company someone everyone people
    person user users list based related including include includes etc e.g. i.e. version latest
    update updates updated check checks checking review reviewing prepare provide handle handles
    improve improving ensure figure write writing written"""
    )
)


# Roots whose British "-our" is American "-or"; a rule on every "-our" would also turn "hour" and "tour".
_OUR = frozenset(
    _wordlist(
        """arbour ardour armour behaviour candour clamour colour demeanour endeavour favour flavour glamour harbour
    honour humour labour neighbour odour parlour rancour rigour rumour savour splendour tumour valour vapour vigour"""
    )
)
_RE = frozenset(_wordlist("centre metre litre fibre theatre calibre spectre sombre lustre meagre sabre"))
_ENCE = frozenset(_wordlist("licence defence offence pretence"))
_WHOLE = {"programme": "program", "programmes": "programs", "enquiry": "inquiry", "enquiries": "inquiries",
          "enquire": "inquire", "artefact": "artifact", "artefacts": "artifacts", "grey": "gray", "tyre": "tire",
          "tyres": "tires", "cheque": "check", "cheques": "checks", "aluminium": "aluminum", "jewellery": "jewelry",
          "mould": "mold", "plough": "plow", "judgement": "judgment", "ageing": "aging", "storey": "story",
          "kerb": "curb", "learnt": "learned", "spelt": "spelled", "dialogue": "dialog"}  # fmt: skip


@lru_cache(maxsize=16384)
def american(word: str) -> str:
    """The American spelling of a lower-case British word ("colours" -> "colors"), else the word."""
    if word in _WHOLE:
        return _WHOLE[word]
    for suffix in ("", "s", "ed", "ing", "ite", "ites", "able", "er", "ers", "ful", "ist", "hood", "less", "ly"):
        root = word[: len(word) - len(suffix)] if suffix else word
        if suffix and not word.endswith(suffix):
            continue
        if root in _OUR:
            return root[:-3] + "or" + suffix
        if root in _RE:
            return root[:-2] + "er" + suffix
        if root in _ENCE:
            return root[:-3] + "nse" + suffix
    if word.endswith(("logue", "logues")):  # catalogue, dialogue, analogue
        return word.replace("logue", "log")
    return word


class Token(NamedTuple):
    """One word of a text (a named tuple: thousands are made per plan, and tuples are cheap to make)."""

    word: str  # the word as written, lower-case
    stem: str
    weight: float  # 1.0 for content words, GENERIC_WEIGHT for generic ones


# Compounds whose second word is a stop word: written apart they would shrink to "call", "log", "sign".
_COMPOUND = re.compile(r"\b(on|log|sign|e)[\s_-]?(call|in|up|commerce|mail)\b")
_JOINED = frozenset({"oncall", "login", "signin", "signup", "ecommerce", "email"})


def _join(m: re.Match[str]) -> str:
    joined = m.group(1) + m.group(2)
    return joined if joined in _JOINED else m.group(0)


def words(text: str) -> list[str]:
    """Lower-case words and numbers of ``text``; ``c++``/``c#`` survive, punctuation does not."""
    lowered = _COMPOUND.sub(_join, text.lower()).replace("a/b", "ab")
    return _WORD.findall(lowered.replace("_", " ").replace("-", " "))


def tokenise(text: str) -> list[Token]:
    """Every non-stop word of ``text`` in order, with its stem and weight."""
    return list(_tokenise(text))


def word_count(text: str) -> int:
    """How many words ``text`` has, stop words included (shares the tokeniser's cache)."""
    return _analyse(text)[1]


def _tokenise(text: str) -> tuple[Token, ...]:
    return _analyse(text)[0]


@lru_cache(maxsize=8192)
def _analyse(text: str) -> tuple[tuple[Token, ...], int]:
    # cached: validation and routing often analyse the same description more than once
    out: list[Token] = []
    found = words(text)
    for w in found:
        if w in _STOP or (len(w) == 1 and not w.isdigit()):
            continue
        s = stem(american(w))
        out.append(Token(w, s, GENERIC_WEIGHT if s in _GENERIC or w.isdigit() else 1.0))
    return tuple(out), len(found)


def content_tokens(text: str) -> list[Token]:
    """Only the tokens that carry meaning (weight 1)."""
    return [t for t in tokenise(text) if t.weight == 1.0]


def token(word: str) -> Token | None:
    """The token of one lower-case word, or None for a stop word (used for words corrected after tokenising)."""
    found = _tokenise(word)
    return found[0] if len(found) == 1 else None
