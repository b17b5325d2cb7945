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


# ---- web pages: the same decoder, told it reads a page (`html=True`) -------------------------------

PAGE = "<html><head>{meta}<title>{body}</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    "data,encoding",
    [
        (PAGE.format(meta='<meta charset="utf-8">', body=TEXT).encode("utf-8"), "utf-8"),
        (PAGE.format(meta='<meta charset="gbk">', body=TEXT).encode("gbk"), "gb18030"),
        (PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                     body=TEXT).encode("gb2312"), "gb18030"),
        (PAGE.format(meta='<meta charset="big5">', body=TRAD).encode("big5"), "big5"),
        (PAGE.format(meta="", body=TEXT).encode("gb18030"), "gb18030"),
        (b"\xef\xbb\xbf" + PAGE.format(meta='<meta charset="gbk">', body=TEXT).encode("utf-8"), "utf-8-sig"),
        (PAGE.format(meta='<meta charset="gbk">', body=TEXT).encode("utf-8"), "utf-8"),
        (PAGE.format(meta='<meta charset="x-unknown-9">', body=TEXT).encode("utf-8"), "utf-8"),
    ],
    ids=["utf8-declared", "gbk-declared", "gb2312-http-equiv", "big5-declared", "gbk-undeclared", "bom-wins",
         "declared-gbk-but-utf8", "unknown-charset-name"],
)
def test_decodes_pages_by_bom_declaration_then_content(data, encoding):
    decoded = decode(data, "page.html", html=True)
    assert decoded.encoding == encoding
    assert TEXT in decoded.text or TRAD in decoded.text


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", errors.EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.BinaryInput),
    ],
    ids=["empty", "png"],
)
def test_pages_that_are_not_text(data, error):
    with pytest.raises(error):
        decode(data, "page.html", html=True)


def test_a_page_needs_no_chinese_in_its_markup_to_decode():
    # the Chinese-text check applies to the article found in the page, not to the page
    assert decode(b"<html><body><p>English only</p></body></html>", html=True).encoding == "utf-8"


@pytest.mark.parametrize("page,charset", [
    (b'<meta charset="GB2312">', "gb18030"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=GBK'>", "gb18030"),
    (b'<meta charset=utf-8>', "utf-8"),
    (b'<meta charset="Big5-HKSCS">', "big5hkscs"),
    (b"<p>no declaration</p>", None),
])
def test_declared_charset(page, charset):
    from extractor.text.decode import declared_charset

    assert declared_charset(page) == charset


# ---- issue 12: broken UTF-16 and codecs that yield surrogates are text with replacements ------

from extractor.text.decode import declared_charset  # noqa: E402


@pytest.mark.parametrize("data,replaced", [
    pytest.param(b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00", 1, id="utf16-bom-odd-length"),
    pytest.param(b"\xfe\xff" + TEXT.encode("utf-16-be") + b"\xd8", 1, id="utf16-be-odd-length"),
    pytest.param(b"\xff\xfe" + TEXT[:5].encode("utf-16-le") + b"\x00\xd8" + TEXT[5:].encode("utf-16-le"), 1,
                 id="utf16-lone-high-surrogate"),
    pytest.param(b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00\xdc", 1, id="utf16-lone-low-surrogate-at-end"),
    pytest.param(b"\xef\xbb\xbf" + TEXT.encode() + b"\xed\xa0\x80", 3, id="utf8-bom-encoded-surrogate"),
])
def test_broken_unicode_is_text_with_replacements(data, replaced):
    decoded = decode(data)
    assert decoded.replaced == replaced
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in decoded.text)
    decoded.text.encode("utf-8")  # whatever came in, the text can be written


@pytest.mark.parametrize("charset", ["rot13", "hex", "idna", "unicode_escape", "utf-7", "undefined", "x-unknown",
                                     "base64", "punycode"])
def test_a_page_declaring_no_real_encoding_is_read_as_usual(charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{TEXT}+2AA-\\ud800</p></body></html>'.encode()
    assert declared_charset(page) is None
    decoded = decode(page, html=True)
    assert decoded.encoding == "utf-8" and TEXT in decoded.text


def test_a_page_declaring_gbk_is_read_as_gb18030():
    page = f'<html><head><meta charset="GBK"></head><body><p>{TEXT}</p></body></html>'.encode("gbk")
    assert declared_charset(page) == "gb18030" and TEXT in decode(page, html=True).text


@pytest.mark.parametrize("data,encoding", [
    pytest.param(TEXT.encode("utf-32"), "utf-32", id="utf32-bom-le"),
    pytest.param(b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be"), "utf-32", id="utf32-bom-be"),
])
def test_utf32_is_not_read_as_utf16(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding and decoded.text.lstrip("\ufeff") == TEXT


def test_a_bom_before_binary_is_still_binary():
    with pytest.raises(errors.BinaryInput):
        decode(b"\xff\xfe" + "市妇联".encode("utf-16-le") + b"\x00\x00" * 100)


# ---- the control-byte count that tells binary from text ------------------------------------------

import re  # noqa: E402

from extractor.text.decode import _control_count  # noqa: E402

_CONTROL_PATTERN = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")  # the set, as a pattern: the count's oracle


@pytest.mark.parametrize("sample", [
    pytest.param(b"", id="empty"),
    pytest.param(TEXT.encode(), id="chinese-text"),
    pytest.param(b"line\tone\r\nline two\x0cpage", id="tab-crlf-formfeed-are-text"),
    pytest.param(bytes(range(256)), id="every-byte"),
    pytest.param(b"\x1b[31m" + TEXT.encode() + b"\x1b[0m", id="terminal-colours"),
    pytest.param(b"\x7f\x80\xff" * 5, id="del-and-high-bytes-are-not-control"),
])
def test_control_count_counts_the_control_set(sample):
    assert _control_count(sample) == len(_CONTROL_PATTERN.findall(sample))


@pytest.mark.parametrize("controls,binary", [
    pytest.param(8, False, id="a-few-stray-escapes-are-text"),
    pytest.param(40, True, id="many-are-binary"),
])
def test_control_bytes_over_the_threshold_are_binary(controls, binary):
    data = TEXT.encode() * 10 + b"\x1b" * controls  # under 1,600 bytes: the threshold is its floor, 8
    if binary:
        with pytest.raises(errors.BinaryInput):
            decode(data, "sample.txt")
    else:
        assert decode(data).text.startswith(TEXT)

