"""The chat's core: a child's turn filtered in, sent, guarded out, saved and reported."""

#: Longest message a child can send, in characters.
MAX_MESSAGE_CHARS = 4000
