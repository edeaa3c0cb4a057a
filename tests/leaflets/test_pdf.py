"""signpost.leaflets.pdf: what a PDF worker process imports, the fonts it loads once, and the copies it
forks."""
import subprocess
import sys

from sites import PROJECT


def test_a_pdf_worker_imports_neither_the_content_model_nor_the_page_generators():
    # The PDF worker is spawned and imports the module of the function it runs (serve_pdfs): the content
    # model would cost it about 30 MiB and half a second.
    probe = ("import sys; import signpost.leaflets.pdf; "
             "print(sorted(name for name in sys.modules if name.split('.')[0] in ('pydantic', 'jinja2', 'babel', 'phonenumbers') "
             "or name.startswith(('signpost.portal', 'signpost.models', 'signpost.pages', 'signpost.rendering'))))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


DOCUMENT = ('<!doctype html><html lang="{lang}" dir="{dir}"><head><title>Leaflet</title></head>'
            '<body><h1>{title}</h1><p>Call <bdi>020 7946 0123</bdi>.</p></body></html>')


def test_documents_rendered_in_one_process_share_its_fonts_and_give_the_bytes_of_a_fresh_process():
    # The fonts and stylesheets are loaded once in a process; a leaflet's bytes must not depend on
    # what the process rendered before it, in its language or another.
    from signpost.leaflets import pdf
    english = DOCUMENT.format(lang="en", dir="ltr", title="Social prescribing")
    arabic = DOCUMENT.format(lang="ar", dir="rtl", title="الوصفات الاجتماعية")
    pdf._let_go()
    alone = pdf.render_pdf(arabic, "ar")
    pdf.render_pdf(english, "en")
    assert pdf.render_pdf(arabic, "ar") == alone
    assert pdf._fonts.cache_info().currsize == 1 and pdf._parsed.cache_info().currsize == 2


def test_a_process_that_rendered_a_leaflet_exits_cleanly():
    # The shared font configuration is let go before the interpreter's teardown: kept until then,
    # WeasyPrint's __del__ finds its modules gone and prints a traceback.
    probe = ("from signpost.leaflets.pdf import render_pdf; "
             f"render_pdf({DOCUMENT.format(lang='en', dir='ltr', title='Leaflet')!r}, 'en'); print('rendered')")
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "rendered", "")


def test_pdfs_shared_with_a_forked_copy_are_those_one_process_renders_in_the_order_asked():
    # render_pdfs forks (run in a process of its own: a pytest worker runs threads). Each leaflet is
    # rendered by whichever process takes it first; the list must still follow the jobs, and the copy
    # must be waited for.
    jobs = [(DOCUMENT.format(lang=lang, dir=dir, title=title), lang)
            for lang, dir, title in [("en", "ltr", "One"), ("ar", "rtl", "اثنان"), ("fr", "ltr", "Trois"),
                                     ("hi", "ltr", "चार"), ("es", "ltr", "Cinco"), ("en", "ltr", "Six")]]
    probe = ("import os, sys; from signpost.leaflets.pdf import render_pdf, render_pdfs\n"
             f"jobs = {jobs!r}; shared = render_pdfs(jobs, 2)\n"
             "alone = [render_pdf(document, lang) for document, lang in jobs]\n"
             "try: os.waitpid(-1, os.WNOHANG); left = 'a copy left'\n"
             "except ChildProcessError: left = 'no copy left'\n"
             "print(len(shared), shared == alone, len(set(alone)), left)")
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert (result.stdout.strip(), result.stderr) == ("6 True 6 no copy left", "")
