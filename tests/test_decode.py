"""Stage: decode. Bytes in the encodings Chinese archives use; clear errors for everything else."""
import pytest

from extractor.contract import errors
from extractor.text.decode import decode

TEXT = "昌邑市妇联开展特色宣讲128场次，覆盖妇女群众1.5万余人。"
TRAD = "嵐山縣科協開展技術指導210餘次，培訓農民3,150人次。"


@pytest.mark.parametrize(
    "data,encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TRAD.encode("big5"), "big5"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "big5", "utf16-bom"],
)
def test_decodes_archive_encodings(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") in (TEXT, TRAD)


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", errors.EmptyInput),
        (b"  \n\t \n", errors.EmptyInput),
        (bytes(range(256)) * 8, errors.BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), errors.BinaryInput),
        (b"Quarterly report: 128 sessions, 15,000 women reached.", errors.NoChineseText),
    ],
    ids=["empty", "whitespace", "binary", "png", "no-chinese"],
)
def test_rejects_what_is_not_a_chinese_article(data, error):
    with pytest.raises(error) as raised:
        decode(data, "sample.txt")
    assert "sample.txt" in str(raised.value)
    assert str(raised.value).startswith(f"error[{error.kind}]")
