"""facilitator-app: prepare, run and record reflection sessions at opleidingsscholen."""

__version__ = "0.1.0"

# The product's name as the user sees it (window titles, About, the menu entry,
# the bundle): one spelling, never translated.
PRODUCT_NAME = "facilitator-app"
