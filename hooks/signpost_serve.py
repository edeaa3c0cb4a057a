"""The preview server's side of the hooks (`mkdocs serve`): set-up work a rebuild would repeat with
the same inputs is kept (keep_set_up), and the live-reload script the server adds to each page is let
run (allow_live_reload), and a rebuild is asked for at once (rebuild_now). It patches static-i18n
1.3.1's reconfigure_files, the theme's get_env and MkDocs 1.6's LiveReloadServer._inject_js_into_html,
and uses its _rebuild_cond: internals an upgrade must check."""
from __future__ import annotations

import signal
import threading
from pathlib import Path

from signpost.cache import tree_stamp
from signpost.csp import allow_inline_script
from signpost.preview import Kept


STOPPING = threading.Event()  # set as soon as a stop signal arrives, before the shutdown reaches on_shutdown


def stop_as_on_ctrl_c() -> None:
    """A preview stopped by SIGTERM (an editor's stop button, a process manager, `make serve` stopped
    by make) shuts down as on Ctrl-C: MkDocs removes its temporary site and the hooks' on_shutdown runs.
    Its default would end the process at once, leaving them behind. SIGINT is made to interrupt even
    where the preview was started with it ignored (`make serve` runs it in the background, where a
    shell starts commands so). Either sets STOPPING first: Ctrl-C reaches Pagefind and the PDF worker
    too, whose failures are then the stop's, not errors to report. Call from the main thread."""
    def terminate(signum, frame):
        # Once: a second SIGTERM (`make serve` passes make's on, and a whole group may be sent one too)
        # would break into the shutdown the first began.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        STOPPING.set()
        raise KeyboardInterrupt

    def interrupt(signum, frame):
        STOPPING.set()
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, terminate)
    signal.signal(signal.SIGINT, interrupt)


def rebuild_now(server):
    """A function that asks the preview server for one rebuild, which starts at once. MkDocs notices a
    watched file's change by polling every half second; a file the hooks wrote to be noticed cost an
    edit a quarter of a second on average, and up to half."""
    def ask() -> None:
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()
    return ask


def allow_live_reload(server) -> None:
    """MkDocs' preview server adds an inline script to each page it serves, which reloads the page after
    a rebuild; each page's Content-Security-Policy allows only the inline scripts it was built with, so
    the browser refused it and a save never showed until the editor reloaded by hand. The policy of the
    page served now also allows that one script, by its hash (it differs on each request)."""
    inject = server._inject_js_into_html

    def inject_allowed(content: bytes, epoch) -> bytes:
        served = inject(content, epoch)
        end = content.rfind(b"</body>")
        start = (end if end >= 0 else len(content)) + len(b"<script>")  # where MkDocs puts it
        body = served[start:served.index(b"</script>", start)]
        page = allow_inline_script(served.decode("utf-8", "surrogateescape"), body.decode("utf-8"))
        return page.encode("utf-8", "surrogateescape")
    server._inject_js_into_html = inject_allowed


def keep_set_up(config, kept: Kept) -> None:
    """Under `mkdocs serve`, each rebuild loads a new config: the i18n plugin would sort every file of
    docs/ into each language again, and the theme list its thousands of files again, a second or more of
    each rebuild. Both are kept in `kept` while their inputs are the same (the list of files, the
    theme's folders). Patches this config's i18n plugin and theme, once each."""
    i18n = config.plugins.get("i18n")
    if i18n is not None and not getattr(i18n, "_signpost_kept", False):
        sort_files = i18n.reconfigure_files

        def reconfigure_files(files, mkdocs_config):
            inputs = (tuple(i18n.build_languages), i18n.default_language, mkdocs_config.docs_dir, mkdocs_config.site_dir,
                      mkdocs_config.use_directory_urls,
                      tuple((file.src_uri, file.dest_uri, file.abs_src_path, file.inclusion) for file in files))
            files_kept = kept.get(("i18n files", i18n.current_language), inputs, lambda: sort_files(files, mkdocs_config))
            files_kept.plugin = i18n  # this rebuild's plugin (its current language)
            for file in files_kept:
                file.page = None  # made again by this build
            return files_kept
        i18n.reconfigure_files = reconfigure_files
        i18n._signpost_kept = True
    theme = config.theme
    if not getattr(theme, "_signpost_kept", False):
        make_env = theme.get_env
        overrides = Path(theme.custom_dir) if theme.custom_dir else None

        def get_env():
            env = make_env()
            list_templates = env.list_templates

            def listed(extensions=None, filter_func=None):
                if extensions is not None or filter_func is None:
                    return list_templates(extensions, filter_func)
                # (i18n adds its sitemap folder to the theme's folders again in each language's build)
                inputs = (tuple(dict.fromkeys(theme.dirs)), tuple(sorted(theme.static_templates)),
                          tree_stamp(overrides) if overrides else None)
                return list(kept.get("theme files", inputs, lambda: list_templates(filter_func=filter_func)))
            env.list_templates = listed
            return env
        theme.get_env = get_env
        theme._signpost_kept = True
