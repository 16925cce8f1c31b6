package com.gapwise.web;

/** An edit without If-Match: optimistic locking needs the version the client saw. */
class PreconditionRequiredException extends RuntimeException {
    PreconditionRequiredException() {
        super("send If-Match with the ETag from a GET of this item; edits without it could overwrite someone else's");
    }
}
