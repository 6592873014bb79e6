package org.storageharness.suite.load;

import java.nio.file.Path;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser with two refusals, so that a small file cannot grow into a huge or endless tree: no aliases at
 * all (an anchor may stand, nothing may refer to it; the loader's own {@code extends} covers reuse), and no nesting
 * deeper than {@link #MAX_DEPTH}.
 */
final class BoundedParser implements Parser {

    /** The deepest shipped file nests 5 levels; 20 leaves room and stops a runaway file long before the stack. */
    static final int MAX_DEPTH = 20;

    private final Parser parser;
    private final Path file;
    private final FileKind kind;
    private int depth;

    BoundedParser(Parser parser, Path file, FileKind kind) {
        this.parser = parser;
        this.file = file;
        this.kind = kind;
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
        int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
        if (event instanceof AliasEvent alias) {
            throw TextFiles.refuse(file, line, "the YAML alias [*" + alias.getAnchor() + "] is not allowed (an alias"
                    + " can blow a small file up into a huge one); write the value out in full");
        }
        if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
            throw TextFiles.refuse(file, line, "the YAML nests deeper than " + MAX_DEPTH + " levels; a "
                    + kind.noun() + " needs only a few, so flatten it");
        }
        if (event instanceof CollectionEndEvent) {
            depth--;
        }
        return event;
    }
}
