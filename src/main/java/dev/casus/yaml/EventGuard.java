package dev.casus.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sits between SnakeYAML's parser and its composer and refuses, at the event's own mark, what the
 * composer would refuse without a location (nesting too deep, too many aliases to collections) and
 * what YAML allows but a Casus file has no use for (an alias inside the collection it names, a tag
 * other than YAML's plain ones). The limits are those of the {@link LoaderOptions}, which the
 * composer still enforces behind this guard.
 */
final class EventGuard implements Parser {

    /** A refusal with the mark of the event that caused it. */
    static final class Refused extends RuntimeException {
        private final transient Mark at;

        Refused(Mark at, String message) {
            super(message, null, false, false);
            this.at = at;
        }

        Mark at() {
            return at;
        }
    }

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private final Parser parser;
    private final int maxDepth;
    private final int maxCollectionAliases;
    private final Map<String, Event> anchors = new HashMap<>();
    private final Deque<Event> open = new ArrayDeque<>();
    private Mark lastMark;
    private int depth;
    private int collectionAliases;

    EventGuard(Parser parser, LoaderOptions options) {
        this.parser = parser;
        this.maxDepth = options.getNestingDepthLimit();
        this.maxCollectionAliases = options.getMaxAliasesForCollections();
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        lastMark = event.getStartMark();
        if (event instanceof AliasEvent alias) {
            checkAlias(alias);
        } else if (event instanceof CollectionStartEvent start) {
            checkTag(start.getTag(), start);
            if (++depth > maxDepth) {
                throw new Refused(lastMark, "lists and mappings nest more than " + maxDepth + " deep here");
            }
            remember(start);
            open.push(start);
        } else if (event instanceof CollectionEndEvent) {
            depth--;
            open.pop();
        } else if (event instanceof ScalarEvent scalar) {
            checkTag(scalar.getTag(), scalar);
            remember(scalar);
        }
        return event;
    }

    /** Where the last event started: the place to blame when the composer refuses without a mark. */
    Mark lastMark() {
        return lastMark;
    }

    private void checkAlias(AliasEvent alias) {
        Event anchored = anchors.get(alias.getAnchor());
        if (!(anchored instanceof CollectionStartEvent)) {
            return;
        }
        if (open.stream().anyMatch(e -> e == anchored)) {
            throw new Refused(lastMark, "the alias *" + alias.getAnchor()
                    + " stands inside the list or mapping it refers to; a Casus file cannot contain itself");
        }
        if (++collectionAliases > maxCollectionAliases) {
            throw new Refused(lastMark, "more than " + maxCollectionAliases
                    + " aliases refer to lists or mappings; Casus refuses such a file, which could grow without bound");
        }
    }

    private void checkTag(String tag, NodeEvent event) {
        if (tag != null && !tag.equals("!") && !PLAIN_TAGS.contains(new Tag(tag))) {
            String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            throw new Refused(event.getStartMark(), "the tag '" + shown
                    + "' has no meaning in a Casus file; write plain values, lists and mappings");
        }
    }

    private void remember(NodeEvent event) {
        if (event.getAnchor() != null) {
            anchors.put(event.getAnchor(), event);
        }
    }
}
