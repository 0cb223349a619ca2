"""
The life of a case: objection deadlines and the `Election` model.
"""
