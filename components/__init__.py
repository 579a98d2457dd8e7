"""Reusable UI: pure build_*() helpers that return figures or values, and thin render_*()
functions that call streamlit."""
