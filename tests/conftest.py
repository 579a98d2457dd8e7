"""Shared fixtures: a clean Streamlit cache for every test and the synthetic data set."""

from pathlib import Path

import pytest
import streamlit as st

from scripts.local_server import serve
from tests.fixtures.minimal_data import write_minimal_dataset


@pytest.fixture(autouse=True)
def clear_streamlit_caches():
    """st.cache_* survive between AppTest runs in one process; start each test clean."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture
def minimal_data(tmp_path: Path) -> Path:
    return write_minimal_dataset(tmp_path / "data")


@pytest.fixture(scope="session")
def app_server():
    """A real `streamlit run app.py` on the shipped data, shared by the server and browser tests."""
    with serve() as (url, _):
        yield url
