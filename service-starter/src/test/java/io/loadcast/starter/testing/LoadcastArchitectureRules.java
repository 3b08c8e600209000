package io.loadcast.starter.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A feature's adapters ({@code store}, {@code messaging}, {@code web}, {@code client}) are its own: another
     * feature reaches it through its facade (the classes in the feature's root package), never through them.
     */
    public static ArchRule adaptersAreUsedOnlyByTheirFeature(String service) {
        Pattern adapter =
                Pattern.compile("io\\.loadcast\\." + service + "\\.([a-z0-9]+)\\.(store|messaging|web|client)(\\..*)?");
        return noClasses()
                .that()
                .resideInAPackage("io.loadcast." + service + "..")
                .should(useAdaptersOfAnotherFeature(service, adapter))
                .allowEmptyShould(true)
                .because("features talk through their facades; adapters are package-private by intent");
    }

    /** A facade depends on its feature's ports (domain types, store and client interfaces), never on its web layer. */
    public static ArchRule facadesDoNotDependOnTheirWebLayer(String service) {
        return noClasses()
                .that()
                .resideInAPackage("io.loadcast." + service + ".*")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.loadcast." + service + ".*.web..")
                .allowEmptyShould(true)
                .because("web adapters call facades, not the other way round");
    }

    private static ArchCondition<JavaClass> useAdaptersOfAnotherFeature(String service, Pattern adapter) {
        return new ArchCondition<>("use the store, messaging, web or client package of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = feature(origin.getPackageName(), service);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Matcher m = adapter.matcher(d.getTargetClass().getPackageName());
                    if (m.matches() && !own.equals(Optional.of(m.group(1)))) {
                        events.add(SimpleConditionEvent.satisfied(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> feature(String packageName, String service) {
        String prefix = "io.loadcast." + service + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
