# The two commands of the README: `make demo` and `make test`. Each sets up everything it needs first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench system-deps clean

# Installing also compiles the safety checker with mypyc (setup.py), so a changed checker source reinstalls:
# a build of other sources is never used (genesis_mcp/safety/compiled.py), it would only be slower.
$(STAMP): pyproject.toml setup.py $(wildcard genesis_mcp/safety/*.py)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# bubblewrap gives the sandbox its namespaces; without it the sandbox still runs (Landlock + seccomp
# + rlimits) and says so loudly. Installed when we are root on Debian, skipped with a note otherwise.
system-deps:
	@need=""; command -v bwrap >/dev/null 2>&1 || need="bubblewrap"; \
	ls /usr/lib/*/libseccomp.so.2 >/dev/null 2>&1 || need="$$need libseccomp2"; \
	if [ -z "$$need" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian packages: $$need" >&2; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$need >/dev/null 2>&1 || \
	  { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$need >/dev/null; }; \
	else echo "note: $$need missing; the sandbox runs without it (README, Sandbox)" >&2; fi

demo: system-deps $(STAMP)
	$(VENV)/bin/genesis-mcp demo

test: system-deps $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: system-deps $(STAMP)
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache *.so genesis_mcp/safety/*.so genesis_mcp/safety/compiled_sources.json
