package com.gapwise.diff;

import com.gapwise.model.ProcessModel;
import java.util.List;

/** Pairs the elements of two models; the diff classifies what changed between the pairs. */
@FunctionalInterface
public interface ElementMatcher {

    /** Matches sorted by current id, then future id. */
    List<Match> match(ProcessModel current, ProcessModel future);
}
