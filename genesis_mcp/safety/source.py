"""The entry point: size and encoding checks, parsing, the walk, and positions in characters.

``check`` never runs the code and never raises on any text: input it cannot analyse (too large, not UTF-8,
not Python, nested too deeply, or a bug of the checker) comes back as a finding, so it fails closed.
"""

from __future__ import annotations

import ast
import gc
import io
import os
import re
import stat
import tokenize
import unicodedata
import warnings
from typing import Final

from genesis_mcp.safety.checker import walk
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.policy import DEFAULT_POLICY, Policy
from genesis_mcp.safety.report import Report, Row

__all__ = ["MAX_SOURCE_BYTES", "SourceTooLarge", "check", "check_bytes", "read_source"]

MAX_SOURCE_BYTES: Final = 200_000
_COOKIE: Final = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_UTF8_NAMES: Final = frozenset({"utf-8", "utf8", "utf_8", "utf-8-sig", "utf_8_sig"})
_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


class SourceTooLarge(ValueError):
    """A file over ``MAX_SOURCE_BYTES``: it is not read at all."""


def read_source(path: str | os.PathLike[str]) -> bytes:
    """A tool file's bytes, for ``check_bytes``; raises OSError, or SourceTooLarge past the size limit.

    One stat and one read on a raw descriptor: for a tool of a few lines, ``Path.read_bytes`` (a buffered
    file object around the same calls) costs as much as checking the source.
    """
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        status = os.fstat(fd)
        if status.st_size > MAX_SOURCE_BYTES:
            raise SourceTooLarge(f"{status.st_size} bytes is over the limit of {MAX_SOURCE_BYTES} bytes")
        data = os.read(fd, status.st_size + 1)  # one byte more shows a file that grew since the stat
        if not (stat.S_ISREG(status.st_mode) and len(data) <= status.st_size):  # pipes come in pieces
            chunks = [data]
            while chunks[-1] and len(data) <= MAX_SOURCE_BYTES:
                chunks.append(os.read(fd, 65536))
                data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceTooLarge(f"{len(data)} bytes or more is over the limit of {MAX_SOURCE_BYTES} bytes")
    return data


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and 0-based column (characters) of a character index."""
    before = text[:index]
    line_starts = [m.end() for m in _LINE_BREAK.finditer(before)]
    return len(line_starts) + 1, index - (line_starts[-1] if line_starts else 0)


def _too_large(size: int) -> Report:
    message = f"the source is {size} bytes; the limit is {MAX_SOURCE_BYTES} bytes: split the tool or shorten it"
    return Report.of([(1, 0, "too-large", message)])


def _line_break(source: str, start: int) -> tuple[int, int] | None:
    """Where the first line break at or after ``start`` begins and ends (``\r\n``, ``\r`` or ``\n``, as
    ``_LINE_BREAK``): two ``find`` calls cost a third of a regular expression search on every check."""
    newline = source.find("\n", start)
    carriage = source.find("\r", start, len(source) if newline < 0 else newline)
    if carriage >= 0:
        return carriage, carriage + (2 if source.startswith("\n", carriage + 1) else 1)
    return None if newline < 0 else (newline, newline + 1)


def _encoding_findings(source: str) -> list[Row]:
    """A coding declaration anywhere on the first two lines (Python reads one however long the line)."""
    first = _line_break(source, 0)
    second = _line_break(source, first[1]) if first is not None else None
    end = second[0] if second is not None else len(source)
    if "coding" not in source[:end]:
        return []
    lines = [source[: first[0]], source[first[1] : end]] if first is not None else [source]
    findings = []
    for number, line in enumerate(lines, start=1):
        match = _COOKIE.match(line)
        if match and match.group(1).lower() not in _UTF8_NAMES:
            findings.append(
                (
                    number,
                    0,
                    "encoding",
                    f"the coding declaration {match.group(1)!r} would make Python read different code "
                    "than the checker sees; sources are UTF-8, remove the declaration",
                )
            )
    return findings


_IGNORE_WARNINGS: Final = ("ignore", None, Warning, None, 0)
_filters_mutated: Final = getattr(warnings, "_filters_mutated", None)


def _quiet_parse(source: str) -> ast.Module:
    """``ast.parse`` with warnings ignored: invalid escapes and ``1if x else y`` warn while parsing, and a
    tool's warnings are not the caller's business (under ``-W error`` they would even be syntax errors).

    Swapping the filter list in and out does what ``warnings.catch_warnings`` does at a tenth of its cost,
    which is a twentieth of checking a short tool; nothing but the parse runs meanwhile, and the version
    bump afterwards forgets anything cached about filters while ours were in place.
    """
    if _filters_mutated is None:  # a Python whose warnings module works differently: the public way
        with warnings.catch_warnings(action="ignore"):
            return ast.parse(source)
    saved = warnings.filters
    warnings.filters = [_IGNORE_WARNINGS]  # a new list: whatever another thread adds to it goes with it
    try:
        # ast.parse without its own frame; dont_inherit keeps this module's __future__ flags out of it.
        return compile(source, "<tool>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)  # type: ignore[return-value]
    finally:
        warnings.filters = saved
        _filters_mutated()


def _parse(source: str) -> ast.Module | Row:
    try:
        return _quiet_parse(source)
    except SyntaxError as error:
        if "null bytes" in str(error.msg):
            line, col = _position(source, max(source.find("\0"), 0))
            return (line, col, "syntax-error", "the source contains a null byte")
        line, col = max(error.lineno or 1, 1), max((error.offset or 1) - 1, 0)
        return (line, col, "syntax-error", f"the source does not parse: {error.msg}")
    except ValueError:  # null bytes on Python < 3.12
        line, col = _position(source, max(source.find("\0"), 0))
        return (line, col, "syntax-error", "the source contains a null byte")
    except (RecursionError, MemoryError):
        return (1, 0, "too-complex", "the source nests too deeply to parse; flatten it")


def _nfkc_identifiers(source: str) -> list[Row]:
    """Identifiers Python reads as a different ASCII name (``ｅｖａｌ`` is ``eval``)."""
    # A name normalises to ASCII only if each of its characters does (NFKC decomposes character by character
    # and composing never yields ASCII), so most non-ASCII sources (accents, arrows, emoji in strings and
    # comments) are settled here without the tokenizer, which costs more than the rest of the check.
    if not any(unicodedata.normalize("NFKC", c).isascii() for c in set(_NON_ASCII.findall(source))):
        return []
    findings = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.NAME and not token.string.isascii():
                plain = unicodedata.normalize("NFKC", token.string)
                if plain != token.string and plain.isascii():
                    findings.append(
                        (
                            token.start[0],
                            token.start[1],
                            "nfkc-identifier",
                            f"identifier {token.string!r} is written with look-alike characters and means "
                            f"{plain!r}; write identifiers in plain form",
                        )
                    )
    except (tokenize.TokenError, SyntaxError, ValueError):
        pass  # the parser accepted the source; a tokenizer disagreement only loses this extra finding
    return findings


def _character_columns(source: str, findings: list[Row]) -> list[Row]:
    """The syntax tree counts columns in UTF-8 bytes; a model counts characters."""
    lines = _LINE_BREAK.split(source)
    out = []
    for line, col, rule, message in findings:
        text = lines[line - 1] if line <= len(lines) else ""
        if col and not text.isascii():
            col = len(text.encode("utf-8")[:col].decode("utf-8", "ignore"))
        out.append((line, col, rule, message))
    return out


def check(source: str, policy: Policy | None = None) -> Report:
    """Check a tool's source against a policy (default: ``DEFAULT_POLICY``); the code is never run."""
    if len(source) > MAX_SOURCE_BYTES:
        return _too_large(len(source.encode("utf-8", "surrogatepass")))
    source = source.removeprefix("\ufeff")  # a byte-order mark read as text
    try:
        size = len(source) if source.isascii() else len(source.encode("utf-8"))
    except UnicodeEncodeError as error:
        line, col = _position(source, error.start)
        message = "the source contains an unpaired surrogate, which is not valid UTF-8"
        return Report.of([(line, col, "encoding", message)])
    if size > MAX_SOURCE_BYTES:
        return _too_large(size)
    findings = _encoding_findings(source)
    # The syntax tree and the walk's records form no reference cycles and all go when the check ends, yet
    # they are enough allocations to start the cyclic collector a few times per check, each time tracing
    # the young tree (about 0.1-0.2 ms on a 100-line tool). So collection is paused for the check and
    # resumed after it if it was on, as ``timeit`` does; cycles made elsewhere meanwhile wait until then.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        found = _analyse(source, policy or DEFAULT_POLICY)
    finally:
        if collecting:
            gc.enable()
    return Report.of(findings + found)


