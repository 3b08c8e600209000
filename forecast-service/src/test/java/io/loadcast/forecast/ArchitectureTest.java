package io.loadcast.forecast;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.loadcast.starter.testing.LoadcastArchitectureRules;

@AnalyzeClasses(
        packages = "io.loadcast",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherService = LoadcastArchitectureRules.dependsOnNoOtherService("forecast");

    @ArchTest
    static final ArchRule webDoesNotTouchStore = LoadcastArchitectureRules.webDoesNotTouchStore("forecast");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LoadcastArchitectureRules.featuresAreFreeOfCycles("forecast");

    @ArchTest
    static final ArchRule adaptersAreUsedOnlyByTheirFeature =
            LoadcastArchitectureRules.adaptersAreUsedOnlyByTheirFeature("forecast");

    @ArchTest
    static final ArchRule facadesDoNotDependOnTheirWebLayer =
            LoadcastArchitectureRules.facadesDoNotDependOnTheirWebLayer("forecast");
}
