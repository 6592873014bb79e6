package org.storageharness.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.jupiter.api.Named;

/** The suite's engines when {@code -Dgate=upgrade} is given; none otherwise (the gate's cases then do not appear). */
public final class GateEngineArguments implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        if (!SessionResource.settings(context).gate().upgrade()) {
            return Stream.empty();
        }
        return SessionResource.session(context).suite().engines().stream()
                .map(e -> Arguments.of(Named.of(e.id(), e)));
    }
}
