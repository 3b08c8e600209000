package io.loadcast.e2e.stack;

import java.util.Map;

/**
 * Spring properties a test gives one service on top of its {@code application.yml}, by their documented names
 * (passed as {@code SPRING_APPLICATION_JSON}, so no relaxed-binding spelling is involved); the suite is given for
 * the siblings' URLs.
 */
@FunctionalInterface
public interface ServiceSettings {

    Map<String, String> of(SuiteService service, Suite suite);
}
