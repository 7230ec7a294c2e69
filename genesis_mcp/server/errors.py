"""Turn domain errors into MCP tool errors the model can act on."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from mcp.types import CallToolResult, TextContent
from pydantic import ValidationError

from genesis_mcp.errors import GenesisError, InvalidInput

__all__ = ["error_result", "from_validation", "tool_errors"]

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def error_result(err: GenesisError) -> CallToolResult:
    """An ``is_error`` result: ``[code] message`` for the model, the same as structured data for programs."""
    return CallToolResult(
        content=[TextContent(type="text", text=str(err))],
        structured_content={"error": err.to_dict()},
        is_error=True,
    )


def from_validation(exc: ValidationError) -> InvalidInput:
    """One readable line per problem, naming the argument (``outcomes.2.quality``); values are not echoed."""
    errors = exc.errors(include_url=False, include_input=False)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in errors[:5]]
    if len(errors) > 5:
        parts.append(f"and {len(errors) - 5} more")
    first = ".".join(str(p) for p in errors[0]["loc"]) if errors else ""
    return InvalidInput(
        "; ".join(parts),
        argument=first or None,
        details={"fields": sorted({".".join(str(p) for p in e["loc"]) for e in errors})},
    )


def tool_errors(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R | CallToolResult]]:
    """Wrap a tool handler so every :class:`GenesisError` becomes a tool error result.

    The SDK reads the wrapped function's signature (``functools.wraps`` keeps it), so input and output
    schemas are those of the handler.
    """

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | CallToolResult:
        try:
            return await fn(*args, **kwargs)
        except GenesisError as err:
            log.info("%s refused: %s", fn.__name__, err)
            return error_result(err)
        except ValidationError as exc:
            invalid = from_validation(exc)
            log.info("%s refused: %s", fn.__name__, invalid)
            return error_result(invalid)

    return wrapper
