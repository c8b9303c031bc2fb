"""Shared set-up of the window tests. pytest puts this folder on sys.path (its conftest has no
package), so tests in the sub-folders import the helpers here (``fit_check``, ``screens``)."""
