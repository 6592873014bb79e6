package org.storageharness.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;

/** Injects the run session, and the run's settings, into test methods. */
final class SessionParameter implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunSession.class || type == RunSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunSettings.class ? SessionResource.settings(context)
                : SessionResource.session(context);
    }
}
