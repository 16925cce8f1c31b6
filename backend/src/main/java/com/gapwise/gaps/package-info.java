/**
 * Gap rules: typed findings derived from a diff by explicit, named rules. Entry point
 * {@link com.gapwise.gaps.GapFinder}. Plain Java.
 */
package com.gapwise.gaps;
