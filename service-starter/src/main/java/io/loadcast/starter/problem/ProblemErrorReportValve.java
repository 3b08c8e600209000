package io.loadcast.starter.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error page for the errors it answers itself, before any servlet runs (an encoded slash {@code %2F} in a
 * path, a malformed request line): an RFC 9457 problem in JSON instead of Tomcat's HTML page, with no stack trace and
 * no server version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String type = ProblemTypes.forStatus(org.springframework.http.HttpStatusCode.valueOf(status))
                .toString();
        String detail = status == 400
                ? "The request line or path is malformed (for example an encoded slash %2F or backslash in the path)."
                : "The server could not handle the request.";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type + "\",\"title\":\"Bad request\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed: nothing more to report
        }
    }
}
