package io.loadcast.forecast.training;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.stereotype.Component;

/**
 * The build of forecast-service recorded with every model: artifact version and build time from build-info, and
 * the git commit (from {@code git.properties} when the build wrote one, else {@code LOADCAST_GIT_COMMIT}).
 */
@Component
class CodeVersion {

    private final String value;
    private final String gitCommit;

    CodeVersion(
            ObjectProvider<BuildProperties> build,
            ObjectProvider<GitProperties> git,
            @Value("${loadcast.forecast.git-commit:${LOADCAST_GIT_COMMIT:unknown}}") String configuredCommit) {
        BuildProperties b = build.getIfAvailable();
        this.value = b == null ? "dev" : b.getVersion() + "+" + b.getTime();
        GitProperties g = git.getIfAvailable();
        this.gitCommit = g != null && g.getCommitId() != null ? g.getCommitId() : configuredCommit;
    }

    String value() {
        return value;
    }

    String gitCommit() {
        return gitCommit;
    }
}
