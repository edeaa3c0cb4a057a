# Signpost: `make serve` shows the sample portal, `make test` runs every test. Each sets up what it
# needs on a fresh Debian machine with Python 3.11: a virtualenv from pinned requirements, and
# Debian packages through apt-get when they are missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
export NO_MKDOCS_2_WARNING := 1
# File timestamps come from the last commit (reproducible files); what is current (notices, news,
# funding deadlines) is judged by the day of the build, so a daily build keeps the site on time.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1700000000)
# Time-limited content (notices, news, funding, schemes) is judged by the day of the build; the tests pin
# that day to the last commit's, so they give the same result on any day.
TEST_DATE := SIGNPOST_BUILD_DATE=$$(git log -1 --format=%cs 2>/dev/null || echo 2026-11-30)

.PHONY: serve build check test test-all benchmark system-packages fonts clean

# The site is served on 127.0.0.1:$(PORT) and the form receiver beside it on 127.0.0.1:$(RECEIVER_PORT)
# (`make serve PORT=8010 RECEIVER_PORT=8011` moves both), with --dev so it accepts the local preview's
# posts, a sample key pair made on first run in .receiver/ (gitignored), and stops when serve stops. The
# served forms post to that receiver (SIGNPOST_FORMS_ENDPOINT overrides site.yml's forms.endpoint for
# this preview only). If a port is taken, serve stops with a message naming the variable to change.
PORT ?= 8000
RECEIVER_PORT ?= 8001
serve: $(STAMP) fonts
	$(BIN)/signpost receiver keygen --out .receiver --if-missing
	@for port in $(PORT) $(RECEIVER_PORT); do \
	  $(BIN)/python -c "import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', int(sys.argv[1])))" $$port 2>/dev/null || { \
	    echo "make serve: port $$port on 127.0.0.1 is in use. Stop what holds it (ss -ltnp 'sport = :'$$port shows it)," \
	         "or choose free ports: make serve PORT=8010 RECEIVER_PORT=8011" >&2; exit 1; }; \
	done
	$(BIN)/signpost receiver serve --data .receiver --port $(RECEIVER_PORT) --dev --site-origin http://127.0.0.1:$(PORT) & receiver=$$!; \
	trap 'kill $$receiver 2>/dev/null; wait $$receiver 2>/dev/null' EXIT; \
	SIGNPOST_FORMS_ENDPOINT=http://127.0.0.1:$(RECEIVER_PORT)/f/ $(BIN)/mkdocs serve --strict --dirty --dev-addr 127.0.0.1:$(PORT) & preview=$$!; \
	trap 'wait $$preview; exit 130' INT; \
	trap 'kill $$preview 2>/dev/null; wait $$preview; exit 143' TERM; \
	wait $$preview

# --dirty: with nothing changed since the last successful build (every input file, dependency version
# and setting, signpost/incremental.py), its site is kept; with anything changed, the site is built whole
# from an empty folder.
build: $(STAMP) fonts
	$(BIN)/mkdocs build --strict --dirty

check: $(STAMP)
	$(BIN)/signpost check

# The tests run in one process per core (pytest-xdist, at most 4): each builds the shared sample site once.
# `make test PYTEST_WORKERS=0` runs them in this one process; `make test PYTEST_ARGS=tests/leaflets` one folder.
PYTEST_WORKERS ?= auto
PYTEST = $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --maxprocesses 4 $(PYTEST_ARGS)
test: $(STAMP) fonts system-packages node_modules/.installed
	$(TEST_DATE) $(PYTEST)

# Every page of the sample in the browser and HTML checks, not one page of each type.
test-all: $(STAMP) fonts system-packages node_modules/.installed
	$(TEST_DATE) SIGNPOST_ALL_PAGES=1 $(PYTEST)

benchmark: $(STAMP)
	$(BIN)/python benchmarks/build.py 100 1000 2000
	$(BIN)/python benchmarks/leaflets.py

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || (apt-get update -qq && apt-get install -y -qq python3-venv)
	rm -f $(VENV)/.installed-*
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Debian packages the tests use: Chromium (browser tests), Java (the Nu HTML checker), npm (to
# install it), Noto fonts (Arabic and Devanagari). Installed only when missing.
system-packages:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing="$$missing fonts-noto-core"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# Noto fonts (Latin, Arabic, Devanagari), Pango and HarfBuzz's subsetter, which WeasyPrint needs for the
# leaflet PDFs that `make build` and `make serve` make. Without the subsetter WeasyPrint falls back on
# fontTools, which takes about three times as long over a leaflet (most of it reading the fonts' layout tables).
fonts:
	@missing=""; \
	[ -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf ] || missing="$$missing fonts-noto-core"; \
	ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	ldconfig -p | grep -q 'libharfbuzz-subset.so.0' || missing="$$missing libharfbuzz-subset0"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site docs/generated .pytest_cache
