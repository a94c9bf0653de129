//! Hash routes (`#/section/s2`, `#/p/p7`, …): parsed and printed here so the
//! view stays thin and the rules are tested natively.
