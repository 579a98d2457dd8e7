"""UI-free data layer of the East China Sea dashboard: paths, schemas, loaders,
validation, URL view state, filters and geometry. Nothing here imports streamlit."""
