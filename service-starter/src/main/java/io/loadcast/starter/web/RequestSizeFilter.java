package io.loadcast.starter.web;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Enforces {@link RequestLimitProperties}: 413 problems for bodies over the limit, before they are buffered. */
public class RequestSizeFilter extends OncePerRequestFilter {

    private final RequestLimitProperties limits;
    private final List<PathPattern> largePaths;
    private final HandlerExceptionResolver problemRenderer;

    public RequestSizeFilter(RequestLimitProperties limits, HandlerExceptionResolver problemRenderer) {
        this.limits = limits;
        this.largePaths = limits.largeBodyPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.problemRenderer = problemRenderer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitOf(request);
        if (max <= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > max) {
            problemRenderer.resolveException(request, response, null, tooLarge(max));
            return;
        }
        chain.doFilter(new Bounded(request, max), response);
    }

    private long limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        boolean large = largePaths.stream().anyMatch(p -> p.matches(path));
        return (large ? limits.maxLargeBody() : limits.maxBody()).toBytes();
    }

    static LoadcastProblemException tooLarge(long max) {
        return new LoadcastProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the limit of " + max + " bytes.")
                .with("maxBytes", max);
    }

    /** Cuts a body without a declared length off at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
