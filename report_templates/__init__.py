"""Jinja2 templates and CSS for the report, shipped as package data."""
