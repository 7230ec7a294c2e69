"""The one errors module of genesis-mcp.

Every error the domain raises on purpose is a :class:`GenesisError`. The MCP adapter turns each of them
into a tool error whose text starts with the error's ``code`` in brackets, so a model (or a test) can act
on the code without parsing prose. Anything else that escapes the domain is a bug: the adapter logs it
to stderr and the client sees a generic failure.

::

    GenesisError                       base; ``code``, ``message``, ``argument``, ``details``
    ├── InvalidInput                   an argument is wrong: fix it and call again   (code: invalid_input)
    │   ├── NotFound                   an id or name that does not exist             (code: not_found)
    │   ├── Conflict                   a name is taken, or a state forbids the change (code: conflict)
    │   ├── TooLarge                   a source, name or list over its size limit    (code: too_large)
    │   └── CycleError                 a plan's dependencies form a cycle            (code: cycle)
    ├── Rejected                       the request was understood and refused        (code: rejected)
    │   ├── UnsafeCode                 the safety checker found problems             (code: unsafe_code)
    │   └── TestsFailed                a tool's tests failed in the sandbox          (code: tests_failed)
    ├── ToolFailed                     a generated tool ran and raised, timed out or hit a limit (code: tool_failed)
    ├── Unavailable                    a dependency is down; retrying later may work  (code: unavailable)
    │   ├── SandboxUnavailable         the sandbox failed its self-test or is stopped (code: sandbox_unavailable)
    │   └── GenerationFailed           the model is down or gave no usable reply      (code: generation_failed)
    └── StoreError                     the database cannot be used                    (code: store_error)
        ├── NotADatabase               the file is not SQLite                         (code: not_a_database)
        └── SchemaTooNew               the file was written by a newer genesis-mcp    (code: schema_too_new)

``retryable`` says whether the same call may succeed later without changes (only ``Unavailable``).
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "Conflict",
    "CycleError",
    "GenerationFailed",
    "GenesisError",
    "InvalidInput",
    "NotADatabase",
    "NotFound",
    "Rejected",
    "SandboxUnavailable",
    "SchemaTooNew",
    "StoreError",
    "TestsFailed",
    "TooLarge",
    "ToolFailed",
    "Unavailable",
    "UnsafeCode",
]


class GenesisError(Exception):
    """Base of every deliberate error. ``argument`` names the offending argument when there is one."""

    code: ClassVar[str] = "error"
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, argument: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message, "retryable": self.retryable}
        if self.argument is not None:
            out["argument"] = self.argument
        if self.details is not None:
            out["details"] = self.details
        return out

    def __str__(self) -> str:
        where = f" (argument '{self.argument}')" if self.argument else ""
        return f"[{self.code}] {self.message}{where}"


class InvalidInput(GenesisError):
    code = "invalid_input"


class NotFound(InvalidInput):
    code = "not_found"


class Conflict(InvalidInput):
    code = "conflict"


class TooLarge(InvalidInput):
    code = "too_large"


class CycleError(InvalidInput):
    code = "cycle"


class Rejected(GenesisError):
    code = "rejected"


class UnsafeCode(Rejected):
    code = "unsafe_code"


class TestsFailed(Rejected):
    code = "tests_failed"
    __test__ = False  # not a pytest class, despite the name


class ToolFailed(GenesisError):
    code = "tool_failed"


class Unavailable(GenesisError):
    code = "unavailable"
    retryable = True


class SandboxUnavailable(Unavailable):
    code = "sandbox_unavailable"


class GenerationFailed(Unavailable):
    code = "generation_failed"


class StoreError(GenesisError):
    code = "store_error"


class NotADatabase(StoreError):
    code = "not_a_database"


class SchemaTooNew(StoreError):
    code = "schema_too_new"
