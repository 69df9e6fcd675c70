"""The drag-and-drop formats the app's panels exchange."""

# a code dragged in the codebook: its guid
CODE_MIME = "application/x-kvalkod-code"
# text dragged from the document view onto a code: {"document": guid, "start", "end"} in code points
SELECTION_MIME = "application/x-kvalkod-selection"
# an item of the report outline dragged to another place in it: its guid
OUTLINE_MIME = "application/x-kvalkod-outline-item"
