"""The exception tree. Expected outcomes (an empty or binary input) are ``Rejected`` values,
not exceptions; these are for misuse and broken configuration.

    MarsadError                 root; carries ``stage``, ``document`` and ``retryable``
    ├── SourceError             an input source cannot be opened or listed
    ├── PipelineError           the recogniser pipeline cannot be built
    │   └── MissingRequirement  a recogniser needs what no earlier one provides
    ├── RecogniserError         a recogniser failed on one document
    ├── GazetteerError          the gazetteer cannot be opened, imported or built
    ├── StoreError              the store cannot be opened, migrated or written
    └── MissingExtra            an optional dependency is not installed (says the pip command)

All are picklable (their state lives in ``args``), so a worker can send them back to its parent.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Root of marsad's errors."""

    stage = "marsad"
    retryable = False

    def __init__(self, message: str, document: str | None = None) -> None:
        super().__init__(message, document)
        self.message = message
        self.document = document

    def __str__(self) -> str:
        where = f"{self.document}: " if self.document else ""
        return f"{where}{self.message}"


class SourceError(MarsadError):
    stage = "source"


class PipelineError(MarsadError):
    stage = "pipeline"


class MissingRequirement(PipelineError):
    pass


class RecogniserError(MarsadError):
    stage = "recognise"


class GazetteerError(MarsadError):
    stage = "geocode"


class StoreError(MarsadError):
    stage = "store"
    retryable = True


class MissingExtra(MarsadError):
    stage = "setup"

    def __init__(self, extra: str, module: str) -> None:
        super().__init__(
            f"the optional module {module!r} is missing: pip install 'marsad[{extra}]'", None
        )
        self.args = (extra, module)
