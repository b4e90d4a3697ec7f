"""Generated code: the JSON readers and writers made per model class.

``skeleton`` compiles generated source (registered in ``linecache``, as attrs
and cattrs do, so that tracebacks show it) and holds what both generators
share; ``reader`` builds objects from valid plain data, ``writer`` writes
JSON text from objects.
"""
