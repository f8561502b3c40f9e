# One command to set up and start the app, one to set up and run the tests.
# Both create .venv on first use; Python 3.11 or newer is all they need.

PYTHON ?= python3
WORKERS ?= $(shell $(PYTHON) -c 'import os; print((os.cpu_count() or 1) + 1)')
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint typecheck check screenshots bench bundle release clean

# Under a lock: `make run` and `make test` started together set up .venv once.
$(STAMP): pyproject.toml tools/setup-venv.sh
	@sh tools/setup-venv.sh $(PYTHON) $(VENV) dev $(STAMP)

run: $(STAMP)  ## set up (first time) and start the desktop app on its built-in database
	$(BIN)/facilitator-app $(ARGS)

# One pytest-xdist worker more than cores: some tests wait on another process (Xvfb, PyInstaller, the
# crash test's app), and the spare worker keeps the cores busy meanwhile (two cores: 150 s -> 133 s).
# loadfile: each file's tests on one worker, so a module's fixtures (a built bundle, PDFs) are made once.
test: $(STAMP)  ## set up (first time) and run the whole test suite
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(WORKERS) --dist loadfile $(PYTEST_ARGS)

test-fast: $(STAMP)  ## everything except the GUI tests
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile -m "not gui and not slow" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

screenshots: $(STAMP)  ## docs/img from real windows on a virtual screen (needs xvfb-run)
	xvfb-run -a -s '-screen 0 1600x1000x24' $(BIN)/python docs/screenshots.py docs/img

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

bundle: $(STAMP)  ## dist/facilitator-app/: the app with its own Python and Qt (PyInstaller)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/facilitator-app.spec

release: bundle  ## dist/facilitator-app-VERSION-SYSTEM-MACHINE.tar.gz and dist/SHA256SUMS
	$(BIN)/python packaging/release.py dist/facilitator-app

clean:
	rm -rf $(VENV) $(VENV).lock $(VENV).lock.d build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
