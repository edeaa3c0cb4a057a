import base64
import hashlib
import re

from signpost.csp import add_policy, allow_inline_script, inline_script_hashes

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script>var a=1;</script>
<script id="__config" type="application/json">{"x": 1}</script>
<script src="assets/app.js"></script>
</head><body><script>var a=1;</script><script>var b=2;</script></body></html>"""


def sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_hashes_each_distinct_inline_script_but_not_json_or_external_ones():
    assert inline_script_hashes(PAGE) == [sha("var a=1;"), sha("var b=2;")]


def test_the_policy_is_the_first_thing_in_head_and_allows_only_the_site_and_hashed_scripts():
    html = add_policy(PAGE)
    head = html.split("<head>", 1)[1]
    assert head.startswith('\n<meta http-equiv="Content-Security-Policy"')
    policy = head.split('content="', 1)[1].split('"', 1)[0]
    assert f"script-src 'self' {sha('var a=1;')} {sha('var b=2;')};" in policy
    assert "style-src 'self';" in policy and "object-src 'none'" in policy and "default-src 'self';" in policy


def test_form_actions_can_name_the_form_backend():
    assert "form-action 'self' https://forms.example.org;" in add_policy(PAGE, ("https://forms.example.org",))


def test_a_script_inside_the_page_content_is_never_allowed_even_if_the_theme_has_one_too():
    content = "<p>x</p><script>var b=2;</script>"
    html = add_policy(PAGE, content=content)
    assert sha("var b=2;") not in html and sha("var a=1;") in html


def test_a_script_a_preview_server_adds_is_allowed_by_its_hash_and_nothing_else_is():
    page = add_policy(PAGE)
    reload = "livereload(1, 2);"
    allowed = allow_inline_script(page.replace("</body>", f"<script>{reload}</script></body>"), reload)
    digest = base64.b64encode(hashlib.sha256(reload.encode()).digest()).decode()
    policy = re.search(r'content="([^"]*)"', allowed).group(1)
    scripts = re.search(r"script-src ([^;]*)", policy).group(1).split()
    assert scripts == re.search(r"script-src ([^;]*)", page).group(1).split() + [f"'sha256-{digest}'"]
    assert allow_inline_script(PAGE, reload) == PAGE  # no policy: nothing to add to
