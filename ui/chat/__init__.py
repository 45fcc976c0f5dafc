"""The child's chat screen."""
