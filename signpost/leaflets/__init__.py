"""Leaflets: HTML and PDF for every audience and language, built from the same content as the site.

catalogue: checks on leaflet definitions and the team's own PDFs (runs while content loads);
build: the leaflet documents and their PDFs; pdf: a document made into a PDF (WeasyPrint); pages: the
leaflets page and leaflet pages; writer: puts the PDFs under docs/generated/, only when their bytes change.
Nothing here imports WeasyPrint until a PDF is made, so `signpost check` stays fast.
"""
