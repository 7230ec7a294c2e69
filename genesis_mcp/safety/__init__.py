"""The safety checker: an AST allowlist that says, with reasons, whether a generated tool may go on.

``check(source, policy)`` parses the source (it never runs it) and walks the tree once. A tool may import
only the modules of the policy and use only their listed attributes; module objects never leave an
attribute path; builtins come from the policy; dunder, private and frame attributes are closed; attribute
names must be constants wherever they are looked up (getattr, attrgetter, format strings); classes may
define ordinary special methods but no hooks that run code implicitly. ``RULES`` lists the rule ids.

The checker is a filter, not the boundary: every tool still runs in the sandbox.

Where things are: ``source.py`` (entry: size, encoding, parse, NFKC names, mangled names), ``checker.py`` (the
walk) with its handlers in ``call_handler.py``, ``statements.py``, ``imports.py``, ``definitions.py`` and
``visit.py``; ``context.py``, ``uses.py`` and ``scopes.py`` (what the walk records); ``finish.py`` (rules that
need every binding, run after the walk) with ``class_rules.py``, ``class_patterns.py``, ``enum_rules.py``,
``peers.py``, ``equality.py``, ``registration.py``, ``module_rules.py``, ``foreign.py``, ``field_makers.py``
and ``library_methods.py`` (``stdlib.py`` looks library classes up by name); what a method's self may be in
``objects.py``, ``handed_out.py``, ``plain_classes.py``, ``reachable.py`` (classes library code gets as
values), ``implicit_reads.py`` (reads Python makes by names written elsewhere) and ``class_annotations.py``
(a class body as dataclasses reads it); run-time attribute names in ``dynamic_names.py``, ``held_names.py``
(the identifiers a name may hold), ``guards.py`` and ``class_constants.py``; ``str.format`` templates in
``format_calls.py``, ``template_pieces.py``, ``templates.py``, ``template_sources.py``, ``callers.py``,
``caller_data.py`` and ``pollution.py``; names and their meaning in ``names.py``, ``policy.py`` and
``default_policy.json``. ``setup.py`` compiles the modules with mypyc where it can; ``compiled.py`` decides
whether this process runs that build or the sources.
"""

from __future__ import annotations

from genesis_mcp.safety import compiled

compiled.choose()  # before the other modules: a build of other sources than these is not used

from genesis_mcp.safety.compiled import is_compiled  # noqa: E402
from genesis_mcp.safety.policy import DEFAULT_POLICY, Grant, Policy  # noqa: E402
from genesis_mcp.safety.report import RULES, Finding, Report  # noqa: E402
from genesis_mcp.safety.source import (  # noqa: E402
    MAX_SOURCE_BYTES,
    SourceTooLarge,
    check,
    check_bytes,
    read_source,
)

__all__ = [
    "DEFAULT_POLICY",
    "MAX_SOURCE_BYTES",
    "RULES",
    "Finding",
    "Grant",
    "Policy",
    "Report",
    "SourceTooLarge",
    "check",
    "check_bytes",
    "is_compiled",
    "read_source",
]
