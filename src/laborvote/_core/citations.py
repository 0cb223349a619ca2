"""
The citations of the NLRB's rules, each written once.

`laborvote.decide` cites them in an outcome's reasons, and
`laborvote.Election` in a status's; both take them from here, so that
the same rule is always cited the same way.
"""

from __future__ import annotations

#: The rule that a choice needs a majority of the valid ballots cast.
MAJORITY_RULE = "NLRA section 9(a); 29 CFR 102.70(a)"
#: The rule on challenged ballots and certification.
CHALLENGE_RULE = "29 CFR 102.69"
#: The runoff rule.
RUNOFF_RULE = "29 CFR 102.70(a)-(c)"
#: The tie (nullity) rule and its exception.
NULLITY_RULE = "29 CFR 102.70(d)"
#: Where objections are decided, and certifications issued.
OBJECTIONS_RULE = "29 CFR 102.69(c)"
#: The remedy when an objection is sustained.
SET_ASIDE_RULE = (
    "29 CFR 102.69(c); Fresenius USA Mfg., 352 NLRB 679 (2008): "
    "direction of second election"
)
#: The 12-month election bar.
BAR_RULE = "NLRA section 9(c)(3)"
#: The deauthorization (UD) vote, and the Board's certification of its
#: results.
DEAUTHORIZATION_RULE = "NLRA section 9(e)(1)"
#: The majority a deauthorization needs: of the eligible employees.
DEAUTHORIZATION_MAJORITY_RULE = "NLRA section 8(a)(3)(ii)"
#: The 12-month bar to another deauthorization vote.
DEAUTHORIZATION_BAR_RULE = "NLRA section 9(e)(2)"
