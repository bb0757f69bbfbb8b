"""Every full-size page of the multilingual corpus, in the order written."""
from articles_a import PAGES as _A
from articles_b import PAGES as _B
from articles_c import PAGES as _C

PAGES = _A + _B + _C
