"""``marsad serve``: the HTTP API and the analyst's page (map, timeline, evidence, review).

Needs the ``serve`` extra (fastapi, uvicorn): ``pip install 'marsad[serve]'``.
"""
