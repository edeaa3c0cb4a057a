"""Anonymised stories: an index and one page a story."""
from __future__ import annotations

from signpost.pages.directory import service_path
from signpost.pages.needs import need_path
from signpost.portal import Portal
from signpost.rendering.context import PageContext
from signpost.rendering.page_file import PageFile
from signpost.rendering.render import render_page

INDEX = "stories/index.md"


def story_path(story_id: str) -> str:
    return f"stories/{story_id}.md"


def pages(portal: Portal, lang: str) -> list[PageFile]:
    stories = sorted(portal.stories.values(), key=lambda story: story.id)
    if not stories:
        return []
    index = PageContext(portal, lang, INDEX)
    files = [render_page(index, "stories_index.html", portal.string("stories_title", lang),
                         stories=stories, story_path=story_path)]
    for story in stories:
        ctx = PageContext(portal, lang, story_path(story.id))
        files.append(render_page(ctx, "story.html", ctx.portal.text(story, "title", ctx.lang), story=story,
                                 service_path=service_path, need_path=need_path))
    return files
