"""The isolation boundary for generated tools: a warm pool of fork-server workers inside
bubblewrap, one locked-down child per call (rlimits, Landlock, seccomp, empty environment, own
work dir), a self-test of real escape attempts at start, fail closed.

Imports nothing of ``genesis_mcp``; the code that runs inside the jail (``sandbox._jail``) is
standard library only.
"""

from .config import JSON, Attempt, Layer, PoolConfig, Result, SandboxError, SelfTestReport
from .pool import Pool

__all__ = ["JSON", "Attempt", "Layer", "Pool", "PoolConfig", "Result", "SandboxError", "SelfTestReport"]
