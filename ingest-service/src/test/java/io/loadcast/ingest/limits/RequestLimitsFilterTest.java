package io.loadcast.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.security.ApiCaller;
import io.loadcast.starter.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

class RequestLimitsFilterTest {

    private static final IngestProperties.Limits LIMITS = new IngestProperties.Limits(4096);
    private static final HandlerExceptionResolver STATUS_ONLY = (request, response, handler, ex) -> {
        response.setStatus(((LoadcastProblemException) ex).status().value());
        return new ModelAndView();
    };

    private final RequestLimitsFilter filter = new RequestLimitsFilter(LIMITS, STATUS_ONLY);

    private MockHttpServletResponse post(String remote, String keyName, int bodyBytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/readings");
        request.setRemoteAddr(remote);
        request.setContentType("application/json");
        request.setContent(new byte[bodyBytes]);
        if (keyName != null) {
            request.setAttribute(ApiCaller.class.getName(), new ApiCaller(keyName, ApiRole.EDIT));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void refusesABodyLargerThanTheLimitBeforeReadingIt() throws Exception {
        assertThat(post("10.0.0.1", "edge", 4097).getStatus()).isEqualTo(413);
        assertThat(post("10.0.0.1", "edge", 4096).getStatus()).isEqualTo(200);
    }

    @Test
    void leavesReadsAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/series");
        request.setRemoteAddr("10.0.0.20");
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
