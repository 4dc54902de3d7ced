"""What the commands share about storylines: ``--story`` narrows a corpus to some stories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .errors import UserError

if TYPE_CHECKING:  # the storylines (numpy, scipy) load only when --story is given
    from summarize.corpus import Corpus
    from summarize.storylines import Storyline


def chosen_stories(stories: Sequence[Storyline], names: Sequence[str]) -> list[Storyline]:
    """The stories ``--story`` names (ids or unique label prefixes); a one-line error else."""
    from summarize.storylines import select_stories

    try:
        return select_stories(stories, names)
    except ValueError as err:
        raise UserError(str(err)) from None


def narrow_to_stories(corpus: Corpus, names: Sequence[str]) -> Corpus:
    """The corpus, or with ``--story`` only the articles of those stories."""
    return narrowed_with_title(corpus, names)[0]


def narrowed_with_title(corpus: Corpus, names: Sequence[str]) -> tuple[Corpus, str]:
    """``narrow_to_stories`` and the labels of the stories kept ("A + B"; "" for all), so a
    briefing of some stories says which."""
    if not names:
        return corpus, ""
    chosen = chosen_stories(corpus.storylines(), names)
    return (corpus.only_articles(a for s in chosen for a in s.articles),
            " + ".join(s.label for s in chosen))
