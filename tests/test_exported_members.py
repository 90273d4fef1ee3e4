"""The public API is small and pinned: a change to it is a deliberate act."""

import backstory


def test_public_api_is_pinned() -> None:
    assert sorted(backstory.__all__) == sorted(
        [
            "Archive",
            "Article",
            "BackstoryError",
            "Extraction",
            "Settings",
            "Timeline",
            "build_background",
            "build_timeline",
            "extract",
        ]
    )
    for name in backstory.__all__:
        assert getattr(backstory, name) is not None
