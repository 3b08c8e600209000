package io.loadcast.starter.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The architecture rules of STYLE.md, shared by every service's ArchUnit test. */
public final class LoadcastArchitectureRules {

    private static final List<String> SERVICES = List.of("ingest", "forecast", "rag", "guardrail", "registry");

    private LoadcastArchitectureRules() {}

    /** A service uses no other service's code; services share only {@code contracts} and REST APIs. */
    public static ArchRule dependsOnNoOtherService(String service) {
        String[] others = SERVICES.stream()
                .filter(s -> !s.equals(service))
                .map(s -> "io.loadcast." + s + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage("io.loadcast." + service + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services share only contracts (events) and REST APIs");
    }

    /** Controllers never reach into repositories; they go through the feature's facade. */
    public static ArchRule webDoesNotTouchStore(String service) {
        return noClasses()
                .that()
                .resideInAPackage("io.loadcast." + service + ".*.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.loadcast." + service + ".*.store..")
                .allowEmptyShould(true);
    }

    /** Features of a service do not form cycles. */
    public static ArchRule featuresAreFreeOfCycles(String service) {
        return slices().matching("io.loadcast." + service + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }
}
