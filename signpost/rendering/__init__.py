"""What every page generator shares: the page file, the page's context, the template environment.

It sits below signpost.pages, signpost.forms and signpost.leaflets and imports none of them, so those
packages can build pages without importing each other."""
