package org.storageharness.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.storageharness.run.RunSession;

/** The engine × workload matrix of the suite chosen with {@code -Dsuite}, as parameterized-test arguments. */
public final class SuiteCases implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        RunSession session = SessionResource.session(context);
        return RunSession.cases(session.suite()).stream().map(Arguments::of);
    }
}
