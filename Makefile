# make run   : create .venv, install requirements.txt, start the app on http://localhost:8501
# make test  : install the test dependencies too and run the whole suite (needs /usr/bin/chromium)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test validate screenshots

$(BIN)/streamlit: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/pytest: requirements-dev.txt $(BIN)/streamlit
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(BIN)/streamlit
	$(BIN)/streamlit run app.py --server.port 8501

test: $(BIN)/pytest
	$(BIN)/python -m pytest -q -rs

validate: $(BIN)/streamlit
	$(BIN)/python -m ecsdata
