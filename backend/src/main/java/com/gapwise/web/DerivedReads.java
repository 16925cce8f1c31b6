package com.gapwise.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.gapwise.workspace.StrategyBoard;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves reads of the derived strategy as JSON bytes cached per workspace revision. Every stored
 * change re-derives and bumps the revision, so the revision (one primary-key read per request)
 * names the content exactly: a read after a write sees the new revision and misses the cache, and
 * entries of older revisions are never asked for again and age out. Nothing here is needed for
 * correctness: any instance rebuilds it from the database. Only the newest revision of each workspace is
 * kept, so its size follows the number of workspaces, not the number of changes.
 */
@Component
class DerivedReads {

    /** One read of one revision, e.g. {@code gaps|process=3|type=|status=|0|50}. */
    private record Key(long workspaceId, long revision, String read) {
    }

    /** A serialised answer and its ETag. */
    private record Answer(byte[] body, String etag) {
    }

    private final Cache<Key, Answer> cache;
    /** The newest revision seen per workspace: answers of older ones are dropped when it changes. */
    private final Map<Long, Long> newest = new ConcurrentHashMap<>();
    private final StrategyBoard board;
    private final ObjectMapper json;

    DerivedReads(StrategyBoard board, ObjectMapper json,
                 @Value("${gapwise.read-cache.max-bytes:67108864}") long maxBytes) {
        this.board = board;
        this.json = json;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Answer a) -> a.body().length + 2 * k.read().length() + 96)
                .build();
    }

    /**
     * A read whose content is a function of the workspace's revision (lists, roadmap, diff, summary):
     * its ETag is the revision, so {@code If-None-Match} with it answers 304 until the next change.
     */
    ResponseEntity<byte[]> ofRevision(long workspaceId, String read, WebRequest request, Supplier<?> compute) {
        long revision = board.revision(workspaceId);
        if (revision == 0) {
            // nothing derived yet, or no such workspace: the read itself answers (e.g. 404)
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(compute.get()));
        }
        String etag = ETags.of("r" + revision);
        if (request.checkNotModified(etag)) {
            return null; // 304 with the ETag, set by checkNotModified
        }
        Answer a = cache.get(key(workspaceId, revision, read), k -> new Answer(bytes(compute.get()), etag));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(a.etag()).body(a.body());
    }

    /**
     * One derived item: cached by revision too (its decision changes only with a re-derivation), but
     * its ETag stays the decision's tag, which PATCH expects in If-Match.
     */
    ResponseEntity<byte[]> item(long workspaceId, String read, Supplier<StrategyBoard.Item> compute) {
        long revision = board.revision(workspaceId);
        Answer a = revision == 0 ? answer(compute.get())
                : cache.get(key(workspaceId, revision, read), k -> answer(compute.get()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(a.etag()).body(a.body());
    }

    /**
     * The cache key of a read; the first read of a new revision drops the older revisions' answers,
     * which no read asks for again (a read that raced with the change may re-add one; the next drops it).
     */
    private Key key(long workspaceId, long revision, String read) {
        Long before = newest.get(workspaceId);
        if (before == null) {
            newest.putIfAbsent(workspaceId, revision);
        } else if (before < revision && newest.replace(workspaceId, before, revision)) {
            cache.asMap().keySet().removeIf(k -> k.workspaceId() == workspaceId && k.revision() < revision);
        }
        return new Key(workspaceId, revision, read);
    }

    private Answer answer(StrategyBoard.Item item) {
        return new Answer(bytes(item), ETags.of(item.tag()));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
