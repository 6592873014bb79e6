package org.storageharness.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;

/** Provides the engines of {@link EnginesForCheck}: every engine of the suite when the suite runs that check. */
final class CheckEngineArguments implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        CheckKind check = context.getRequiredTestMethod().getAnnotation(EnginesForCheck.class).value();
        RunSession session = SessionResource.session(context);
        if (!session.suite().checks().runs(check)) {
            return Stream.empty();
        }
        return session.suite().engines().stream().map(e -> Arguments.of(Named.of(e.id(), e)));
    }
}
