"""Reading content/ into Items, file by file, collecting every error (signpost.load assembles the Portal).

kinds: the content kinds and their models; loader: reading a file and reporting what it holds wrong;
items: one kind's folder, items and their translation overlays; lists and strings: the controlled
lists and the interface strings."""
