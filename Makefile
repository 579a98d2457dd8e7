# make run   : create .venv, install requirements.txt, start the app on http://localhost:8501
# make test  : install the test dependencies too and run the whole suite (needs /usr/bin/chromium)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test validate screenshots bench catalogues

$(BIN)/streamlit: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/pytest: requirements-dev.txt $(BIN)/streamlit
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core for the accessibility tests, pinned, from the npm registry (needs npm)
$(VENV)/axe-core/axe.min.js: scripts/fetch_axe.sh $(BIN)/streamlit
	scripts/fetch_axe.sh $(VENV)/axe-core

run: $(BIN)/streamlit
	$(BIN)/streamlit run app.py --server.port 8501

test: $(BIN)/pytest $(VENV)/axe-core/axe.min.js
	$(BIN)/python -m pytest -q -rs

validate: $(BIN)/streamlit
	$(BIN)/python -m ecsdata

bench: $(BIN)/pytest
	$(BIN)/python -m bench.rerun
	$(BIN)/python -m bench.memory
	$(BIN)/python -m bench.page_load
	$(BIN)/python -m bench.load

# Interface strings: extract _() and N_() into locales/messages.pot and merge it into each
# language's catalogue (new entries come out empty; tests/unit/test_catalogues.py fails until
# they are translated).
catalogues: $(BIN)/streamlit
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output --project "East China Sea dashboard" -o locales/messages.pot .
	for locale in ja zh_Hans zh_Hant; do \
	  $(BIN)/pybabel update -i locales/messages.pot -d locales -l $$locale --no-wrap --no-fuzzy-matching --ignore-obsolete; \
	done
