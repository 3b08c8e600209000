package io.loadcast.ingest;

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
    static final ArchRule dependsOnNoOtherService = LoadcastArchitectureRules.dependsOnNoOtherService("ingest");

    @ArchTest
    static final ArchRule webDoesNotTouchStore = LoadcastArchitectureRules.webDoesNotTouchStore("ingest");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LoadcastArchitectureRules.featuresAreFreeOfCycles("ingest");

    @ArchTest
    static final ArchRule adaptersAreUsedOnlyByTheirFeature =
            LoadcastArchitectureRules.adaptersAreUsedOnlyByTheirFeature("ingest");

    @ArchTest
    static final ArchRule facadesDoNotDependOnTheirWebLayer =
            LoadcastArchitectureRules.facadesDoNotDependOnTheirWebLayer("ingest");
}
