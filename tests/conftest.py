"""Shared fixtures: a clean Streamlit cache for every test and the synthetic data set."""

from pathlib import Path

import pytest
import streamlit as st

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
