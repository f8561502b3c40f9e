"""facilitator-app: prepare, run and record reflection sessions at opleidingsscholen."""

__version__ = "0.1.0"
