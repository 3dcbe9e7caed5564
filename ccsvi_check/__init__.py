"""ccsvi-check: fact-check statements about CCSVI and liberation therapy for MS.

    >>> from ccsvi_check import check
    >>> check("CCSVI causes MS").verdict
    'false'
"""

from .checker import Checker, Result, check
from .claims import Claim, ClaimBase, ClaimsError, Source, load_claims

__all__ = ["Checker", "Claim", "ClaimBase", "ClaimsError", "Result", "Source", "check",
           "load_claims"]
__version__ = "0.1.0"
