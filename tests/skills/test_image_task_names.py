"""Image segmentation and classification written in the hiring regions' languages link image
processing, as "image segmentation" does in English (issue 15: "segmentation d'images
médicales", "segmentasi citra" and "phân đoạn ảnh" linked nothing)."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

IMAGE_PROCESSING = "image processing"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Modèles de segmentation d'images médicales avec PyTorch.", "segmentation d'images"),
        ("Segmentation d’images satellites pour le cadastre.", "Segmentation d’images"),
        ("Membangun model segmentasi citra untuk deteksi cacat produk.", "segmentasi citra"),
        ("Huấn luyện mô hình phân đoạn ảnh cho camera nhà máy.", "phân đoạn ảnh"),
        ("Segmentación de imágenes de resonancia con U-Net.", "Segmentación de imágenes"),
        ("Segmentacja obrazów medycznych w PyTorch.", "Segmentacja obrazów"),
    ],
)
def test_image_segmentation_names_link_image_processing(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(IMAGE_PROCESSING) == snippet
