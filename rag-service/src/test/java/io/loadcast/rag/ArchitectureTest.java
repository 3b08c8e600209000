package io.loadcast.rag;

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
    static final ArchRule dependsOnNoOtherService = LoadcastArchitectureRules.dependsOnNoOtherService("rag");

    @ArchTest
    static final ArchRule webDoesNotTouchStore = LoadcastArchitectureRules.webDoesNotTouchStore("rag");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LoadcastArchitectureRules.featuresAreFreeOfCycles("rag");

    @ArchTest
    static final ArchRule adaptersAreUsedOnlyByTheirFeature =
            LoadcastArchitectureRules.adaptersAreUsedOnlyByTheirFeature("rag");

    @ArchTest
    static final ArchRule facadesDoNotDependOnTheirWebLayer =
            LoadcastArchitectureRules.facadesDoNotDependOnTheirWebLayer("rag");
}
