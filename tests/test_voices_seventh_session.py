"""Rules mended on the seventh session's development articles (dev8), on invented texts."""

from __future__ import annotations

from _voices_support import quotes_of_text

TITLE = "Harbour vote\n\n"


def test_after_emailed_stands_the_person_addressed() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind emailed Tom Berg that the ferry was safe for children.\n")
    assert quotes == {"the ferry was safe for children": ("indirect", "Ada Lind")}


def test_a_time_opener_is_no_speaker() -> None:
    quotes = quotes_of_text(TITLE + "Late Thursday, Sen. Ada Lind (R-Iowa), the harbour committee "
                            "chair, said that her staff had met the ferry owners.\n")
    assert quotes == {"her staff had met the ferry owners": ("indirect", "Ada Lind")}
