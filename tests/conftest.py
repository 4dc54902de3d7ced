"""Shared fixtures: paths to the repo's samples and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def shared_data() -> Path:
    """The development data beside the checkout (``../shared/data``); skips when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"no evaluation data: {SHARED_DATA} (../shared/data beside this checkout) "
                    "is absent; see the README's evaluation data section")
    return SHARED_DATA


def _dataset(shared: Path, part: str) -> Path:
    folder = shared / part
    if not folder.is_dir():
        pytest.skip(f"no evaluation data: {folder} is absent")
    return folder


@pytest.fixture
def timebank(shared_data: Path) -> Path:
    """TBAQ-cleaned TimeBank (TimeML)."""
    return _dataset(shared_data, "timeml/TimeBank")


@pytest.fixture
def meantime(shared_data: Path) -> Path:
    """MEANTIME's English Wikinews articles (TimeML)."""
    return _dataset(shared_data, "timeml/MEANTIME")


@pytest.fixture
def t17(shared_data: Path) -> Path:
    """The ten development Timeline17 topics."""
    return _dataset(shared_data, "tls/t17")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Default indexes go to a throwaway cache folder, never the user's."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
