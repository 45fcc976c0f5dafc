"""The parent area behind the PIN: the PIN dialog, the window with its pages, and their parts."""
