# The two commands of README: `make build` and `make test`. Both start from a clean clone.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHIM := docs/assets/vendor/iframe-worker/shim.js

.PHONY: build test check lint lock clean serve

build: $(STAMP) $(SHIM)
	$(PY) -m generator build --strict

test: $(STAMP) $(SHIM)
	$(PY) -m ruff check generator tests
	$(PY) -m pytest

check: $(STAMP)
	$(PY) -m generator check --strict

lint: $(STAMP)
	$(PY) -m ruff check generator tests
	$(PY) -m ruff format --check generator tests

serve: build
	$(PY) -m mkdocs serve

# Pinned with hashes: pip refuses anything that does not match requirements.txt.
$(STAMP): requirements.txt pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The offline plugin links this shim from a CDN unless the site ships its own copy.
$(SHIM): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	mkdir -p $(dir $(SHIM))
	cp node_modules/iframe-worker/shim/index.js $(SHIM)

# Re-pin after editing requirements.in (needs pip-tools in the venv).
lock: $(STAMP)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in

clean:
	rm -rf site docs/events docs/people docs/countries docs/pairs docs/places \
		docs/organizations docs/topics docs/articles docs/years docs/_generated
