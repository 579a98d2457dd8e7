"""The plotly floor for bench/page_load.py: one file drawing one small plotly chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("One small chart")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
