package io.loadcast.forecast.serving.web;

import io.loadcast.forecast.serving.ChampionLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModelController {

    private final ChampionLookup champions;

    ModelController(ChampionLookup champions) {
        this.champions = champions;
    }

    @GetMapping("/api/v1/models/{name}/champion")
    ChampionView champion(@PathVariable String name) {
        ChampionLookup.Champion c = champions.champion(name);
        return new ChampionView(c.name(), c.version(), c.family(), c.downloadUrl());
    }
}
