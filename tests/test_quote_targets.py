"""Quote annotations read as training targets for the quote head, and their BIO tags."""

from __future__ import annotations

import json

import numpy as np
import pytest

from slant.errors import InputError
from slant.training.quote_targets import quote_tags, read_quote_annotations


def _write(path, rows) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_rows_group_by_article_and_an_article_without_quotes_is_kept_empty(tmp_path) -> None:
    path = tmp_path / "quotes.jsonl"
    _write(path, [{"article_id": "7", "start": 4, "end": 9, "kind": "direct"},
                  {"article_id": "7", "start": 12, "end": 20, "kind": "indirect"},
                  {"article_id": "8", "kind": None}])
    assert read_quote_annotations(path) == {"7": [(4, 9, "direct"), (12, 20, "indirect")], "8": []}


@pytest.mark.parametrize("row", [
    {"article_id": "7", "start": 4},  # no kind at all
    {"article_id": "7", "start": 9, "end": 4, "kind": "direct"},  # empty span
    {"article_id": "7", "start": 4, "end": 9, "kind": "quoted"},  # unknown kind
])
def test_a_bad_row_is_a_one_line_error_naming_its_line(tmp_path, row) -> None:
    path = tmp_path / "quotes.jsonl"
    _write(path, [{"article_id": "8", "kind": None}, row])
    with pytest.raises(InputError, match=r"quotes\.jsonl:2: not a quote annotation row"):
        read_quote_annotations(path)


def test_tags_mark_the_first_token_of_a_quote_b_and_the_rest_i_outer_quote_winning() -> None:
    # tokens at characters [0,3) [4,8) [9,12) [13,17) [18,22)
    offsets = np.array([[0, 3], [4, 8], [9, 12], [13, 17], [18, 22]])
    tags = quote_tags(offsets, [(9, 17, "direct"), (4, 22, "indirect")])
    assert tags.tolist() == [0, 3, 4, 4, 4]
    assert quote_tags(offsets, [(9, 17, "direct")]).tolist() == [0, 0, 1, 2, 0]
