"""Helpers of the event assembler (``marsad.events``): document index, arguments, judgement, merging."""
