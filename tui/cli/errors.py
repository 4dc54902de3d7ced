"""Exit statuses and the error a user can fix: the leaf every command module imports."""

EXIT_OK, EXIT_FAILURE, EXIT_NO_INPUT = 0, 1, 2


class UserError(Exception):
    """A problem the user can fix; printed as ``dateline: message``, exit status 2."""
