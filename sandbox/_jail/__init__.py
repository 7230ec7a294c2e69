"""Code that runs inside the jail: the fork-server worker and the per-call child.

Standard library only; started as ``python -I -S``. It is imported as ``_jail`` inside the jail
(only this directory is bound there) and as ``sandbox._jail`` by the pool, so modules here use
relative imports and never import anything of ``sandbox`` outside this package.
"""
