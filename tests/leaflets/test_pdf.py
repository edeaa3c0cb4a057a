"""signpost.leaflets.pdf: what a PDF worker process imports."""
import subprocess
import sys

from sites import PROJECT


def test_a_pdf_worker_imports_neither_the_content_model_nor_the_page_generators():
    # Worker processes are spawned and import the module of the function they run (render_pdf): the
    # content model would cost each about 30 MiB and half a second.
    probe = ("import sys; import signpost.leaflets.pdf; "
             "print(sorted(name for name in sys.modules if name.split('.')[0] in ('pydantic', 'jinja2', 'babel', 'phonenumbers') "
             "or name.startswith(('signpost.portal', 'signpost.models', 'signpost.pages', 'signpost.rendering'))))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    from signpost.leaflets import build, pdf
    assert build.render_pdf is pdf.render_pdf  # what the workers are given
