package io.loadcast.registry.lineage.web;

import io.loadcast.registry.lineage.Lineage;
import io.loadcast.registry.lineage.VersionLineage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Lineage of a model version. */
@RestController
class LineageController {

    private final Lineage lineage;

    LineageController(Lineage lineage) {
        this.lineage = lineage;
    }

    @GetMapping("/api/v1/models/{name}/versions/{version}/lineage")
    VersionLineage lineage(@PathVariable String name, @PathVariable String version) {
        return lineage.of(name, version);
    }
}