def _analyse(source: str, policy: Policy) -> list[Row]:
    tree = _parse(source)
    if isinstance(tree, tuple):
        return [tree]
    ctx = Context(policy, source)
    try:
        walk(tree, ctx)
    except (RecursionError, MemoryError):
        ctx.add("too-complex", None, "the source is too complex to check; simplify it")
    except Exception as error:  # fail closed: a checker bug must not let a tool through
        ctx.add("checker-error", None, f"the checker could not analyse this source ({type(error).__name__})")
    found = ctx.findings
    if ctx.class_scopes:
        found += _mangled_names(source, ctx)
    if not source.isascii():
        found = _character_columns(source, found) + _nfkc_identifiers(source)
    return found


def _mangled_names(source: str, ctx: Context) -> list[Row]:
    """Inside class C, Python renames ``__x`` to ``_C__x``: written out, that name is the same variable,
    module or attribute as ``__x`` there, which the checker takes for two. A substring search per class."""
    findings = []
    if not source.isascii():  # identifiers are read NFKC-normalised: _Be\u0301__k is _Bé__k
        source = unicodedata.normalize("NFKC", source)
    for scope in ctx.class_scopes:
        name = getattr(scope.node, "name", "").lstrip("_")
        prefix = f"_{name}__"
        start = source.find(prefix) if name else -1
        while start >= 0:
            if start == 0 or not (source[start - 1].isalnum() or source[start - 1] == "_"):
                line, col = _position(source, start)
                col = len(source.splitlines()[line - 1][:col].encode("utf-8"))  # the tree's columns are bytes
                message = (f"a name starting with {prefix!r} is what Python renames __x to inside class "
                           f"{name!r}; write __x there, or use a name with one underscore")  # fmt: skip
                findings.append((line, col, "private-attribute", message))
                break
            start = source.find(prefix, start + 1)
    return findings


def check_bytes(data: bytes, policy: Policy | None = None) -> Report:
    """``check`` for raw file contents: UTF-8 (a BOM is fine); anything else is an ``encoding`` finding."""
    if len(data) > MAX_SOURCE_BYTES:
        return _too_large(len(data))
    try:
        source = data.decode("utf-8")  # check() drops a leading byte-order mark
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1)
        message = f"byte {data[error.start]:#04x} is not valid UTF-8; save the source as UTF-8"
        return Report.of([(line, col, "encoding", message)])
    return check(source, policy)
