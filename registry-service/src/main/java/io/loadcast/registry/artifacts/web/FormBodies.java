package io.loadcast.registry.artifacts.web;

import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/**
 * Refuses an artifact upload sent as a form: the servlet container and Spring's form filter consume a
 * {@code application/x-www-form-urlencoded} body as parameters, so storing it would store 0 bytes and answer 200.
 */
final class FormBodies {

    private FormBodies() {}

    static void refuse(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return;
        }
        MediaType media = MediaType.parseMediaType(type);
        if (MediaType.APPLICATION_FORM_URLENCODED.includes(media) || MediaType.MULTIPART_FORM_DATA.includes(media)) {
            throw new MlflowException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Artifact uploads take the raw bytes (Content-Type application/octet-stream or the file's own"
                            + " type), not " + media + ", whose body the server reads as form fields.");
        }
    }
}
