"""Referral forms: their definitions (content/forms/*.yml), how they validate a submission, how they render.

The same definition drives the page (signpost.forms.pages) and the receiver (signpost.receiver), so a
field the page asks for is exactly the field the receiver accepts."""
