package io.loadcast.forecast.training;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The build of forecast-service recorded with every model: artifact version and build time from build-info. */
@Component
class CodeVersion {

    private final String value;

    CodeVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties b = build.getIfAvailable();
        this.value = b == null ? "dev" : b.getVersion() + "+" + b.getTime();
    }

    String value() {
        return value;
    }
}
