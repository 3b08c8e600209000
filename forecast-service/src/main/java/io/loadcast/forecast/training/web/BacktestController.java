package io.loadcast.forecast.training.web;

import io.loadcast.forecast.training.Backtests;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BacktestController {

    private final Backtests backtests;

    BacktestController(Backtests backtests) {
        this.backtests = backtests;
    }

    /** Runs synchronously: a linear model's 4-week backtest takes well under a second. */
    @PostMapping("/api/v1/backtests")
    Backtests.Result backtest(@Valid @RequestBody BacktestRequest r) {
        return backtests.run(r.modelName(), r.version(), r.runId(), r.weeks() == null ? 4 : r.weeks(), r.to());
    }
}
