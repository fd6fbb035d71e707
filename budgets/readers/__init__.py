"""Readers turn a budget document into `Grid`s, one per table, keeping every cell's place.

Each module exposes `read_grids(path) -> list[Grid]`; `budgets.parse` picks one by suffix.
"""
