#!/usr/bin/env bash
# GB national demand day-ahead benchmark: train on 2015 and 2019-2023, forecast every settlement period of each
# 2024 day D from 09:00 Europe/London on D-1; prints MAPE/MAE beside the weekly seasonal-naive and the
# mean-of-last-3-weeks naive, the measured coverage of the 80% conformal interval and the MAPE by month.
# Data: shared/data/gb-demand beside the repository.
# Optional $1: model family (default day-ahead; also linear, lstm, gru), 'weather', 'embedded', 'wind', 'wind-experiment', 'coverage', 'rolling-coverage', 'auto' ($2: test year), 'gru-weather'/'lstm-weather' or 'gru-seeds'/'lstm-seeds', $2: look-back in half-hours (family default).
# -Dorigins=all|morning|0900 in MAVEN_OPTS picks the training origins (default: all for day-ahead, morning for linear).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,edge-client
if [[ "${1:-}" == "lstm" || "${1:-}" == "gru" ]]; then
  # direct LSTM/GRU: grid chosen on 2023, 2024 scored once (GbRecurrentBenchmark); -Dgrid=hidden:lookback:lr,...
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
  export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m -Dorg.bytedeco.javacpp.maxbytes=640m -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m}"
  ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbRecurrentBenchmark -Dexec.args="$1"
elif [[ "${1:-}" == "gru-weather" || "${1:-}" == "lstm-weather" ]]; then
  # direct GRU/LSTM with defaults trained on 2019-2023 without and with the weather inputs, 2024 scored with weather
  # actuals, forecast-like weather (-Dtsigma) and none (GbRecurrentWeatherBenchmark); one JVM per variant (resident
  # memory grows per epoch); models kept in target/bench-models/ (-Dretrain=true to train again)
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
  export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -Dorg.bytedeco.javacpp.maxbytes=2g -Dorg.bytedeco.javacpp.maxphysicalbytes=10g}"
  for variant in ${VARIANTS:-plain weather}; do
    ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=io.loadcast.forecast.bench.GbRecurrentWeatherBenchmark -Dexec.args="${1%-weather} $variant"
  done
elif [[ "${1:-}" == "gru-seeds" || "${1:-}" == "lstm-seeds" ]]; then
  # seed noise of the direct net + weather (defaults): one JVM per seed trains on the data before YEAR (2023:
  # validation, trained on 2019-2022; 2024: trained on 2019-2023) keeping every epoch, stores the year's forecasts of
  # the best 3 epochs and of their parameter means; then the MAPE of each seed, of the mean of the first k seeds and
  # with day-ahead+weather (GbRecurrentSeeds). SEEDS="42 43" YEAR=2023 by default.
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
  export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -Dorg.bytedeco.javacpp.maxbytes=2g -Dorg.bytedeco.javacpp.maxphysicalbytes=10g}"
  seeds="${SEEDS:-42 43}"
  for seed in $seeds; do
    nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=io.loadcast.forecast.bench.GbRecurrentSeeds -Dyear="${YEAR:-2023}" \
      -Dexec.args="${1%-seeds} train $seed"
  done
  nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbRecurrentSeeds -Dyear="${YEAR:-2023}" -Dmean=true \
    -Dexec.args="${1%-seeds} report ${seeds// /,}"
elif [[ "${1:-}" == "coverage" ]]; then
  # interval coverage of day-ahead + weather (GbCoverageBenchmark): calibrated on the backtest weeks before each year;
  # $2..: the years (default 2020 2023, validation; 2024 is the test year)
  shift
  nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbCoverageBenchmark -Dexec.args="$*"
elif [[ "${1:-}" == "rolling-coverage" ]]; then
  # serving-time (rolling) interval calibration of day-ahead + weather against the training-time widths
  # (GbRollingCoverageBenchmark): every variant over each year; $2..: the years (default 2020 2023, validation;
  # 2024 is the test year); -Dvariants="training;perstep+-2,4weeks" in MAVEN_OPTS keeps the variants whose names start so (spaces left out)
  shift
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
  nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbRollingCoverageBenchmark -Dexec.args="$*"
elif [[ "${1:-}" == "auto" ]]; then
  # family auto end to end (GbAutoBenchmark): auto's validation (AutoValidation, last -Dweeks=8 weeks) on 2019 to
  # the year before $2 (test year, default 2024) with the London weather known then, every candidate refitted and
  # scored on the test year once, then every mean's validation (4 and 8 weeks) and test-year MAPE and the choice of
  # each protocol (prefix / all subsets); LSTM/GRU train 10 epochs each (-Dcandidates=... in MAVEN_OPTS limits them)
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
  export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m -Dorg.bytedeco.javacpp.maxbytes=2g -Dorg.bytedeco.javacpp.maxphysicalbytes=6g}"
  nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbAutoBenchmark -Dexec.args="${2:-2024}"
elif [[ "${1:-}" == "wind" || "${1:-}" == "wind-experiment" ]]; then
  # day-ahead's wind stage (format 3) on the shipped path against its own format-2 correction: fitted before
  # 2024-07-01, validated on 2024H2, then the model to 2023-12-31 on 2024 (GbWindBenchmark; -Dseeds=10 -Dwsigma=1.5
  # in MAVEN_OPTS: noise seeds, wind forecast error m/s); wind-experiment: the four variants compared before shipping
  # (GbWindExperiment)
  main=GbWindBenchmark
  [[ "$1" == "wind-experiment" ]] && main=GbWindExperiment
  ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.$main
elif [[ "${1:-}" == "embedded" ]]; then
  # what blocks 3.0 %: day-ahead + weather trained as the weather benchmark trains it, on ND and on ND + embedded
  # wind and/or solar; the latter minus the ACTUAL embedded generation of D (an oracle bound, not a forecast) and minus
  # a forecast of it made at 09:00 D-1 (GbEmbeddedBound); 2023 and 2024, both weather protocols (-Dtsigma)
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
  nice -n 10 ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbEmbeddedBound
elif [[ "${1:-}" == "weather" ]]; then
  # day-ahead with and without its weather correction on the shipped path (GbWeatherBenchmark); -Dtsigma=1.2 in MAVEN_OPTS sets
  # the temperature noise standing in for day-ahead forecast error
  ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbWeatherBenchmark
else
  ./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbDayAheadBenchmark -Dexec.args="${*:-day-ahead}"
fi
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
