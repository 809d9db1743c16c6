"""Views of the library's results: charts (matplotlib) and tables (pandas).

Nothing here is imported by the core. Each view module imports its plotting
or table library inside the functions that need it, so ``import
salesplan.views.charts`` stays cheap; only drawing a chart loads matplotlib.
"""
