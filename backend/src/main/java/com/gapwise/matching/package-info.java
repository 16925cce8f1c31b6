/**
 * Pairs the elements of a current-state and a future-state model: ids where they agree, then
 * labels (normalised, stemmed, WordNet synonyms, typos, IDF-weighted), element types, lanes and the
 * position in the flow, solved as a global assignment. Plain Java.
 */
package com.gapwise.matching;
