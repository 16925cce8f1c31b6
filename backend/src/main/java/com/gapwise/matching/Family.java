package com.gapwise.matching;

import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;

/** The three kinds of flow node that only pair among themselves. */
enum Family {
    ACTIVITY, EVENT, GATEWAY;

    static Family of(FlowNode node) {
        ElementKind kind = node.kind();
        return kind.isActivity() ? Family.ACTIVITY : kind.isEvent() ? Family.EVENT : Family.GATEWAY;
    }
}
