"""What the layout tests measure in the page: content off the side of the screen, whether an element can
be seen, where the sticky header ends, and targets too small to tap. Each is a JavaScript function for
page.evaluate, so a test reads as what it checks."""
from __future__ import annotations

PHONE = {"width": 320, "height": 640}  # WCAG 1.4.10: 320 CSS px, as 1280 px at 400% zoom
ZOOMED = {"width": 640, "height": 720}  # a desktop at 200% zoom: the phone layout with a mouse

# Visible elements that reach beyond the left or right edge of the viewport, unless inside a box that
# scrolls sideways on its own (a wide table may; WCAG 1.4.10 allows it) or a visually hidden one.
OFF_THE_SIDE = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width + 1)
    found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
  for (const element of document.body.querySelectorAll("*")) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || (rect.left >= -1 && rect.right <= width + 1)) continue;
    if (getComputedStyle(element).visibility === "hidden") continue;
    let scrolls = false;
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      if (overflow === "auto" || overflow === "scroll" || box.matches(".sp-visually-hidden")) { scrolls = true; break; }
    }
    if (!scrolls)
      found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ` +
                 `"${element.textContent.trim().slice(0, 40)}" spans ${Math.round(rect.left)}..${Math.round(rect.right)}`);
  }
  return found.slice(0, 10);
}"""

# The focused element: what it is, where it is, whether a reader can see it, and where the sticky
# header ends. Opacity is multiplied up the ancestors (the language menu fades in when focused).
FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const rect = element.getBoundingClientRect();
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) opacity *= parseFloat(getComputedStyle(node).opacity);
  const header = document.querySelector("header.md-header").getBoundingClientRect();
  return {
    html: element.outerHTML.slice(0, 100),
    order: Array.prototype.indexOf.call(document.getElementsByTagName("*"), element),
    inHeader: !!element.closest("header.md-header"),
    fixed: getComputedStyle(element).position === "fixed",  // the skip link shows over the header
    top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right,
    headerBottom: header.bottom,
    onScreen: rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.left < innerWidth &&
              rect.bottom > 0 && rect.top < innerHeight,
    shown: getComputedStyle(element).visibility === "visible" && opacity > 0.5,
    still: !document.getAnimations().some(animation => animation.playState === "running"),  // no fade or slide
  };
}"""

# Links, buttons and form controls that are targets of their own (not a link inside a sentence), with
# their size; WCAG 2.5.8: at least 24 by 24 CSS px, or far enough from every other target that a
# 24 px circle centred on each touches no other target.
SMALL_TARGETS = """() => {
  const targets = [];
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]";
  for (const element of document.querySelectorAll(selector)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === "hidden") continue;
    // Not rendered, though it keeps a box: inside a closed <details>, whose content Chromium hides with
    // content-visibility (a suggest-a-change form on a service page would otherwise overlap the footer).
    if (!element.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})) continue;
    if (element.closest(".sp-visually-hidden, .md-skip")) continue;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    const inSentence = element.matches("a") && block &&
      block.textContent.replace(/\\s+/g, "") !== element.textContent.replace(/\\s+/g, "");
    targets.push({element, rect, inSentence, small: rect.width < 24 || rect.height < 24});
  }
  const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
  const distance = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const found = [];
  for (const target of targets) {
    if (!target.small || target.inSentence) continue;
    const c = centre(target.rect);
    const crowded = targets.some(other => other !== target && !other.element.contains(target.element) &&
      !target.element.contains(other.element) &&
      (distance(c, other.rect) < 12 || (other.small && Math.hypot(c[0] - centre(other.rect)[0], c[1] - centre(other.rect)[1]) < 24)));
    if (crowded)
      found.push(`${target.element.outerHTML.slice(0, 90)} is ${Math.round(target.rect.width)} x ${Math.round(target.rect.height)} px`);
  }
  return found;
}"""
