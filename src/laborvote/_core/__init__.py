"""
The core: value objects, the one engine and exact arithmetic.

Nothing here imports `laborvote.rules`, `laborvote._case`,
`laborvote.nlrb` or `laborvote.cli`.
"""
