"""Posted forms read as they were sent: the bytes of each text part, beside Starlette's form.

Starlette decodes a multipart text part that is not UTF-8 as Latin-1 without a word (and a
url-encoded field as U+FFFD), so what a client sent in another encoding would be stored as
mojibake; the API's notice and the review console's fields are checked against these bytes.
"""
from __future__ import annotations

from starlette.formparsers import MultiPartParser


class TextPartsParser(MultiPartParser):
    """Starlette's multipart parser, keeping each text part's name and bytes as sent
    (``texts``, in the order sent); file parts are not kept here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.texts: list[tuple[str, bytes]] = []

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is None:
            self.texts.append((part.field_name, bytes(part.data)))
        super().on_part_end()
