"""Package discovery, the one thing pyproject.toml cannot say: setuptools finds every walkcoach
package by itself, and the top-level resources/ folder is added as walkcoach._resources (a folder
outside the package tree, which the automatic finder never looks in)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["walkcoach", "walkcoach.*"]), "walkcoach._resources"])
